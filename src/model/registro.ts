import { z } from 'zod';
import { slugSchema } from './catalogo.ts';

/**
 * The identity registry of one document (content/<institucion>/<documento>/_registro.yaml),
 * committed with the content: it keeps every slug that was ever published
 * pointing at its unit, across re-ingests and new editions.
 */
export const registroSchema = z.object({
  unidades: z.array(
    z.object({
      slug: slugSchema,
      /** Numeral (or `articulo-<n>`) of the unit when the slug was last matched. */
      clave: z.string(),
      nombre: z.string(),
      /** Words of the unit's objective and functions, to recognize it after a rename. */
      firma: z.string(),
      /** `vigente`: a unit has this slug; otherwise the slug redirects. */
      estado: z.enum(['vigente', 'renombrada', 'suprimida']),
      /** For a redirect: the slug it points to (null: the document overview). */
      destino: slugSchema.nullable(),
    }),
  ),
});
export type Registro = z.infer<typeof registroSchema>;
