import type { Informe, NormalizedText, SourceText } from '../../src/model/index.ts';
import type { Estructura } from './recognizer.ts';

/**
 * The ingest report of one file: counts, lines placed per construct, lines
 * dropped per rule, and every non-blank line that no recognizer placed (with
 * its number).
 */
export function report(source: SourceText, normalized: NormalizedText, estructuras: readonly Estructura[]): Informe {
  const descartadas: Record<string, number> = { ...source.descartadas };
  for (const { regla } of normalized.dropped) descartadas[regla] = (descartadas[regla] ?? 0) + 1;
  // A PDF's lines carry their page: messages and unplaced lines say it too.
  const paginaDe = new Map<number, number>();
  for (const line of source.lines) if (line.pagina !== undefined) paginaDe.set(line.n, line.pagina);
  const conPagina = (linea: number) => {
    const pagina = paginaDe.get(linea);
    return pagina === undefined ? {} : { pagina };
  };
  const placed = new Set<number>();
  const colocadasPor: Record<string, number> = {};
  for (const estructura of estructuras) {
    for (const [n, por] of estructura.colocadas) {
      placed.add(n);
      colocadasPor[por] = (colocadasPor[por] ?? 0) + 1;
    }
  }
  // Footnotes left the flow but not the document: a family places them, or they are reported.
  const enNotas = new Set(normalized.notas.flatMap((nota) => nota.lineas));
  const sinUbicar = [...normalized.lines, ...source.lines.filter((line) => enNotas.has(line.n))]
    .filter((line) => line.texto.trim() !== '' && !placed.has(line.n))
    .sort((a, b) => a.n - b.n)
    .map((line) => ({ linea: line.n, ...conPagina(line.n), texto: line.texto }));
  return {
    archivo: source.archivo,
    lineas: source.lines.length,
    documentos: estructuras.map(({ documento }) => ({
      familia: documento.familia,
      titulo: documento.titulo,
      unidades: documento.unidades.length,
      funciones: documento.unidades.reduce((sum, unidad) => sum + unidad.funciones.length, 0),
    })),
    // By name, so a report's diff shows a count that moved rather than an order that did.
    colocadasPor: Object.fromEntries(Object.entries(colocadasPor).sort(([a], [b]) => (a < b ? -1 : 1))),
    descartadas,
    sinUbicar,
    avisos: estructuras.flatMap((estructura) => estructura.avisos).map((aviso) => ({ ...aviso, ...conPagina(aviso.linea) })),
  };
}
