import { z } from 'zod';
import { acuerdoSchema, familiaSchema, fuenteSchema } from './common.ts';
import { institucionSchema } from './catalogo.ts';
import { actividadSchema, definicionSchema, politicaSchema, referenciaSchema } from './procedimiento.ts';
import { modificacionSchema } from './unidad.ts';

/** A function in the open data: its number, text and site-relative URL. */
export const funcionDatosSchema = z.object({
  n: z.number().int().positive(),
  texto: z.string(),
  /** The scan's text, present only when OCR repair changed it. */
  original: z.string().optional(),
  fraccion: z.string().optional(),
  url: z.string(),
});

/** A unit in the open data (datos/<institucion>/<documento>.json). */
export const unidadDatosSchema = z.object({
  id: z.string(),
  numeral: z.string().nullable(),
  nombre: z.string(),
  nombreOriginal: z.string().optional(),
  tipo: z.string(),
  /** The parent's id. */
  padre: z.string().nullable(),
  /** Site-relative URL (no leading slash, so it holds under any base path). */
  url: z.string(),
  objetivo: z.string().nullable(),
  objetivoOriginal: z.string().optional(),
  funciones: z.array(funcionDatosSchema),
  fuente: fuenteSchema,
  articulo: z.number().int().optional(),
  modificacion: modificacionSchema.optional(),
  notas: z.array(z.string()),
});

/** One document's model as published (also what `organica parse` prints). */
export const documentoDatosSchema = z.object({
  id: z.string(),
  institucion: institucionSchema,
  titulo: z.string(),
  familia: familiaSchema,
  url: z.string(),
  edicion: z.string().nullable(),
  acuerdos: z.array(acuerdoSchema),
  unidades: z.array(unidadDatosSchema),
  definiciones: z.array(definicionSchema).optional(),
  politicas: z.array(politicaSchema).optional(),
  actividades: z.array(actividadSchema).optional(),
  baseNormativa: z.array(referenciaSchema).optional(),
});
export type DocumentoDatos = z.infer<typeof documentoDatosSchema>;

/** datos/index.json: the documents, with where to find each one's data. */
export const indiceDatosSchema = z.object({
  documentos: z.array(
    z.object({
      id: z.string(),
      institucion: institucionSchema,
      titulo: z.string(),
      familia: familiaSchema,
      url: z.string(),
      datos: z.string(),
      unidades: z.number().int(),
      funciones: z.number().int(),
    }),
  ),
});
export type IndiceDatos = z.infer<typeof indiceDatosSchema>;
