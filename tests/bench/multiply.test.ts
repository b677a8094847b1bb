import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFile } from 'node:fs/promises';
import { copyContentFile, copySourceFile, originalOf, readContentTree, type ContentFile } from '../../bench/multiply.ts';

const files = await readContentTree('content');
const frontmatter = (text: string) => parseYaml(/^---\n([\s\S]*?\n)---\n/.exec(text)?.[1] ?? '', { version: '1.1' }) as Record<string, unknown>;
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
const changedLines = (a: string, b: string) => {
  const left = a.split('\n');
  const right = b.split('\n');
  expect(right.length).toBe(left.length);
  return left.flatMap((line, i) => (line === right[i] ? [] : [`${line} => ${right[i]}`]));
};

describe('the corpus multiplier', () => {
  it('reads the real content tree: every unit page, overview and registry, no ingest report', () => {
    expect(files.filter((f) => f.path.endsWith('/index.md')).length).toBe(6);
    expect(files.filter((f) => f.path.endsWith('.md')).length).toBeGreaterThan(600);
    expect(files.some((f) => f.path.startsWith('informes/') || f.path.startsWith('sources/'))).toBe(false);
  });

  it('leaves copy 1 byte-identical', () => {
    for (const file of files) expect(copyContentFile(file, 1)).toEqual(file);
  });

  it('moves copy 3 of every file under a renamed institution and changes only ids and visible names', () => {
    const paths = new Set<string>();
    for (const file of files) {
      const copy = copyContentFile(file, 3) as ContentFile;
      const [institution, ...rest] = file.path.split('/');
      expect(copy.path).toBe([`${institution}-copia3`, ...rest].join('/'));
      paths.add(copy.path);
      // Only the renamed fields' lines differ: the frontmatter is written as the ingest writes it.
      for (const change of changedLines(file.text, copy.text)) {
        expect(change).toMatch(/^\s*(- )?(id|nombre|siglas|tituloCorto|documento|institucion): .* => \s*(- )?\2: /);
      }
      if (file.path.endsWith('.md')) expect(body(copy.text)).toBe(body(file.text));
    }
    expect(paths.size).toBe(files.length);
  });

  it('renames a unit page so its document and institution point at the copy', () => {
    const unit = files.find((f) => f.path === 'imss/uit/coordinacion-de-integridad-institucional.md')!;
    const data = frontmatter(copyContentFile(unit, 2)!.text);
    expect(data).toMatchObject({
      documento: 'imss-copia2/uit',
      institucion: 'imss-copia2',
      nombre: 'Coordinación de Integridad Institucional (copia 2)',
      padre: 'unidad-de-integridad-y-transparencia',
    });
  });

  it('renames the institution of a document overview and suffixes its short title, keeping the official title', () => {
    const overview = files.find((f) => f.path === 'issste/mog/index.md')!;
    const original = frontmatter(overview.text);
    const data = frontmatter(copyContentFile(overview, 7)!.text);
    expect(data['institucion']).toMatchObject({ id: 'issste-copia7', siglas: 'ISSSTE-7' });
    expect(data['titulo']).toBe(original['titulo']);
    expect(data['tituloCorto']).toBe(`${String(original['tituloCorto'])} (copia 7)`);
  });

  it('skips files the site does not read and refuses a copy number below 1', () => {
    expect(copyContentFile({ path: 'informes/imss-uit.json', text: '{}' }, 2)).toBeNull();
    expect(() => copyContentFile(files[0]!, 0)).toThrow(RangeError);
  });

  it('maps a copied id back to its original', () => {
    expect(originalOf('imss-bienestar-copia12/estatuto/coordinacion-de-accion-comunitaria')).toBe('imss-bienestar/estatuto/coordinacion-de-accion-comunitaria');
    expect(originalOf('imss/uit')).toBe('imss/uit');
  });

  it('copies a manual and its catalog entry for the ingest under a renamed institution and file name', async () => {
    const catalog = { path: 'imss-moimss.yaml', text: await readFile('content/sources/imss-moimss.yaml', 'utf8') };
    const copied = copySourceFile(catalog, 4)!;
    expect(copied.path).toBe('imss-moimss-copia4.yaml');
    expect(parseYaml(copied.text)).toMatchObject({
      id: 'moimss',
      institucion: { id: 'imss-copia4', siglas: 'IMSS-4' },
      archivo: 'imss-moimss-dof-2022-y-estatuto-imss-bienestar-copia4.txt',
    });
    expect(copySourceFile({ path: 'imss-uit-manual-organizacion.txt', text: 'x' }, 4)).toEqual({ path: 'imss-uit-manual-organizacion-copia4.txt', text: 'x' });
  });
});
