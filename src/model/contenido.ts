import { z } from 'zod';
import { acuerdoSchema, familiaSchema, fechaSchema, fuenteSchema, seccionSchema } from './common.ts';
import { catalogoSchema, institucionSchema, slugSchema } from './catalogo.ts';
import { procedimientoSchema } from './procedimiento.ts';
import { listaComunSchema, listaDeArticuloSchema, modificacionSchema } from './unidad.ts';

/**
 * Frontmatter of a unit file, content/<institucion>/<documento>/<unidad>.md.
 * The emit stage writes it and src/content.config.ts validates it with this
 * same schema. The body is the unit's functions as an ordered list.
 */
export const unidadFrontmatterSchema = z.object({
  /** Stable slug of the unit, unique within its document; the file is named after it. */
  unidad: slugSchema,
  /** Id of the document's overview entry (`imss/uit`). */
  documento: z.string(),
  institucion: slugSchema,
  numeral: z.string().nullable(),
  nombre: z.string(),
  tipo: z.string(),
  /** Parent unit's slug; null for the root. */
  padre: slugSchema.nullable(),
  /** Position in document order, 0-based. */
  orden: z.number().int().nonnegative(),
  objetivo: z.string().nullable(),
  /** How functions are numbered: `1.` or fracciones `I.`. */
  numeracion: z.enum(['arabiga', 'romana']),
  /** Number of functions in the body (a check that the body is whole). */
  totalFunciones: z.number().int().nonnegative(),
  /** Estatuto: the article that assigns the atribuciones. */
  articulo: z.number().int().positive().optional(),
  /** The list's name as the document gives it (`Atribuciones`, `Facultades y atribuciones`, `Funciones del puesto`); `Funciones` when absent. */
  rotulo: z.string().optional(),
  /** Each function's number as printed (`IV`, `a`, `12`), where the printed numbers are not the plain sequence. */
  numeros: z.array(z.string()).optional(),
  /** The unit's lists when several articles give them, each from its first function. */
  listas: z.array(listaDeArticuloSchema).optional(),
  /** Lists of atribuciones the unit shares with every unit of its kind, each from its article. */
  comunes: z.array(listaComunSchema).optional(),
  /** A post described under its unit, not a unit. */
  puesto: z.literal(true).optional(),
  /** The DOF publication that last modified this unit. */
  modificacion: modificacionSchema.optional(),
  /** Text recovered from a scan: what the scan said before repair. */
  reparado: z
    .object({
      nombre: z.string().optional(),
      objetivo: z.string().optional(),
      /** Original text of each repaired function, by number. */
      funciones: z.array(z.object({ n: z.number().int().positive(), original: z.string() })),
    })
    .optional(),
  fuente: fuenteSchema,
  /** What the ingest inferred rather than read. */
  notas: z.array(z.string()),
  /** Earlier slugs of this unit (renamed or merged); each leaves a redirect. */
  alias: z.array(slugSchema),
});
export type UnidadFrontmatter = z.infer<typeof unidadFrontmatterSchema>;

/**
 * Frontmatter of a document overview, content/<institucion>/<documento>/index.md.
 * The body holds the overview's sections (and an estatuto's articles) as Markdown.
 */
export const documentoFrontmatterSchema = catalogoSchema.omit({ fuente: true }).extend({
  institucion: institucionSchema,
  familia: familiaSchema,
  fuente: fuenteSchema.extend({
    descripcion: z.string(),
    url: z.url().nullable(),
  }),
  /** Publication dates of amendments, from the text. */
  modificaciones: z.array(fechaSchema),
  acuerdos: z.array(acuerdoSchema),
  /** The overview's sections (title and kind); their text is the body. */
  secciones: z.array(seccionSchema.pick({ numero: true, titulo: true, tipo: true }).extend({ ancla: z.string() })),
  totalUnidades: z.number().int().nonnegative(),
  totalFunciones: z.number().int().nonnegative(),
  procedimiento: procedimientoSchema.optional(),
});
export type DocumentoFrontmatter = z.infer<typeof documentoFrontmatterSchema>;

/** One redirect left by a unit that was renamed, renumbered or removed. */
export const redireccionSchema = z.object({
  documento: z.string(),
  /** The old slug. */
  desde: slugSchema,
  /** The slug it now points to (a unit of the same document), or null for the document overview. */
  hacia: slugSchema.nullable(),
  motivo: z.enum(['renombrada', 'suprimida']),
});
export type Redireccion = z.infer<typeof redireccionSchema>;

