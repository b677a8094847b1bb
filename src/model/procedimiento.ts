import { z } from 'zod';

/** A reference of the base normativa, kept as data: which document, which numerals. */
export const referenciaSchema = z.object({
  /** The referenced document as printed. */
  documento: z.string(),
  /** Numeral cited, if any (`7.1.2.1`). */
  numeral: z.string().nullable(),
  /** Sub-numerals cited (`1`, `3`, `5`). */
  subnumerales: z.array(z.string()),
  /** The whole reference as printed. */
  texto: z.string(),
  linea: z.number().int().positive(),
});

/** A term of the procedure's glossary. */
export const definicionSchema = z.object({
  termino: z.string(),
  definicion: z.string(),
  /** True when the term is an abbreviation or acronym (`CMC`). */
  abreviatura: z.boolean(),
  linea: z.number().int().positive(),
});

/** A numbered policy, with the group and stage headings it sits under where given. */
export const politicaSchema = z.object({
  numero: z.string(),
  texto: z.string(),
  grupo: z.string().nullable(),
  etapa: z.string().nullable(),
  linea: z.number().int().positive(),
});

/** One activity of the description table. */
export const actividadSchema = z.object({
  numero: z.number().int().positive(),
  /** The role that performs it, as printed in the Responsable column. */
  responsable: z.string(),
  texto: z.string(),
  /** The stage heading it sits under, where given. */
  etapa: z.string().nullable(),
  /** Where the flow goes next when the text says so ("continúa en la actividad 7"), or decision branches. */
  siguientes: z.array(z.object({ actividad: z.number().int().positive(), condicion: z.string().nullable() })),
  /** True when the activity ends the procedure ("Fin del procedimiento"). */
  fin: z.boolean(),
  linea: z.number().int().positive(),
});

export const procedimientoSchema = z.object({
  /** Clave as printed (`0508-003-001`). */
  clave: z.string().nullable(),
  baseNormativa: z.array(referenciaSchema),
  objetivo: z.string().nullable(),
  ambito: z.string().nullable(),
  definiciones: z.array(definicionSchema),
  politicas: z.array(politicaSchema),
  actividades: z.array(actividadSchema),
});
export type Procedimiento = z.infer<typeof procedimientoSchema>;
export type Actividad = z.infer<typeof actividadSchema>;
