import { relative } from 'node:path';
import { guardarRegistro, huella, huellaDeCodigo, leerRegistro } from '../huella.ts';

/**
 * Whether the ingest has anything to do: its last run records digests of
 * what it read (sources, its code) and of what it wrote; `organica build`
 * skips the ingest while both still match. Kept apart from the pipeline so
 * checking costs no loading of it.
 */

export interface CarpetasIngesta {
  /** content/sources: manuals and catalogs. */
  fuentes: string;
  /** content: the collections and reports. */
  contenido: string;
  /** public/datos: the open data. */
  datos: string;
}

/**
 * Generated files in the content folder: what the ingest owns there (and
 * removes when it no longer makes them): the collections, the registries, the
 * reports and the text extracted from PDF and Word sources.
 */
export const generadoEnContenido = (ruta: string) => /\.md$|\/_registro\.yaml$|^informes\/.*\.(?:json|txt)$/.test(ruta);
export const generadoEnDatos = (ruta: string) => ruta.endsWith('.json');

/**
 * What the ingest reads besides the sources: its code, the model, the
 * shared helpers and the locked dependencies (the dictionary, the slugger).
 * Broader than strictly needed (src/lib also holds site code): a site change
 * costs one needless ingest, never a stale one.
 */
const codigoDeIngesta = ['scripts/ingest', 'scripts/huella.ts', 'src/model', 'src/lib', 'package-lock.json'];

const clave = (options: CarpetasIngesta) => `${options.fuentes}|${options.contenido}|${options.datos}`;

interface Huellas {
  entradas: string;
  salidas: string;
}

async function huellas(options: CarpetasIngesta): Promise<Huellas> {
  const fuentesEnContenido = `${relative(options.contenido, options.fuentes)}/`;
  const [fuentes, codigo, contenido, datos] = await Promise.all([
    huella(options.fuentes, ['.']),
    huellaDeCodigo(codigoDeIngesta),
    huella(options.contenido, ['.'], (ruta) => generadoEnContenido(ruta) && !ruta.startsWith(fuentesEnContenido)),
    huella(options.datos, ['.'], generadoEnDatos),
  ]);
  return { entradas: `${fuentes}:${codigo}`, salidas: `${contenido}:${datos}` };
}

export async function registrarIngesta(options: CarpetasIngesta): Promise<void> {
  await guardarRegistro('ingesta', clave(options), await huellas(options));
}

/**
 * True when the last `organica ingest` with these folders read the same
 * sources and code and its outputs are still as it left them: running it
 * again would write nothing. False on a fresh clone (no record: the open
 * data in public/datos/ is not versioned) or after any change.
 */
export async function ingestaAlDia(options: CarpetasIngesta): Promise<boolean> {
  const anterior = await leerRegistro<Huellas>('ingesta', clave(options));
  if (!anterior) return false;
  const actual = await huellas(options);
  return actual.entradas === anterior.entradas && actual.salidas === anterior.salidas;
}
