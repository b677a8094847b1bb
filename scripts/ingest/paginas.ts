import type { Line, Paginas } from '../../src/model/index.ts';
import type { Estructura } from './recognizer.ts';

/**
 * Adds the PDF pages to every `fuente` of the parsed documents: the
 * recognizers give line ranges of the extracted text, readers of the site
 * want `pp. 12–13` of the PDF they hold. Pure; a text source (no line has a
 * page) comes back unchanged, so its content stays byte for byte.
 *
 * Any object of the document with `archivo`, `desde` and `hasta` is a fuente
 * (units, sections, acuerdos, articles, the document itself): walking them
 * all keeps this step independent of each family's shape.
 */
export function conPaginas(estructuras: Estructura[], lines: readonly Line[]): Estructura[] {
  const paginaDe = new Map<number, number>();
  for (const line of lines) if (line.pagina !== undefined) paginaDe.set(line.n, line.pagina);
  if (paginaDe.size === 0) return estructuras;
  const ns = [...paginaDe.keys()].sort((a, b) => a - b);
  /** The page of line n, or of the nearest line before it that has one. */
  const pagina = (n: number): number | undefined => {
    let lo = 0;
    let hi = ns.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = ns[mid] ?? 0;
      if (at <= n) {
        found = at;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found === undefined ? paginaDe.get(ns[0] ?? 0) : paginaDe.get(found);
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(object)) out[key] = walk(child);
    if (typeof object['archivo'] === 'string' && typeof object['desde'] === 'number' && typeof object['hasta'] === 'number') {
      const desde = pagina(object['desde']);
      const hasta = pagina(object['hasta']);
      if (desde !== undefined && hasta !== undefined) out['paginas'] = { desde, hasta } satisfies Paginas;
    }
    return out;
  };
  return estructuras.map((estructura) => ({ ...estructura, documento: walk(estructura.documento) as Estructura['documento'] }));
}
