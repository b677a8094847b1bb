import { z } from 'zod';
import { fuenteSchema } from './common.ts';

/** One fracción of an article (`I. Analizar, expedir ...`). */
export const fraccionSchema = z.object({
  /** Roman numeral as printed, without the period (`IV`). */
  numero: z.string(),
  texto: z.string(),
  linea: z.number().int().positive(),
});

/**
 * One article of an estatuto.
 *
 * > | Artículo 25. Son facultades y atribuciones de la Coordinación de ...:
 */
export const articuloSchema = z.object({
  numero: z.number().int().positive(),
  /** The article's text before its fracciones (and any closing paragraphs after them). */
  parrafos: z.array(z.string()),
  fracciones: z.array(fraccionSchema),
  /** The clave of the unit this article gives atribuciones to, if any. */
  unidad: z.string().nullable(),
  fuente: fuenteSchema,
});
export type Articulo = z.infer<typeof articuloSchema>;

/** A división of the estatuto: título, capítulo or sección, holding articles and sub-divisions. */
export interface Division {
  tipo: 'titulo' | 'capitulo' | 'seccion';
  /** As printed: `TÍTULO PRIMERO`, `CAPÍTULO I`. */
  rotulo: string;
  /** Its heading text (`DISPOSICIONES GENERALES`). */
  titulo: string;
  articulos: Articulo[];
  divisiones: Division[];
}
export const divisionSchema: z.ZodType<Division> = z.lazy(() =>
  z.object({
    tipo: z.enum(['titulo', 'capitulo', 'seccion']),
    rotulo: z.string(),
    titulo: z.string(),
    articulos: z.array(articuloSchema),
    divisiones: z.array(divisionSchema),
  }),
);

export const estatutoSchema = z.object({
  divisiones: z.array(divisionSchema),
  /** Artículos transitorios, as paragraphs. */
  transitorios: z.array(z.string()),
});
export type Estatuto = z.infer<typeof estatutoSchema>;
