import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/model/index.ts';
import type { OpcionesBuild } from './build.ts';
import type { OpcionesIngesta } from './ingest/command.ts';

const usage = `Uso:
  organica ingest [--check] [--sin-organigramas] [--fuentes DIR] [--contenido DIR] [--datos DIR]
      Convierte todos los manuales de content/sources/ en colecciones Markdown
      (content/<institución>/<documento>/), informes (content/informes/) y datos
      abiertos (public/datos/), escribe el manifiesto (content/_ingesta.json) y
      dibuja en Chromium los organigramas que falten (content/graficas/),
      quitando los que ya no se usan; con --sin-organigramas no los dibuja.
      Con --check no escribe: falla si el contenido generado, los datos, el
      manifiesto o los organigramas difieren de los del repositorio.
  organica build [--salida DIR] [--limpia]
      El sitio completo (npm run build): ingesta si las fuentes o su código
      cambiaron, organigramas que falten, astro build y el índice de Pagefind,
      en una carpeta provisional que reemplaza a la salida (dist/) solo si
      todo salió bien. Con --limpia, ingesta y contenido de Astro desde cero.
  organica parse <archivo> [--informe | --texto | --lineas]
      Imprime en stdout el modelo del documento como JSON (la forma de
      datos/<institución>/<documento>.json); con --informe, el informe de
      ingesta; con --texto, el texto que se leyó (de un PDF, un escaneo por
      OCR, un .docx o una página HTML: lo que la ingesta guarda en
      content/informes/<archivo>.txt); con --lineas, cada línea de ese texto
      con su número y lo que la ubicó: el constructo o la parte de la familia
      que la leyó (encabezado-numerado, lista-de-funciones, articulado,
      portada...; la lista está en scripts/ingest/colocadas.ts), la regla que
      la descartó como mobiliario de página (encabezado-de-pagina...) o
      «sin ubicar»; nada si está en blanco:
          12  lista-de-funciones   1. Supervisar la operación del Comité ...
      Acepta .txt, .pdf, .docx y .html.
      Termina con una línea en stderr: unidades, funciones y parte de las
      líneas del cuerpo que se ubicaron.
  organica add <archivo> [--fuentes DIR]
      Copia el documento a content/sources/ y escribe junto a él su entrada
      de catálogo inferida del texto (institución y siglas, título, fechas),
      para revisarla y corregirla antes de npm run ingest.

Códigos de salida: 0 bien, 1 error interno o diferencias (--check), 2 archivo inutilizable.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      'sin-organigramas': { type: 'boolean', default: false },
      informe: { type: 'boolean', default: false },
      texto: { type: 'boolean', default: false },
      lineas: { type: 'boolean', default: false },
      fuentes: { type: 'string', default: 'content/sources' },
      contenido: { type: 'string', default: 'content' },
      datos: { type: 'string', default: 'public/datos' },
      salida: { type: 'string', default: 'dist' },
      limpia: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  // Each command loads its modules when it runs: `build` often has no ingest to do.
  if (command === 'ingest') return ingestCorpus({ ...values, graficas: !values['sin-organigramas'] });
  if (command === 'build') return buildSite(values);
  if (command === 'parse') {
    const [file] = rest;
    if (!file) return fail('falta el archivo: organica parse <archivo>');
    return parseOne(file, values.fuentes, values.lineas ? 'lineas' : values.informe ? 'informe' : values.texto ? 'texto' : 'modelo');
  }
  if (command === 'add') {
    const [file] = rest;
    if (!file) return fail('falta el archivo: organica add <archivo>');
    return addOne(file, values.fuentes);
  }
  return fail(`orden desconocida «${command}»; use ingest, build, parse o add (organica --help).`);
}

async function ingestCorpus(options: OpcionesIngesta): Promise<number> {
  const { ingest } = await import('./ingest/command.ts');
  return ingest(options);
}

async function buildSite(options: OpcionesBuild): Promise<number> {
  const { avisoSinOrigen, build, resumen } = await import('./build.ts');
  const tiempos = await build(options);
  console.error(`\norganica build: sitio en ${options.salida}/ · ${resumen(tiempos)}`);
  const aviso = avisoSinOrigen(process.env['SITE_URL']);
  if (aviso) console.error(`\n${aviso}`);
  return 0;
}

/** What `parse` prints on stdout: the data file, the report, the text read, or its lines with what placed each. */
type SalidaDeParse = 'modelo' | 'informe' | 'texto' | 'lineas';

async function parseOne(file: string, fuentes: string, salida: SalidaDeParse): Promise<number> {
  const [{ loadCatalogs }, { printReport }, { emit }, { implicitCatalogs }, { parse, lineaDeCobertura }, { read }, { progresoDeOcr }, { atribuirLineas, formatoDeLineas }, { guardarLexiconDe, lexiconDeFuentes }] = await Promise.all([
    import('./ingest/catalog.ts'),
    import('./ingest/command.ts'),
    import('./ingest/emit.ts'),
    import('./ingest/implicit-catalog.ts'),
    import('./ingest/parse.ts'),
    import('./ingest/read.ts'),
    import('./ingest/progreso.ts'),
    import('./ingest/lineas.ts'),
    import('./ingest/ocr/lexicon.ts'),
  ]);
  const archivo = basename(file);
  const source = await read(resolve(file), archivo, { progreso: progresoDeOcr(archivo) });
  if (salida === 'texto') {
    for (const line of source.lines) console.log(line.texto);
    return 0;
  }
  // A scan is repaired against the corpus it would join; what the lexicon learned is kept for next time.
  const parsed = parse(source, { lexicon: () => lexiconDeFuentes(fuentes) });
  guardarLexiconDe(fuentes);
  const { estructuras, informe, cobertura } = parsed;
  printReport(informe);
  const cierre = () => console.error(`${archivo}: ${lineaDeCobertura(estructuras, cobertura)}`);
  if (salida === 'informe') {
    console.log(JSON.stringify(informe, null, 2));
    cierre();
    return 0;
  }
  if (salida === 'lineas') {
    for (const linea of formatoDeLineas(atribuirLineas(source.lines, parsed))) console.log(linea);
    cierre();
    return 0;
  }
  const catalogs = await loadCatalogs(fuentes).catch(() => []);
  // As the ingest infers them: two documents of the file get two ids.
  const inferidos = implicitCatalogs(estructuras.map(({ documento }) => documento), archivo, source.lines, catalogs);
  const datos = estructuras.map((estructura, i) => {
    const sameFile = catalogs.filter((catalogo) => catalogo.archivo === archivo && catalogo.familia === estructura.documento.familia);
    const sameFamilyBefore = estructuras.slice(0, i).filter((other) => other.documento.familia === estructura.documento.familia).length;
    const catalogo = sameFile[sameFamilyBefore] ?? inferidos[i]!;
    return emit(estructura.documento, catalogo, null).datos;
  });
  console.log(JSON.stringify(datos.length === 1 ? datos[0] : datos, null, 2));
  cierre();
  // A document was recognized but not one unit in it (a procedimiento has activities instead): nothing to publish.
  const publicable = estructuras.some(({ documento }) => documento.unidades.length > 0 || documento.procedimiento !== undefined);
  if (!publicable) {
    console.error(`${archivo}: no se encontró ninguna unidad: se buscaron encabezados con «Objetivo» y «Funciones», encabezados numerados (7.1.2, 111.) seguidos de una lista, y artículos que asignan atribuciones («Corresponde a la Dirección ...:»).`);
    return 2;
  }
  return 0;
}

async function addOne(file: string, fuentes: string): Promise<number> {
  const [{ agregar }, { progresoDeOcr }] = await Promise.all([import('./ingest/add.ts'), import('./ingest/progreso.ts')]);
  const { fuente, catalogos } = await agregar(file, fuentes, { progreso: progresoDeOcr(basename(file)) });
  console.error(`organica add: ${fuente}`);
  for (const { ruta, yaml } of catalogos) console.error(`\n${ruta} (inferida del texto; revísela):\n${yaml}`);
  console.error(`Después: npm run ingest`);
  return 0;
}

function fail(message: string): number {
  console.error(`organica: ${message}`);
  return 2;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Error && error.name === 'BuildError') {
    console.error(`organica build: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof IngestError) {
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
