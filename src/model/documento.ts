import { z } from 'zod';
import { acuerdoSchema, familiaSchema, fechaSchema, fuenteSchema, seccionSchema } from './common.ts';
import { estatutoSchema } from './estatuto.ts';
import { procedimientoSchema } from './procedimiento.ts';
import { unidadSchema } from './unidad.ts';

/**
 * One document as the structure stage produces it from a source text, before
 * the catalog and the registry give it its ids. A file may hold several
 * (the MOIMSS file holds the manual and the IMSS-BIENESTAR estatuto).
 */
export const documentoSchema = z.object({
  familia: familiaSchema,
  /** Title as printed on the document. */
  titulo: z.string(),
  /** Institution's name as printed (`Instituto Mexicano del Seguro Social`), when the text says. */
  institucion: z.string().nullable(),
  /** Dates the text itself gives. */
  fechas: z.object({
    expedicion: fechaSchema.nullable(),
    publicacion: fechaSchema.nullable(),
    /** Publication dates of later amendments, oldest first. */
    modificaciones: z.array(fechaSchema),
  }),
  /** DOF acuerdos that issue or amend it, in source order. */
  acuerdos: z.array(acuerdoSchema),
  /** The overview: Introducción, Objetivo, Antecedentes, Marco jurídico, ... in source order. */
  secciones: z.array(seccionSchema),
  /** Every unit in document order. */
  unidades: z.array(unidadSchema),
  estatuto: estatutoSchema.optional(),
  procedimiento: procedimientoSchema.optional(),
  fuente: fuenteSchema,
});
export type Documento = z.infer<typeof documentoSchema>;
