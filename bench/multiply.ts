/**
 * The corpus multiplier: k copies of the generated content tree, each copy a
 * new set of institutions, so a k-times corpus builds k times the pages with
 * no URL, id or name colliding.
 *
 *   node bench/multiply.ts --factor 10 [--from content] [--to .cache/bench/x10/content]
 *
 * Copy 1 is the corpus as it is; copy k >= 2 renames every institution id
 * (`imss` -> `imss-copia2`, so URLs become `/imss-copia2/uit/...`) and
 * suffixes the names a reader sees (institution, siglas, short title, unit
 * names: `Coordinación de Integridad Institucional (copia 2)`). Document ids,
 * unit slugs, bodies and official titles stay: a procedure's base normativa
 * cites manuals by official title, and resolves to the manual of its own
 * institution, so each copy links within itself as the original does.
 *
 * The transform is pure (`copyContentFile`, tested in tests/bench/); only the
 * CLI at the bottom reads and writes. Frontmatter is re-serialized the way
 * the ingest writes it (scripts/ingest/markdown.ts `yamlFile`).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { yamlFile } from '../scripts/ingest/markdown.ts';

/** `imss` -> `imss-copia2` for copy 2; copy 1 keeps the id. */
export function institutionOfCopy(id: string, copy: number): string {
  return copy === 1 ? id : `${id}-copia${copy}`;
}

/** `Dirección General` -> `Dirección General (copia 2)` for copy 2. */
export function nameOfCopy(name: string, copy: number): string {
  return copy === 1 ? name : `${name} (copia ${copy})`;
}

/** `IMSS` -> `IMSS-2`: siglas sort and show in breadcrumbs, so they must differ too. */
export function siglasOfCopy(siglas: string, copy: number): string {
  return copy === 1 ? siglas : `${siglas}-${copy}`;
}

/**
 * The original a copied id comes from: `imss-copia2/uit/direccion-general` ->
 * `imss/uit/direccion-general` (used to fill a chart cache from the original
 * drawings, see bench/scale.ts).
 */
export function originalOf(id: string): string {
  return id.replace(/^([^/]+?)-copia\d+(?=\/|$)/, '$1');
}

/** A file of the content tree, path relative to the tree's root (`imss/uit/index.md`). */
export interface ContentFile {
  path: string;
  text: string;
}

/** Content files the site reads: `<institucion>/<documento>/*.md` and `_registro.yaml`. */
export function isSiteContent(path: string): boolean {
  return /^[^/]+\/[^/]+\/([^/]+\.md|_registro\.yaml)$/.test(path) && !/^(sources|informes)\//.test(path);
}

const frontmatterPattern = /^---\n([\s\S]*?\n)---\n/;

/**
 * Copy `copy` of one content file, or null for a file the site does not
 * read (ingest reports, sources).
 *
 * > | imss/uit/index.md            institucion: { id: imss, nombre: Instituto..., siglas: IMSS }
 *     -> imss-copia2/uit/index.md  institucion: { id: imss-copia2, nombre: Instituto... (copia 2), siglas: IMSS-2 }
 * > | imss/uit/direccion.md        documento: imss/uit, institucion: imss, nombre: Dirección
 *     -> imss-copia2/uit/direccion.md  documento: imss-copia2/uit, institucion: imss-copia2, nombre: Dirección (copia 2)
 */
export function copyContentFile(file: ContentFile, copy: number): ContentFile | null {
  if (!isSiteContent(file.path)) return null;
  if (!Number.isInteger(copy) || copy < 1) throw new RangeError(`copy must be an integer >= 1, got ${copy}`);
  const [institution, ...rest] = file.path.split('/');
  const path = [institutionOfCopy(institution ?? '', copy), ...rest].join('/');
  if (copy === 1) return { path, text: file.text };

  if (file.path.endsWith('/_registro.yaml')) {
    const registro = parseYaml(file.text, { version: '1.1' }) as { unidades?: { nombre: string }[] };
    for (const entrada of registro.unidades ?? []) entrada.nombre = nameOfCopy(entrada.nombre, copy);
    return { path, text: yamlFile(registro) };
  }

  const match = frontmatterPattern.exec(file.text);
  if (!match) throw new Error(`${file.path}: no frontmatter; expected the file to start with a \`---\` line, as the ingest writes it.`);
  const data = parseYaml(match[1] ?? '', { version: '1.1' }) as Record<string, unknown>;
  const body = file.text.slice(match[0].length);
  if (file.path.endsWith('/index.md')) {
    const inst = data['institucion'] as { id: string; nombre: string; siglas: string };
    data['institucion'] = { ...inst, id: institutionOfCopy(inst.id, copy), nombre: nameOfCopy(inst.nombre, copy), siglas: siglasOfCopy(inst.siglas, copy) };
    data['tituloCorto'] = nameOfCopy(String(data['tituloCorto']), copy);
  } else {
    const [docInstitution, document] = String(data['documento']).split('/');
    data['documento'] = `${institutionOfCopy(docInstitution ?? '', copy)}/${document}`;
    data['institucion'] = institutionOfCopy(String(data['institucion']), copy);
    data['nombre'] = nameOfCopy(String(data['nombre']), copy);
  }
  return { path, text: `---\n${yamlFile(data)}---\n${body}` };
}

