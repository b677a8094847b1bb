/**
 * Figures of the OCR repair on the scanned DOyE manual: unknown-word rate
 * before and after, precision on the hand-labelled sample, and what it costs.
 *
 *   npm run bench:ocr
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Documento } from '../src/model/index.ts';
import { normalize } from './ingest/normalize/index.ts';
import { diccionarioEs } from './ingest/ocr/dictionary.ts';
import { lexiconDeFuentes } from './ingest/ocr/lexicon.ts';
import { tasaDesconocidas, textosPublicados } from './ingest/ocr/metric.ts';
import { repararLinea, type ReglaDeReparacion } from './ingest/ocr/word-repair.ts';
import { parse } from './ingest/parse.ts';
import { decode } from './ingest/read.ts';

const sources = new URL('../content/sources/', import.meta.url);
const scan = 'imss-doye-manual-organizacion-ocr.txt';
const bornDigitalImss = ['imss-uit-manual-organizacion.txt', 'imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt'];
const sampleFile = new URL('../tests/fixtures/ocr/muestra-reparaciones.tsv', import.meta.url);

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const source = (name: string) => decode(name, readFileSync(new URL(name, sources)));

// Cost: the corpus's lexicon as the ingest loads it (from the tool cache when warm).
let start = performance.now();
const lexicon = lexiconDeFuentes(fileURLToPath(sources));
const lexiconMs = performance.now() - start;

// The scan, parsed as the ingest does.
start = performance.now();
const parsed = parse(source(scan), { lexicon });
const parseMs = performance.now() - start;
const documento = parsed.estructuras[0]?.documento as Documento;

// Unknown-word rates.
const { diccionario } = lexicon;
const printed = tasaDesconocidas([readFileSync(new URL(scan, sources), 'utf8').normalize('NFC')], diccionario);
const published = tasaDesconocidas(textosPublicados(documento), diccionario);
const publishedAsPrinted = tasaDesconocidas(textosPublicados(comoImpreso(documento)), diccionario);
const bornDigital = tasaDesconocidas(
  bornDigitalImss.map((name) => readFileSync(new URL(name, sources), 'utf8').normalize('NFC')),
  diccionario,
);

// Changes by rule, and precision on the hand-labelled sample.
const lines = normalize(source(scan)).lines;
const porRegla = new Map<ReglaDeReparacion, number>();
const cambioEn = new Map<string, string>();
lines.forEach((line, i) => {
  const before = lines[i - 1];
  const inicioDeParrafo = !before || before.texto.trim() === '' || line.texto.startsWith(' ');
  for (const cambio of repararLinea(line.texto, lexicon, { inicioDeParrafo }).cambios) {
    porRegla.set(cambio.regla, (porRegla.get(cambio.regla) ?? 0) + 1);
    cambioEn.set(`${line.n}:${cambio.columna}`, cambio.reparada);
  }
});
const filas = readFileSync(sampleFile, 'utf8')
  .split('\n')
  .filter((row) => row !== '' && !row.startsWith('#') && !row.startsWith('estrato\t'))
  .map((row) => row.split('\t'));
const correct = (row: string[]) => (cambioEn.get(`${row[1]}:${row[2]}`) ?? row[3]) === row[5];
const uniforme = filas.filter((row) => row[0] === 'uniforme');
const errores = filas.filter((row) => !correct(row));
lexicon.guardar();

// The whole corpus, in this warm process.
start = performance.now();
const perFile: string[] = [];
for (const name of readdirSync(sources).filter((file) => file.endsWith('.txt')).sort()) {
  const fileStart = performance.now();
  try {
    parse(source(name), { lexicon });
    perFile.push(`${name} ${ms(performance.now() - fileStart)}`);
  } catch (error) {
    perFile.push(`${name} falló: ${(error as Error).message}`);
  }
}
const corpusMs = performance.now() - start;

// Cost: dictionary-es into nspell, without the cache (what a cold run pays once). Last: its
// 650,000 word forms would slow down with garbage collection whatever is timed after it.
const cold = diccionarioEs({ cache: false });
cold.conoce('dirección');

const total = [...porRegla.values()].reduce((sum, n) => sum + n, 0);
console.log(`Tasa de palabras desconocidas para dictionary-es (3+ letras, no todo en mayúsculas)
  ${scan}, tal como se imprimió:       ${percent(printed.tasa)} (${printed.desconocidas} de ${printed.palabras})
  texto publicado, antes de reparar:   ${percent(publishedAsPrinted.tasa)} (${publishedAsPrinted.desconocidas} de ${publishedAsPrinted.palabras})
  texto publicado, reparado:           ${percent(published.tasa)} (${published.desconocidas} de ${published.palabras}); meta <= 1.50%
  manuales IMSS nativos (UIT, MOIMSS): ${percent(bornDigital.tasa)}
  desconocidas más frecuentes tras reparar: ${published.frecuentes
    .slice(0, 12)
    .map(([word, count]) => `${word} ${count}`)
    .join(', ')}

Palabras reparadas: ${total}
${[...porRegla]
  .sort((a, b) => b[1] - a[1])
  .map(([regla, count]) => `  ${regla}: ${count}`)
  .join('\n')}

Precisión en la muestra etiquetada a mano (${filas.length} cambios)
  muestra uniforme: ${uniforme.filter(correct).length}/${uniforme.length} (${percent(uniforme.filter(correct).length / uniforme.length)})
  toda la muestra:  ${filas.length - errores.length}/${filas.length} (${percent((filas.length - errores.length) / filas.length)})
  errores: ${errores.map((row) => `${row[1]}: ${row[3]} -> ${cambioEn.get(`${row[1]}:${row[2]}`) ?? row[3]} (era ${row[5]})`).join('; ') || 'ninguno'}

Tiempo
  léxico por defecto (corpus ${ms(lexicon.msCorpus)}, caché de veredictos ${ms(diccionario.msCache)}): ${ms(lexiconMs)}
  dictionary-es cargado en nspell sin caché: ${ms(cold.msCarga)} (lo que paga una ingesta en frío, una vez)
  veredictos que faltaban en la caché y se pidieron a nspell en este proceso (ingesta y tasas de arriba): ${diccionario.consultas}
  parse de ${scan} (primera vez en el proceso): ${ms(parseMs)}
  ingesta de todo el corpus (proceso ya caliente): ${ms(corpusMs)}
${perFile.map((line) => `    ${line}`).join('\n')}`);

/** The document with every repaired text put back as the scan printed it. */
function comoImpreso(doc: Documento): Documento {
  return {
    ...doc,
    secciones: doc.secciones.map((seccion) => ({
      ...seccion,
      bloques: seccion.bloques.map((bloque) =>
        bloque.tipo === 'parrafo'
          ? { ...bloque, texto: bloque.original ?? bloque.texto }
          : { ...bloque, items: bloque.items.map((item) => ({ ...item, texto: item.original ?? item.texto })) },
      ),
    })),
    unidades: doc.unidades.map((unidad) => ({
      ...unidad,
      nombre: unidad.nombreOriginal ?? unidad.nombre,
      funciones: unidad.funciones.map((funcion) => ({ ...funcion, texto: funcion.original ?? funcion.texto })),
    })),
  };
}
