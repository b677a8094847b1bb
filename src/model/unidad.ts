import { z } from 'zod';
import { fuenteSchema } from './common.ts';

/**
 * One function of a unit, numbered as the source numbers it (1..N, or fracción I..N).
 *
 * > | 3. Validar procesos de mejora regulatoria ...
 *      ^ n = 3
 */
export const funcionSchema = z.object({
  /** Position 1..N within the unit; the citable number (`#funcion-3`). */
  n: z.number().int().positive(),
  /** Text as published (after OCR repair, if any). */
  texto: z.string().min(1),
  /** Text as the scan gave it; present only when OCR repair changed it. */
  original: z.string().optional(),
  /** Roman numeral of the fracción, for estatuto articles (`IV`); the marker as printed in a list that is not numbered with fracciones (`a`). */
  fraccion: z.string().optional(),
  /** The article it comes from, when the unit's atribuciones are spread over several (delegables, indelegables). */
  articulo: z.number().int().positive().optional(),
  /** First source line of the function. */
  linea: z.number().int().positive(),
});
export type Funcion = z.infer<typeof funcionSchema>;

/**
 * A list of atribuciones that an article gives to every unit of a kind
 * (`Los titulares de las Direcciones tendrán las atribuciones generales
 * siguientes:`), or that another article gives a unit by reference
 * (`tendrán las mismas obligaciones y atribuciones que ... el artículo
 * anterior`), shown on each such unit's page and cited by its article.
 */
export const listaComunSchema = z.object({
  articulo: z.number().int().positive(),
  /** The list's name as the article gives it (`Atribuciones generales`, `Facultades`). */
  rotulo: z.string(),
  fracciones: z.array(z.object({ numero: z.string(), texto: z.string() })),
  /** The article that gives the list by reference, and its sentence. */
  remision: z.object({ articulo: z.number().int().positive(), frase: z.string() }).optional(),
});
export type ListaComun = z.infer<typeof listaComunSchema>;

/** One of a unit's lists when several articles give it one: its article, its name, its first function's number. */
export const listaDeArticuloSchema = z.object({
  articulo: z.number().int().positive(),
  rotulo: z.string(),
  desde: z.number().int().positive(),
});

/** The DOF publication that last modified a unit (ISSSTE `(M)ⁿ` marks). */
export const modificacionSchema = z.object({
  /** Publication date in the DOF. */
  publicacion: z.iso.date(),
  /** The footnote as printed. */
  nota: z.string(),
});

/**
 * One organizational unit as the structure stage produces it. Identity within
 * the document is `clave` (numeral, or `articulo-25` for an estatuto unit);
 * the emit stage turns claves into stable slugs through the registry.
 */
export const unidadSchema = z.object({
  /** Stable key within the document before slugs exist: the numeral, or `articulo-<n>`. */
  clave: z.string(),
  /** Numeral as printed (`7.1.2.1`), null where the source has none (estatuto). */
  numeral: z.string().nullable(),
  /** Name as printed, no trailing period. */
  nombre: z.string().min(1),
  /** Name as the scan gave it; present only when OCR repair changed it. */
  nombreOriginal: z.string().optional(),
  /** Kind of unit from its name: Dirección, Unidad, Coordinación, Coordinación Técnica, División, ... */
  tipo: z.string(),
  /** The parent's clave; null for the root. */
  padre: z.string().nullable(),
  /** Position in document order, 0-based. */
  orden: z.number().int().nonnegative(),
  /** The unit's objective where the source gives one. */
  objetivo: z.string().nullable(),
  /** Objective as the scan gave it; present only when OCR repair changed it. */
  objetivoOriginal: z.string().optional(),
  funciones: z.array(funcionSchema),
  /** Line range of the unit's description in the source. */
  fuente: fuenteSchema,
  /** Estatuto: the article that assigns the unit its atribuciones. */
  articulo: z.number().int().positive().optional(),
  /** The name the document gives the unit's list (`Atribuciones`, `Facultades y atribuciones`, `Obligaciones`), where it names one. */
  rotulo: z.string().optional(),
  /** Lists the unit shares with every unit of its kind, each from its article. */
  comunes: z.array(listaComunSchema).optional(),
  /** When several articles give the unit its lists (delegables, indelegables): each list, from its first function. */
  listas: z.array(listaDeArticuloSchema).optional(),
  /** Each function's number as printed (`3`, `IV`, `a`), present only where the printed numbers are not 1..N. */
  numeros: z.array(z.string()).optional(),
  /**
   * Paragraphs of the unit's description that are not functions (a closing
   * note after the list, a paragraph between two functions), each after the
   * function it follows (0: before the first).
   */
  parrafos: z.array(z.object({ despuesDe: z.number().int().nonnegative(), texto: z.string(), linea: z.number().int().positive() })).optional(),
  /** True for a post (`Funciones del puesto`) described under its unit. */
  puesto: z.boolean().optional(),
  /** ISSSTE: the DOF publication that last modified this unit. */
  modificacion: modificacionSchema.optional(),
  /** What the ingest inferred rather than read (`numeral inferido de 7.1.5.1 y 6.1.5`). */
  notas: z.array(z.string()),
});
export type Unidad = z.infer<typeof unidadSchema>;
