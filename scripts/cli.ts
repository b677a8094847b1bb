import { basename, resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { IngestError, type Aviso, type Informe } from '../src/model/index.ts';
import { loadCatalogs } from './ingest/catalog.ts';
import { ingestCorpus } from './ingest/corpus.ts';
import { emit } from './ingest/emit.ts';
import { implicitCatalog } from './ingest/implicit-catalog.ts';
import { parse } from './ingest/parse.ts';
import { read } from './ingest/read.ts';
import { diffGenerated, writeGenerated } from './ingest/write.ts';

const usage = `Uso:
  organica ingest [--check] [--fuentes DIR] [--contenido DIR] [--datos DIR]
      Convierte todos los manuales de content/sources/ en colecciones Markdown
      (content/<institución>/<documento>/), informes (content/informes/) y datos
      abiertos (public/datos/). Con --check no escribe: falla si el contenido
      generado difiere del que está en el repositorio.
  organica parse <archivo> [--informe]
      Imprime en stdout el modelo del documento como JSON (la forma de
      datos/<institución>/<documento>.json); con --informe, el informe de ingesta.

Códigos de salida: 0 bien, 1 error interno o diferencias (--check), 2 archivo inutilizable.`;

/** Warnings beyond this many per file are counted, not printed: the report file has them all. */
const warningsShownMax = 20;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      informe: { type: 'boolean', default: false },
      fuentes: { type: 'string', default: 'content/sources' },
      contenido: { type: 'string', default: 'content' },
      datos: { type: 'string', default: 'public/datos' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (command === 'ingest') return ingest(values);
  if (command === 'parse') {
    const [file] = rest;
    if (!file) return fail('falta el archivo: organica parse <archivo>');
    return parseOne(file, values.fuentes, values.informe);
  }
  return fail(`orden desconocida «${command}»; use ingest o parse (organica --help).`);
}

async function ingest(options: { check: boolean; fuentes: string; contenido: string; datos: string }): Promise<number> {
  const ingesta = await ingestCorpus({ fuentes: options.fuentes, contenido: options.contenido }, (documento, ms) => {
    const { catalogo } = documento;
    console.error(`${styleText('green', '✓')} ${catalogo.institucion.id}/${catalogo.id}  ${documento.unidades} unidades, ${documento.funciones} funciones  ${styleText('dim', `(${ms.toFixed(0)} ms)`)}`);
  });
  for (const informe of ingesta.informes) printReport(informe);
  const unplaced = ingesta.informes.reduce((sum, informe) => sum + informe.sinUbicar.length, 0);
  const mb = ingesta.bytes / 1e6;
  console.error(
    `${ingesta.documentos.length} documentos, ${ingesta.documentos.reduce((sum, d) => sum + d.unidades, 0)} unidades, ` +
      `${ingesta.documentos.reduce((sum, d) => sum + d.funciones, 0)} funciones; ${unplaced} líneas sin ubicar; ` +
      `${mb.toFixed(2)} MB analizados en ${ingesta.parseMs.toFixed(0)} ms (${(mb / (ingesta.parseMs / 1000)).toFixed(1)} MB/s)`,
  );
  if (options.check) {
    const differing = await diffGenerated(options.contenido, ingesta.archivos);
    if (differing.length === 0) {
      console.error('El contenido del repositorio coincide byte a byte con la ingesta.');
      return 0;
    }
    console.error(`Difieren ${differing.length} archivos generados (ejecute npm run ingest):\n${differing.map((ruta) => `  ${ruta}`).join('\n')}`);
    return 1;
  }
  const generated = (ruta: string) => /\.md$|\/_registro\.yaml$|^informes\/.*\.json$/.test(ruta);
  const changed = await writeGenerated(options.contenido, ingesta.archivos, generated);
  await writeGenerated(options.datos, ingesta.datos, (ruta) => ruta.endsWith('.json'));
  console.error(changed.length === 0 ? 'Sin cambios en content/.' : `${changed.length} archivos de content/ cambiaron.`);
  return 0;
}

async function parseOne(file: string, fuentes: string, informeOnly: boolean): Promise<number> {
  const archivo = basename(file);
  const source = await read(resolve(file), archivo);
  const { estructuras, informe } = parse(source);
  printReport(informe);
  if (informeOnly) {
    console.log(JSON.stringify(informe, null, 2));
    return 0;
  }
  const catalogs = await loadCatalogs(fuentes).catch(() => []);
  const datos = estructuras.map((estructura, i) => {
    const sameFile = catalogs.filter((catalogo) => catalogo.archivo === archivo && catalogo.familia === estructura.documento.familia);
    const sameFamilyBefore = estructuras.slice(0, i).filter((other) => other.documento.familia === estructura.documento.familia).length;
    const catalogo = sameFile[sameFamilyBefore] ?? implicitCatalog(estructura.documento, archivo);
    return emit(estructura.documento, catalogo, null).datos;
  });
  console.log(JSON.stringify(datos.length === 1 ? datos[0] : datos, null, 2));
  return 0;
}

function printReport(informe: Informe): void {
  const shown: Aviso[] = informe.avisos.slice(0, warningsShownMax);
  for (const aviso of shown) console.error(`${aviso.archivo}:${aviso.linea}: ${styleText(aviso.nivel === 'error' ? 'red' : 'yellow', aviso.nivel)}: ${aviso.mensaje}`);
  if (informe.avisos.length > shown.length) console.error(`  … y ${informe.avisos.length - shown.length} avisos más en el informe de ${informe.archivo}.`);
  for (const { linea, texto } of informe.sinUbicar.slice(0, warningsShownMax)) {
    console.error(`${informe.archivo}:${linea}: ${styleText('yellow', 'sin ubicar')}: ${texto.trim().slice(0, 100)}`);
  }
  if (informe.sinUbicar.length > warningsShownMax) console.error(`  … y ${informe.sinUbicar.length - warningsShownMax} líneas sin ubicar más.`);
}

function fail(message: string): number {
  console.error(`organica: ${message}`);
  return 2;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`${error.toString()}`);
    process.exitCode = 2;
  } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.exitCode = fail(`${error.message} (organica --help)`);
  } else {
    console.error(`organica: error interno: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env['DEBUG']) console.error(error);
    process.exitCode = 1;
  }
}