/**
 * Copy `copy` of a file of content/sources/, so the ingest itself can be
 * timed on a k-times corpus: a manual `X.txt` becomes `X-copia2.txt` (same
 * text), and its catalog entry renames the institution as `copyContentFile`
 * does and points at the renamed manual. Other files: null.
 *
 * > | imss-uit.yaml  institucion: { id: imss, ... }, archivo: imss-uit-manual-organizacion.txt
 *     -> imss-uit-copia2.yaml  institucion: { id: imss-copia2, ... }, archivo: imss-uit-manual-organizacion-copia2.txt
 */
export function copySourceFile(file: ContentFile, copy: number): ContentFile | null {
  const renamed = (name: string) => (copy === 1 ? name : name.replace(/(\.[a-z]+)$/, `-copia${copy}$1`));
  if (file.path.includes('/')) return null;
  if (file.path.endsWith('.txt')) return { path: renamed(file.path), text: file.text };
  if (!/\.ya?ml$/.test(file.path)) return null;
  if (copy === 1) return file;
  const catalog = parseYaml(file.text) as Record<string, unknown>;
  const inst = catalog['institucion'] as { id: string; nombre: string; siglas: string };
  catalog['institucion'] = { ...inst, id: institutionOfCopy(inst.id, copy), nombre: nameOfCopy(inst.nombre, copy), siglas: siglasOfCopy(inst.siglas, copy) };
  catalog['tituloCorto'] = nameOfCopy(String(catalog['tituloCorto']), copy);
  catalog['archivo'] = renamed(String(catalog['archivo']));
  return { path: renamed(file.path), text: yamlFile(catalog) };
}

/** Writes copies 1..factor of the manuals and catalogs in `from` (content/sources) to `to` (emptied first). */
export async function writeMultipliedSources(from: string, factor: number, to: string): Promise<number> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  const files: ContentFile[] = [];
  for (const name of (await readdir(from)).sort()) files.push({ path: name, text: await readFile(join(from, name), 'utf8') });
  let written = 0;
  for (let copy = 1; copy <= factor; copy++) {
    for (const file of files) {
      const copied = copySourceFile(file, copy);
      if (!copied) continue;
      await writeFile(join(to, copied.path), copied.text);
      written++;
    }
  }
  return written;
}

/** Every site content file under `root`, paths relative to it, sorted. */
export async function readContentTree(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const institution of (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const document of (await readdir(join(root, institution), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      for (const name of (await readdir(join(root, institution, document))).sort()) {
        const path = `${institution}/${document}/${name}`;
        if (isSiteContent(path)) files.push({ path, text: await readFile(join(root, path), 'utf8') });
      }
    }
  }
  return files;
}

/** Writes copies 1..factor of `files` under `to` (emptied first); returns how many files were written. */
export async function writeMultiplied(files: readonly ContentFile[], factor: number, to: string): Promise<number> {
  await rm(to, { recursive: true, force: true });
  let written = 0;
  for (let copy = 1; copy <= factor; copy++) {
    for (const file of files) {
      const copied = copyContentFile(file, copy);
      if (!copied) continue;
      await mkdir(dirname(join(to, copied.path)), { recursive: true });
      await writeFile(join(to, copied.path), copied.text);
      written++;
    }
  }
  return written;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { factor: { type: 'string', default: '10' }, from: { type: 'string', default: 'content' }, to: { type: 'string' } },
  });
  const factor = Number(values.factor);
  if (!Number.isInteger(factor) || factor < 1) {
    console.error(`multiply: --factor must be an integer >= 1, got ${values.factor}`);
    return 2;
  }
  const to = values.to ?? `.cache/bench/x${factor}/content`;
  const files = await readContentTree(values.from);
  const written = await writeMultiplied(files, factor, to);
  const pages = files.filter((f) => f.path.endsWith('.md')).length * factor;
  console.log(`multiply: ${factor} copies of ${values.from}/ (${files.length} files) -> ${to}/: ${written} files, ${pages} Markdown pages`);
  return 0;
}

if (import.meta.main) {
  process.exitCode = await main();
}
