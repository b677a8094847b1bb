import { z } from 'zod';
import { idsDeReglas } from './avisos.ts';

/**
 * The ingest report of one source file: what it found, what it dropped and by
 * which rule, and every body line it could not place.
 */
export const informeSchema = z.object({
  archivo: z.string(),
  lineas: z.number().int(),
  documentos: z.array(
    z.object({ familia: z.string(), titulo: z.string(), unidades: z.number().int(), funciones: z.number().int() }),
  ),
  /**
   * Lines placed per construct (or part of a family) that placed them, by
   * name: where the document's text went (scripts/ingest/colocadas.ts lists
   * the names; `organica parse --lineas` shows them line by line).
   */
  colocadasPor: z.record(z.string(), z.number().int()),
  /** Lines dropped per named rule. */
  descartadas: z.record(z.string(), z.number().int()),
  /** Non-blank lines no recognizer placed and no rule dropped. Target: none. */
  sinUbicar: z.array(z.object({ linea: z.number().int(), pagina: z.number().int().optional(), texto: z.string() })),
  avisos: z.array(
    z.object({
      archivo: z.string(),
      linea: z.number().int(),
      /** Page of the PDF, when the source is one. */
      pagina: z.number().int().optional(),
      /** The severity of its rule in the registry (src/model/avisos.ts). */
      nivel: z.enum(['error', 'aviso']),
      mensaje: z.string(),
      regla: z.enum(idsDeReglas),
    }),
  ),
});
export type Informe = z.infer<typeof informeSchema>;
