import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { sumarArchivo } from './huella.ts';

/**
 * The code a step runs, named by a digest that is the same on every clone:
 * the project's modules its entry points import, transitively, and the
 * locked packages they import, with the packages those depend on. What
 * `npm run ingest` writes into its manifest (content/_ingesta.json), so a
 * clone knows from committed data whether the committed content is what
 * this code makes.
 *
 * > | modulosDe('.', ['scripts/ingest/corpus.ts'])
 *     -> { archivos: ['scripts/ingest/catalog.ts', ..., 'src/model/index.ts', ...],
 *          paquetes: ['yaml', 'zod', ...] }
 *
 * Narrower than a folder on purpose: a change to the site's own code in
 * src/lib, or a new version of Astro, leaves the ingest's digest alone.
 */

/**
 * Module specifiers in a TypeScript file: `from '…'` (imports and
 * re-exports, type-only ones too), `import '…'`, `import('…')`, and
 * `require('…')`/`require.resolve('…')` of packages loaded at run time.
 * A path built at run time is not seen: a module loaded that way must be
 * imported somewhere else too, or named as an entry point.
 */
const especificador = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|\b(?:require|resolve)\(\s*['"]([^'"]+)['"]/g;

export interface Modulos {
  /** Project files, `/`-separated and relative to the root, sorted. */
  archivos: string[];
  /** Package names imported by those files (`yaml`, `@xmldom/xmldom`), sorted; `node:` built-ins left out. */
  paquetes: string[];
}

/** The files `entradas` import, transitively (themselves included), and the packages they import. */
export async function modulosDe(raiz: string, entradas: readonly string[]): Promise<Modulos> {
  const { bytes, paquetes } = await leerModulos(raiz, entradas);
  return { archivos: [...bytes.keys()].sort(), paquetes };
}

/** `modulosDe`, with each file's bytes as read to follow its imports. */
async function leerModulos(raiz: string, entradas: readonly string[]): Promise<{ bytes: Map<string, Buffer>; paquetes: string[] }> {
  const archivos = new Map<string, Buffer>();
  const paquetes = new Set<string>();
  const pendientes = [...entradas];
  for (let ruta = pendientes.pop(); ruta !== undefined; ruta = pendientes.pop()) {
    if (archivos.has(ruta)) continue;
    const bytes = await readFile(join(raiz, ruta)).catch((error: NodeJS.ErrnoException) => {
      // A path in a comment's example, not a module: nothing runs it.
      if (error.code === 'ENOENT' && !entradas.includes(ruta)) return null;
      throw error;
    });
    if (bytes === null) continue;
    archivos.set(ruta, bytes);
    for (const m of bytes.toString('utf8').matchAll(especificador)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      if (spec.startsWith('.')) pendientes.push(normalize(join(dirname(ruta), spec)).split('\\').join('/'));
      else if (!spec.startsWith('node:') && !spec.includes(':')) paquetes.add(nombreDePaquete(spec));
    }
  }
  return { bytes: archivos, paquetes: [...paquetes].sort() };
}

/** `@xmldom/xmldom/lib/x.js` -> `@xmldom/xmldom`; `pdfjs-dist/legacy/build/pdf.mjs` -> `pdfjs-dist`. */
function nombreDePaquete(spec: string): string {
  const partes = spec.split('/');
  return (spec.startsWith('@') ? partes.slice(0, 2) : partes.slice(0, 1)).join('/');
}

interface EntradaDeLock {
  version?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * The lockfile entries of `paquetes` and of everything they depend on, as
 * `node_modules/<ruta>@<version> <integrity>` lines, sorted: resolved as
 * Node does, from the package's own node_modules/ up to the root's. A name
 * the lockfile does not have (a types-only import such as `mdast`) is left out.
 */
export function paquetesBloqueados(lock: { packages: Record<string, EntradaDeLock> }, paquetes: readonly string[]): string[] {
  const vistos = new Set<string>();
  const resolver = (desde: string, nombre: string): string | null => {
    for (let dir = desde; ; ) {
      const clave = `${dir ? `${dir}/` : ''}node_modules/${nombre}`;
      if (lock.packages[clave]) return clave;
      if (!dir) return null;
      const corte = dir.lastIndexOf('/node_modules/');
      dir = corte === -1 ? '' : dir.slice(0, corte);
    }
  };
  const pendientes = paquetes.map((nombre) => resolver('', nombre)).filter((clave): clave is string => clave !== null);
  for (let clave = pendientes.pop(); clave !== undefined; clave = pendientes.pop()) {
    if (vistos.has(clave)) continue;
    vistos.add(clave);
    const entrada = lock.packages[clave]!;
    const dependencias = { ...entrada.peerDependencies, ...entrada.optionalDependencies, ...entrada.dependencies };
    for (const nombre of Object.keys(dependencias)) {
      const dependencia = resolver(clave, nombre);
      if (dependencia) pendientes.push(dependencia);
    }
  }
  return [...vistos].sort().map((clave) => `${clave}@${lock.packages[clave]!.version ?? ''} ${lock.packages[clave]!.integrity ?? ''}`);
}

/**
 * sha256 of a step's code: the paths and bytes of the project files
 * `entradas` import, transitively, and the locked packages they and
 * `paquetesExtra` (say `node`, the pinned runtime) depend on.
 */
export async function huellaDeModulos(raiz: string, entradas: readonly string[], paquetesExtra: readonly string[] = []): Promise<string> {
  const { bytes, paquetes } = await leerModulos(raiz, entradas);
  const lock = JSON.parse(await readFile(join(raiz, 'package-lock.json'), 'utf8')) as { packages: Record<string, EntradaDeLock> };
  const hash = createHash('sha256');
  for (const ruta of [...bytes.keys()].sort()) sumarArchivo(hash, ruta, bytes.get(ruta)!);
  for (const linea of paquetesBloqueados(lock, [...paquetes, ...paquetesExtra])) hash.update(`${linea}\n`);
  return hash.digest('hex');
}
