import { z } from 'zod';

/** An inclusive range of 1-based pages of a PDF. */
export const paginasSchema = z.object({ desde: z.number().int().positive(), hasta: z.number().int().positive() });
export type Paginas = z.infer<typeof paginasSchema>;

/**
 * Where something came from: a file and an inclusive 1-based line range (of
 * the extracted text, for a PDF or Word file), and the PDF's pages when the
 * source is a PDF.
 */
export const fuenteSchema = z.object({
  /** Source file name, as in content/sources/. */
  archivo: z.string(),
  /** First line (1-based). */
  desde: z.number().int().positive(),
  /** Last line (inclusive). */
  hasta: z.number().int().positive(),
  /** The PDF pages of those lines; absent for text and Word sources. */
  paginas: paginasSchema.optional(),
});
export type Fuente = z.infer<typeof fuenteSchema>;

/** The document families the ingest recognizes from a text's content. */
export const familiaSchema = z.enum(['manual', 'manual-imss', 'manual-issste', 'estatuto', 'procedimiento']);
export type Familia = z.infer<typeof familiaSchema>;

/** A date as ISO `YYYY-MM-DD`; the site formats it for readers (`DOF 30-12-2010`). */
export const fechaSchema = z.iso.date();

/** A block of an overview section: a paragraph or a list, in source order. */
export const bloqueSchema = z.discriminatedUnion('tipo', [
  z.object({ tipo: z.literal('parrafo'), texto: z.string(), original: z.string().optional() }),
  z.object({
    tipo: z.literal('lista'),
    /** Whether the source numbered the items (`1.`, `I.`) or bulleted them. */
    ordenada: z.boolean(),
    items: z.array(
      z.object({
        texto: z.string(),
        original: z.string().optional(),
        /**
         * The item's numeral as printed, without its period (`XIV`, `5.1`, `a`), when
         * the source numbers it; `texto` never repeats it. Roman fracciones and
         * decimal policies cannot be rebuilt by a Markdown `<ol>`: render this.
         */
        numero: z.string().optional(),
      }),
    ),
  }),
]);
export type Bloque = z.infer<typeof bloqueSchema>;

/** A section of a manual's overview (Introducción, Objetivo, Marco Jurídico, ...). */
export const seccionSchema = z.object({
  /** Numeral as printed (`3`, `III`), when there is one. */
  numero: z.string().nullable(),
  /** Title as printed, without its numeral or trailing period. */
  titulo: z.string(),
  /** Normalized kind, for the site to find e.g. the glossary. */
  tipo: z.enum([
    'introduccion',
    'antecedentes',
    'objetivo',
    'marco-juridico',
    'atribuciones',
    'politicas',
    'mision',
    'vision',
    'glosario',
    'estructura',
    'organigrama',
    /** The source's printed table of contents, kept so no line is lost; the site builds its own navigation. */
    'indice',
    'otra',
  ]),
  bloques: z.array(bloqueSchema),
  fuente: fuenteSchema,
});
export type Seccion = z.infer<typeof seccionSchema>;

/**
 * A DOF acuerdo that issues or amends a document.
 *
 * > | ACUERDO por el que se modifica el Manual de Organización General del ISSSTE, ...
 */
export const acuerdoSchema = z.object({
  /** Title as printed. */
  titulo: z.string(),
  /** Acuerdo number or key where printed (`ACDO.SA2.HCT.281122/336.P.DA`). */
  numero: z.string().nullable(),
  /** What it does to the document. */
  accion: z.enum(['expide', 'modifica', 'actualiza', 'otra']),
  /** Date the acuerdo was signed or dictated. */
  fecha: fechaSchema.nullable(),
  /** Date of its publication in the Diario Oficial de la Federación, where known. */
  publicacionDof: fechaSchema.nullable(),
  /** Who signs it (name as printed). */
  firmante: z.string().nullable(),
  /** The part of the document it concerns, as printed (`la Unidad de Desarrollo Institucional`). */
  materia: z.string().nullable(),
  /** Its paragraphs, in order. */
  texto: z.array(z.string()),
  fuente: fuenteSchema,
});
export type Acuerdo = z.infer<typeof acuerdoSchema>;
