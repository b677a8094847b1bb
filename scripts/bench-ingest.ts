/**
 * Prints how long the ingest takes to parse the corpus (read excluded, the
 * whole pure pipeline included), per file and in all, as MB/s.
 * Usage: npm run bench:ingest [-- --runs 10]
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse } from './ingest/parse.ts';
import { read } from './ingest/read.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, fuentes: { type: 'string', default: 'content/sources' } } });
const runs = Number(values.runs);
const names = (await readdir(values.fuentes)).filter((name) => name.endsWith('.txt')).sort();
const sources = await Promise.all(names.map((name) => read(join(values.fuentes, name), name)));

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
  times.sort((a, b) => a - b);
  const mb = Buffer.byteLength(source.lines.map((line) => line.texto).join('\n')) / 1e6;
  rows.push({ archivo: source.archivo, mb, ms: times[Math.floor(times.length / 2)] ?? 0 });
}
const totalMb = rows.reduce((sum, row) => sum + row.mb, 0);
const totalMs = rows.reduce((sum, row) => sum + row.ms, 0);
console.log(`Ingesta (mediana de ${runs} corridas; Node ${process.version})`);
for (const row of rows) console.log(`  ${row.archivo.padEnd(52)} ${row.mb.toFixed(3).padStart(7)} MB ${row.ms.toFixed(1).padStart(8)} ms ${(row.mb / (row.ms / 1000)).toFixed(1).padStart(7)} MB/s`);
console.log(`  ${'corpus'.padEnd(52)} ${totalMb.toFixed(3).padStart(7)} MB ${totalMs.toFixed(1).padStart(8)} ms ${(totalMb / (totalMs / 1000)).toFixed(1).padStart(7)} MB/s`);
console.log(`  primera corrida (incluye carga de módulos y léxico): ${coldMs.toFixed(0)} ms`);
