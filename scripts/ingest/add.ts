import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { IngestError } from '../../src/model/index.ts';
import { loadCatalogs } from './catalog.ts';
import { implicitCatalogs } from './implicit-catalog.ts';
import { yamlFile } from './markdown.ts';
import { lexiconDeFuentes } from './ocr/lexicon.ts';
import { parse } from './parse.ts';
import { read, type OpcionesDeLectura } from './read.ts';

/** What `organica add` did: where the source and each inferred entry went. */
export interface Agregado {
  fuente: string;
  /** Each catalog entry written, with the path. */
  catalogos: { ruta: string; yaml: string }[];
}

/**
 * `organica add FILE`: puts a document into content/sources/ with a catalog
 * entry inferred from its text (institution and siglas as the text names
 * them, title, dates), written as YAML for the user to correct. Refuses to
 * overwrite a different source or an existing entry, or to add a file that
 * already has one: the user's corrections are never lost.
 */
export async function agregar(file: string, fuentes: string, lectura: OpcionesDeLectura = {}): Promise<Agregado> {
  const archivo = basename(file);
  const source = await read(resolve(file), archivo, lectura);
  const { estructuras } = parse(source, { lexicon: () => lexiconDeFuentes(fuentes) });
  const destino = join(fuentes, archivo);
  const yaEsta = await readFile(destino).catch(() => null);
  if (yaEsta !== null && resolve(destino) !== resolve(file) && !yaEsta.equals(await readFile(file))) {
    throw new IngestError(archivo, 1, `ya hay otro archivo con ese nombre en ${fuentes}; renombre uno de los dos.`);
  }
  // Every entry is checked before anything is written: a refusal leaves the folder as it was.
  const existentes = await loadCatalogs(fuentes).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const propia = existentes.find((catalogo) => catalogo.archivo === archivo);
  if (propia) {
    throw new IngestError(archivo, 1, `ya tiene entrada de catálogo en ${fuentes} (id «${propia.id}»); no se sobrescribe: corríjala ahí, o bórrela para inferirla de nuevo.`);
  }
  // An id another document of the institution has gets the next free one, as in the ingest.
  const catalogos = implicitCatalogs(
    estructuras.map(({ documento }) => documento),
    archivo,
    source.lines,
    existentes,
  ).map((catalogo) => ({
    ruta: join(fuentes, `${catalogo.institucion.id}-${catalogo.id}.yaml`),
    yaml: `# Entrada inferida del texto de ${archivo}: revísela y corríjala. Esquema: src/model/catalogo.ts\n${yamlFile(catalogo)}`,
  }));
  for (const { ruta } of catalogos) {
    if (await readFile(ruta).catch(() => null)) {
      throw new IngestError(ruta, 1, `ya existe; no se sobrescribe una entrada de catálogo (bórrela o cambie su «id» si es de otro documento).`);
    }
  }
  await mkdir(fuentes, { recursive: true });
  if (resolve(destino) !== resolve(file)) await copyFile(file, destino);
  for (const { ruta, yaml } of catalogos) await writeFile(ruta, yaml);
  return { fuente: destino, catalogos };
}
