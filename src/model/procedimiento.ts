import { z } from 'zod';
import { fechaSchema } from './common.ts';

/**
 * One reference of the base normativa, kept as data: which document, which
 * numeral, which of its sub-numerals. A bullet that cites several numerals of
 * one document gives one reference per numeral, each with the whole bullet as
 * its `texto`.
 *
 * > | - Numeral 7.1.2, subnumerales primero, segundo, onceavo y doceavo, 7.1.2.1 subnumerales ... del Manual de ...
 *       ^ numeral 7.1.2, subnumerales 1, 2, 11, 12; then numeral 7.1.2.1 ...
 */
export const referenciaSchema = z.object({
  /** The referenced document as printed (`Manual de Organización de la Unidad de Integridad y Transparencia del IMSS`). */
  documento: z.string(),
  /** Numeral cited, if any (`7.1.2.1`). */
  numeral: z.string().nullable(),
  /**
   * Sub-numerals cited, as numbers (`1`, `3`, `5`): the source writes ordinals
   * (`primero`, `onceavo`, `décimo tercero`), which are the function numbers of
   * the unit at `numeral`. An ordinal the ingest cannot read is kept as printed.
   */
  subnumerales: z.array(z.string()),
  /** The referenced document's clave as printed (`0500-002-003`), if given. */
  clave: z.string().nullable(),
  /** The date the reference gives for that document (emission, registration, signature). */
  fecha: fechaSchema.nullable(),
  /** A web address the reference gives for the document, if any. */
  url: z.string().nullable(),
  /** The whole reference as printed (Markdown and HTML noise removed). */
  texto: z.string(),
  /** Source line of the reference. */
  linea: z.number().int().positive(),
});
export type Referencia = z.infer<typeof referenciaSchema>;

/**
 * A term of the procedure's glossary.
 *
 * > | 4.5 CC: Coordinación de Competitividad o Coordinaciones de ...
 *       ^ numero, then the term up to the first colon, then its definition
 */
export const definicionSchema = z.object({
  /** Numeral as printed (`4.5`), when there is one. */
  numero: z.string().nullable(),
  /** The term as printed (`CC`, `asesora o asesor de UMAE`). */
  termino: z.string(),
  /** Its definition as printed. */
  definicion: z.string(),
  /** True when the term is an abbreviation or acronym (`CMC`, `OOAD Estatal/Regional`). */
  abreviatura: z.boolean(),
  /** Source line of the term. */
  linea: z.number().int().positive(),
});
export type Definicion = z.infer<typeof definicionSchema>;

/**
 * A numbered policy, with the group and stage headings it sits under where given.
 *
 * > | Especificas
 * > | 5.6 La CTCI a través de la División de Implementación, coordinará ...
 *       ^ numero 5.6, grupo `Especificas`
 */
export const politicaSchema = z.object({
  /** Numeral as printed (`5.6`). */
  numero: z.string(),
  /** Its text as printed. */
  texto: z.string(),
  /** The group heading above it, as printed (`Generales`, `Especificas`). */
  grupo: z.string().nullable(),
  /** The stage heading above it, as printed (`Etapas IV: Desarrollo de la asesoría`). */
  etapa: z.string().nullable(),
  /**
   * The caption of a figure the policy introduces, whose image the source lost
   * (`FIGURA 1. Etapas del proceso de asesoría`).
   */
  figura: z.string().nullable(),
  /** Source line of the policy. */
  linea: z.number().int().positive(),
});
export type Politica = z.infer<typeof politicaSchema>;

/** Where the flow goes after an activity. */
export const siguienteSchema = z.object({
  /** The number of the next activity. */
  actividad: z.number().int().positive(),
  /** The decision branch that leads there, as printed (`Unidades ratificadas`); null for plain sequence. */
  condicion: z.string().nullable(),
});
export type Siguiente = z.infer<typeof siguienteSchema>;

/**
 * One activity of the description table.
 *
 * > | | Asesora o asesor/Asesora o asesor de UMAE | <p>22. Realiza ajuste ...</p> <p>Continúa en la actividad 23.</p> |
 *       ^ responsable                                  ^ numero, texto         ^ siguientes: 23
 */
export const actividadSchema = z.object({
  /** Number as the source prints it (or, where the source lost it, the number its position gives; see `notas`). */
  numero: z.number().int().positive(),
  /** The role that performs it, as printed in the Responsable column. */
  responsable: z.string(),
  /** Its text as printed, without its number. */
  texto: z.string(),
  /** The stage heading it sits under, where given (`Etapas II: Asesoría para ...`). */
  etapa: z.string().nullable(),
  /**
   * Where the flow goes next: the following activity, the one "Continúa en la
   * actividad N" names, or one entry per decision branch with its condition.
   * Empty when the source leaves the flow there.
   */
  siguientes: z.array(siguienteSchema),
  /** True when the activity ends the procedure ("Fin del procedimiento", or the last activity; see `notas`). */
  fin: z.boolean(),
  /** Paragraphs the source marks `NOTA:` under this activity, as printed. */
  observaciones: z.array(z.string()),
  /** What the ingest inferred rather than read (`número inferido`, `responsable inferido`). */
  notas: z.array(z.string()),
  /** Source line of the activity (the table row's line). */
  linea: z.number().int().positive(),
});
export type Actividad = z.infer<typeof actividadSchema>;

/**
 * One signature of the authorization block on the cover.
 *
 * > | Revisó
 * > |
 * > | Mtra. Marcela Castro López
 * > | Titular de la Coordinación de
 * > | Modernización y Competitividad
 *       ^ accion reviso, nombre, cargo (wrapped lines joined)
 */
export const firmaSchema = z.object({
  /** What the signer did: approved, reviewed or drafted the document. */
  accion: z.enum(['aprobo', 'reviso', 'elaboro', 'autorizo', 'valido']),
  /** Name as printed, with its title (`Lic. Patricia Pérez De Los Ríos`). */
  nombre: z.string(),
  /** Post as printed, wrapped lines joined. */
  cargo: z.string().nullable(),
  /** A unit printed above the name (`COORDINACION DE MODERNIZACION Y COMPETITIVIDAD`), where given. */
  area: z.string().nullable(),
  /** Source line of the name. */
  linea: z.number().int().positive(),
});
export type Firma = z.infer<typeof firmaSchema>;

/** What a procedure has beyond a document's overview: its key, references, glossary, policies and activities. */
export const procedimientoSchema = z.object({
  /** Clave as printed (`0508-003-001`). */
  clave: z.string().nullable(),
  /** The unit that issues the procedure, as printed on the cover (`UNIDAD DE INTEGRIDAD Y TRANSPARENCIA`). */
  area: z.string().nullable(),
  /** The cover's letterhead lines as printed (institution, motto, issuing unit). */
  membrete: z.array(z.string()),
  /** The authorization signatures of the cover, in source order. */
  autorizacion: z.array(firmaSchema),
  baseNormativa: z.array(referenciaSchema),
  /** The Objetivo section's text. */
  objetivo: z.string().nullable(),
  /** The Ámbito de aplicación section's text. */
  ambito: z.string().nullable(),
  definiciones: z.array(definicionSchema),
  politicas: z.array(politicaSchema),
  /** The activities in source order. */
  actividades: z.array(actividadSchema),
});
export type Procedimiento = z.infer<typeof procedimientoSchema>;
