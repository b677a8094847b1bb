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
  /** Roman numeral of the fracción, for estatuto articles (`IV`). */
  fraccion: z.string().optional(),
  /** First source line of the function. */
  linea: z.number().int().positive(),
});
export type Funcion = z.infer<typeof funcionSchema>;

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
  /** ISSSTE: the DOF publication that last modified this unit. */
  modificacion: modificacionSchema.optional(),
  /** What the ingest inferred rather than read (`numeral inferido de 7.1.5.1 y 6.1.5`). */
  notas: z.array(z.string()),
});
export type Unidad = z.infer<typeof unidadSchema>;
