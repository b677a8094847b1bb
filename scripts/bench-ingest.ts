/**
 * Prints how long the ingest takes to parse the shipped corpus and the
 * development corpus's texts (read excluded, the whole pure pipeline
 * included), per file and in all, as MB/s; then how fast
 * the read stage takes text out of PDFs (pages a second, over the text-layer
 * PDFs of ../shared/corpus-dev, 01–05) and reads scanned pages by OCR (pages a
 * minute, over a few pages of corpus-dev 07: all 27 would take a minute or
 * more, and every page of it is alike).
 * Usage: npm run bench:ingest [-- --runs 10] [--ocr-paginas 5-10] [--sin-pdf]
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse } from './ingest/parse.ts';
import { read } from './ingest/read.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    fuentes: { type: 'string', default: 'content/sources' },
    'corpus-dev': { type: 'string', default: '../shared/corpus-dev' },
    'ocr-paginas': { type: 'string', default: '5-10' },
    'sin-pdf': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
// The shipped corpus and the development corpus's texts: documents of every kind the ingest reads.
const corpusDev = values['corpus-dev'];
const carpetas = [values.fuentes, ...(existsSync(corpusDev) ? [corpusDev] : [])];
const rutas = (await Promise.all(carpetas.map(async (carpeta) => (await readdir(carpeta)).filter((name) => name.endsWith('.txt')).sort().map((name) => join(carpeta, name))))).flat();
const sources = await Promise.all(rutas.map((ruta) => read(ruta, basename(ruta))));

// The first run pays for module loading and lexicon building; it is reported apart.
const coldStart = performance.now();
for (const source of sources) parse(source);
const coldMs = performance.now() - coldStart;

const rows: { archivo: string; mb: number; ms: number }[] = [];
for (const source of sources) {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    parse(source);
    times.push(performance.now() - started);
  }
  rows.push({ archivo: source.archivo, mb: Buffer.byteLength(source.lines.map((line) => line.texto).join('\n')) / 1e6, ms: median(times) });
}
const totalMb = rows.reduce((sum, row) => sum + row.mb, 0);
const totalMs = rows.reduce((sum, row) => sum + row.ms, 0);
console.log(`Ingesta (mediana de ${runs} corridas; Node ${process.version})`);
for (const row of rows) console.log(`  ${row.archivo.padEnd(52)} ${row.mb.toFixed(3).padStart(7)} MB ${row.ms.toFixed(1).padStart(8)} ms ${(row.mb / (row.ms / 1000)).toFixed(1).padStart(7)} MB/s`);
console.log(`  ${'corpus'.padEnd(52)} ${totalMb.toFixed(3).padStart(7)} MB ${totalMs.toFixed(1).padStart(8)} ms ${(totalMb / (totalMs / 1000)).toFixed(1).padStart(7)} MB/s`);
console.log(`  primera corrida (incluye carga de módulos y léxico): ${coldMs.toFixed(0)} ms`);

if (!values['sin-pdf'] && existsSync(corpusDev)) {
  const { readPdf } = await import('./ingest/read/pdf.ts');
  const { ocrDePaginas } = await import('./ingest/read/ocr.ts');
  const pdfs = (await readdir(corpusDev)).filter((name) => /^0[1-5].*\.pdf$/.test(name)).sort();
  const pdfRuns = Math.max(1, Math.min(runs, 5));
  console.log(`\nExtracción de PDF con capa de texto (pdf.js y composición; mediana de ${pdfRuns} corridas; carga ${loadavg()[0]?.toFixed(1)})`);
  let pages = 0;
  let ms = 0;
  for (const name of pdfs) {
    const bytes = await readFile(join(corpusDev, name));
    await readPdf(name, bytes); // warm-up: loads pdf.js and the fonts
    const times: number[] = [];
    let paginas = 0;
    for (let run = 0; run < pdfRuns; run++) {
      const started = performance.now();
      paginas = (await readPdf(name, bytes)).paginas ?? 0;
      times.push(performance.now() - started);
    }
    const t = median(times);
    pages += paginas;
    ms += t;
    console.log(`  ${name.padEnd(62)} ${String(paginas).padStart(3)} pp. ${t.toFixed(0).padStart(6)} ms ${(paginas / (t / 1000)).toFixed(1).padStart(6)} pp./s`);
  }
  console.log(`  ${'01–05'.padEnd(62)} ${String(pages).padStart(3)} pp. ${ms.toFixed(0).padStart(6)} ms ${(pages / (ms / 1000)).toFixed(1).padStart(6)} pp./s`);

  const scan = (await readdir(corpusDev)).find((name) => /^07.*\.pdf$/.test(name));
  if (scan) {
    const [from, to] = (values['ocr-paginas'] ?? '5-10').split('-').map(Number);
    const paginas = Array.from({ length: (to ?? 10) - (from ?? 5) + 1 }, (_, i) => (from ?? 5) + i);
    const bytes = await readFile(join(corpusDev, scan));
    console.log(`\nOCR (pdftoppm 300 dpi y Tesseract spa, ${availableParallelism()} páginas a la vez, sin caché; carga ${loadavg()[0]?.toFixed(1)})`);
    const started = performance.now();
    await ocrDePaginas(scan, bytes, paginas, () => {}, { cache: false });
    const seconds = (performance.now() - started) / 1000;
    console.log(`  ${scan} pp. ${paginas[0]}–${paginas.at(-1)}: ${paginas.length} páginas en ${seconds.toFixed(1)} s, ${((paginas.length / seconds) * 60).toFixed(1)} pp./min`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
