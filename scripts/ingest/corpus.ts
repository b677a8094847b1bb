import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { IngestError, type Catalogo, type IndiceDatos, type Informe } from '../../src/model/index.ts';
import { loadCatalogs, loadRegistry } from './catalog.ts';
import { emit, urls, type ArchivoGenerado } from './emit.ts';
import { implicitCatalogs } from './implicit-catalog.ts';
import { guardarLexiconDe, lexiconDeFuentes } from './ocr/lexicon.ts';
import { parse } from './parse.ts';
import { esFuente, read, rutaDelTextoExtraido, textoExtraido, type OpcionesDeLectura } from './read.ts';

export interface Rutas {
  /** content/sources: the manuals and their catalog entries. */
  fuentes: string;
  /** content: where the collections go. */
  contenido: string;
}

export interface DocumentoIngerido {
  catalogo: Catalogo;
  unidades: number;
  funciones: number;
}

export interface Ingesta {
  documentos: DocumentoIngerido[];
  informes: Informe[];
  /** Every generated file, path relative to the content directory. */
  archivos: ArchivoGenerado[];
  /** Open data files, path relative to the data directory (datos/). */
  datos: ArchivoGenerado[];
  /** Bytes of source text and time spent parsing (read to report), for the figures. */
  bytes: number;
  parseMs: number;
  /** Catalog entries inferred for sources that have none (the CLI says so; `organica add` writes them). */
  inferidos: Catalogo[];
}

/**
 * Ingests the whole corpus in memory: every source with its catalog entries.
 * Nothing is written here, so a bad file leaves the site as it was.
 */
export async function ingestCorpus(
  rutas: Rutas,
  onDocument: (documento: DocumentoIngerido, ms: number) => void = () => {},
  lectura: (archivo: string) => OpcionesDeLectura = () => ({}),
): Promise<Ingesta> {
  const catalogs = await loadCatalogs(rutas.fuentes);
  // Text, PDF, Word and HTML sources; never a catalog entry, and never an extracted text (those live in content/informes/).
  const sources = (await readdir(rutas.fuentes)).filter(esFuente).sort();
  const ingesta: Ingesta = { documentos: [], informes: [], archivos: [], datos: [], bytes: 0, parseMs: 0, inferidos: [] };
  for (const catalogo of catalogs) {
    if (!sources.includes(catalogo.archivo)) {
      throw new IngestError(`${catalogo.institucion.id}-${catalogo.id}.yaml`, 1, `el archivo «${catalogo.archivo}» no está en ${rutas.fuentes}.`);
    }
  }
  // A scan's words are repaired, and its unit names checked, against the corpus's own born-digital texts.
  const lexicon = () => lexiconDeFuentes(rutas.fuentes);
  for (const archivo of sources) {
    const source = await read(join(rutas.fuentes, archivo), archivo, lectura(archivo));
    // The text read from a PDF or Word file is committed beside the reports: a new edition is a text diff, and ingest --check covers it.
    const extraido = textoExtraido(source);
    if (extraido !== null) ingesta.archivos.push({ ruta: rutaDelTextoExtraido(archivo), contenido: extraido });
    const started = performance.now();
    const { estructuras, informe } = parse(source, { lexicon });
    const ms = performance.now() - started;
    ingesta.parseMs += ms;
    ingesta.bytes += Buffer.byteLength(source.lines.map((line) => line.texto).join('\n'));
    ingesta.informes.push(informe);
    // A source dropped in without a catalog entry still publishes: its entry is inferred from the text.
    const propias = catalogs.filter((catalogo) => catalogo.archivo === archivo);
    const inferidas = propias.length === 0 ? implicitCatalogs(estructuras.map((estructura) => estructura.documento), archivo, source.lines, [...catalogs, ...ingesta.inferidos]) : [];
    ingesta.inferidos.push(...inferidas);
    const entries = propias.length > 0 ? propias : inferidas;
    for (const [i, estructura] of estructuras.entries()) {
      const sameFamily = estructuras.slice(0, i).filter((other) => other.documento.familia === estructura.documento.familia).length;
      const catalogo = entries.filter((entry) => entry.familia === estructura.documento.familia)[sameFamily];
      if (!catalogo) {
        throw new IngestError(
          archivo,
          estructura.documento.fuente.desde,
          `contiene un documento de la familia «${estructura.documento.familia}» («${estructura.documento.titulo}») que ningún catálogo describe; añada su entrada en content/sources/.`,
        );
      }
      const dir = `${catalogo.institucion.id}/${catalogo.id}`;
      const previo = await loadRegistry(join(rutas.contenido, dir, '_registro.yaml'), `${dir}/_registro.yaml`);
      const emision = emit(estructura.documento, catalogo, previo);
      ingesta.archivos.push(...emision.archivos);
      ingesta.datos.push({ ruta: `${dir}.json`, contenido: `${JSON.stringify(emision.datos)}\n` });
      const documento = {
        catalogo,
        unidades: estructura.documento.unidades.length,
        funciones: estructura.documento.unidades.reduce((sum, unidad) => sum + unidad.funciones.length, 0),
      };
      ingesta.documentos.push(documento);
      onDocument(documento, ms);
    }
    for (const entry of entries) {
      if (!ingesta.documentos.some((documento) => documento.catalogo === entry)) {
        throw new IngestError(archivo, 1, `el catálogo describe un documento de la familia «${entry.familia}» que no se reconoce en el texto.`);
      }
    }
  }
  ingesta.archivos.push(
    ...ingesta.informes.map((informe) => ({ ruta: `informes/${basename(informe.archivo, '.txt')}.json`, contenido: `${JSON.stringify(informe, null, 2)}\n` })),
  );
  const indice: IndiceDatos = {
    documentos: ingesta.documentos.map(({ catalogo, unidades, funciones }) => ({
      id: catalogo.id,
      institucion: catalogo.institucion,
      titulo: catalogo.titulo,
      familia: catalogo.familia,
      url: urls.documento(catalogo),
      datos: `datos/${catalogo.institucion.id}/${catalogo.id}.json`,
      unidades,
      funciones,
    })),
  };
  ingesta.datos.push({ ruta: 'index.json', contenido: `${JSON.stringify(indice, null, 2)}\n` });
  // What the lexicon learned (dictionary verdicts, name lookups) goes to the tool cache: faster next time, same output.
  guardarLexiconDe(rutas.fuentes);
  return ingesta;
}
