import { z } from 'zod';
import { fuenteSchema } from './common.ts';

/** One fracción of an article (`I. Analizar, expedir ...`). */
export const fraccionSchema = z.object({
  /** Roman numeral as printed, without the period (`IV`); inferred where the source lost it (see `inferido`). */
  numero: z.string(),
  /**
   * The whole fracción without its numeral: its first paragraph, any further
   * paragraphs that belong to it (before the next fracción), and its incisos
   * (`a) ...`), joined by spaces in source order.
   */
  texto: z.string(),
  /** Line of the numeral. */
  linea: z.number().int().positive(),
  /** True when the source printed the fracción without its numeral and `numero` follows from the one before. */
  inferido: z.boolean().optional(),
});
export type Fraccion = z.infer<typeof fraccionSchema>;

/**
 * One article of an estatuto.
 *
 * > | Artículo 25. Son facultades y atribuciones de la Coordinación de ...:
 */
export const articuloSchema = z.object({
  /**
   * The article's number; null for a provision the source prints without
   * `Artículo N.` (IMSS-BIENESTAR: the Órgano de Vigilancia's paragraph that
   * opens Título Cuarto, between artículos 43 and 44).
   */
  numero: z.number().int().positive().nullable(),
  /** The article's paragraphs other than its fracciones: first those before them, then any closing ones after them. */
  parrafos: z.array(z.string()),
  /** How many of `parrafos` come before the fracciones; the rest follow the last fracción. */
  parrafosIniciales: z.number().int().nonnegative(),
  fracciones: z.array(fraccionSchema),
  /** The clave of the unit this article gives atribuciones to, if any. */
  unidad: z.string().nullable(),
  fuente: fuenteSchema,
});
export type Articulo = z.infer<typeof articuloSchema>;

/** A división of the estatuto: título, capítulo or sección, holding articles and sub-divisions. */
export interface Division {
  tipo: 'titulo' | 'capitulo' | 'seccion';
  /** As printed: `TÍTULO PRIMERO`, `CAPÍTULO I`, `CAPITULO ÚNICO`. */
  rotulo: string;
  /** Its heading text (`DISPOSICIONES GENERALES`); empty where the source gives none (IMSS-BIENESTAR's TÍTULO CUARTO). */
  titulo: string;
  /** Line of its rótulo. */
  linea: number;
  /** Articles directly under it, in source order. */
  articulos: Articulo[];
  /** Its capítulos (of a título) or secciones (of a capítulo), in source order. */
  divisiones: Division[];
}
export const divisionSchema: z.ZodType<Division> = z.lazy(() =>
  z.object({
    tipo: z.enum(['titulo', 'capitulo', 'seccion']),
    rotulo: z.string(),
    titulo: z.string(),
    linea: z.number().int().positive(),
    articulos: z.array(articuloSchema),
    divisiones: z.array(divisionSchema),
  }),
);

export const estatutoSchema = z.object({
  /** The títulos (or, in an estatuto without títulos, the capítulos), in source order. */
  divisiones: z.array(divisionSchema),
  /** Articles outside any división (an estatuto without headings); empty for IMSS-BIENESTAR. */
  articulos: z.array(articuloSchema),
  /** Artículos transitorios, as paragraphs (`ARTÍCULO PRIMERO. El presente ...`). */
  transitorios: z.array(z.string()),
});
export type Estatuto = z.infer<typeof estatutoSchema>;
