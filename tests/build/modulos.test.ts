import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huellaDeModulos, modulosDe, paquetesBloqueados } from '../../scripts/modulos.ts';

/** The digest of a step's code: its modules, found by their imports, and its locked packages. */

let raiz = '';
const lock = {
  packages: {
    '': {},
    'node_modules/yaml': { version: '2.9.1', integrity: 'sha512-y' },
    'node_modules/mammoth': { version: '1.13.0', integrity: 'sha512-m', dependencies: { jszip: '^3', argparse: '~1' } },
    'node_modules/jszip': { version: '3.10.1', integrity: 'sha512-j' },
    // mammoth's own copy shadows the root's.
    'node_modules/mammoth/node_modules/argparse': { version: '1.0.10', integrity: 'sha512-a1' },
    'node_modules/argparse': { version: '2.0.1', integrity: 'sha512-a2' },
    'node_modules/astro': { version: '7.3.4', integrity: 'sha512-x' },
  },
};

async function escribir(ruta: string, texto: string): Promise<void> {
  await mkdir(join(raiz, ruta, '..'), { recursive: true });
  await writeFile(join(raiz, ruta), texto);
}

beforeAll(async () => {
  raiz = await mkdtemp(join(tmpdir(), 'modulos-'));
  await escribir('package-lock.json', JSON.stringify(lock));
  await escribir(
    'scripts/ingest/corpus.ts',
    [
      "import { parse } from 'yaml';",
      "import type { Unidad } from '../../src/model/unidad.ts';",
      'import {',
      '  emit,',
      "} from './emit.ts';",
      "export * from './tipos.ts';",
      "const lector = () => import('./read/docx.ts');",
      "import { readFile } from 'node:fs/promises';",
      "/** > | import('./ejemplo-en-un-comentario.ts') */",
    ].join('\n'),
  );
  await escribir('scripts/ingest/emit.ts', "import { slug } from '../../src/lib/urls.ts';\n");
  await escribir('scripts/ingest/tipos.ts', 'export type X = 1;\n');
  await escribir('scripts/ingest/read/docx.ts', "const mammoth = require('mammoth');\n");
  await escribir('src/model/unidad.ts', "import { z } from 'zod';\n");
  await escribir('src/lib/urls.ts', 'export const slug = 1;\n');
  await escribir('src/lib/paginas.ts', "import 'astro';\n");
});
afterAll(() => rm(raiz, { recursive: true, force: true }));

describe('modulosDe', () => {
  it('follows static, type-only, re-exported, dynamic and required imports, and nothing else', async () => {
    expect(await modulosDe(raiz, ['scripts/ingest/corpus.ts'])).toEqual({
      archivos: ['scripts/ingest/corpus.ts', 'scripts/ingest/emit.ts', 'scripts/ingest/read/docx.ts', 'scripts/ingest/tipos.ts', 'src/lib/urls.ts', 'src/model/unidad.ts'],
      paquetes: ['mammoth', 'yaml', 'zod'],
    });
  });
});

describe('paquetesBloqueados', () => {
  it('lists the packages and what they depend on, resolved as Node does, and leaves out what the lockfile lacks', () => {
    expect(paquetesBloqueados(lock, ['mammoth', 'yaml', 'zod'])).toEqual([
      'node_modules/jszip@3.10.1 sha512-j',
      'node_modules/mammoth@1.13.0 sha512-m',
      'node_modules/mammoth/node_modules/argparse@1.0.10 sha512-a1',
      'node_modules/yaml@2.9.1 sha512-y',
    ]);
  });
});

describe('huellaDeModulos', () => {
  it('changes with a module the step imports or a package it uses, not with code it does not import', async () => {
    const antes = await huellaDeModulos(raiz, ['scripts/ingest/corpus.ts']);
    await escribir('src/lib/paginas.ts', "import 'astro';\nexport const otra = 2;\n");
    await escribir('package-lock.json', JSON.stringify({ packages: { ...lock.packages, 'node_modules/astro': { version: '7.4.0', integrity: 'sha512-z' } } }));
    expect(await huellaDeModulos(raiz, ['scripts/ingest/corpus.ts'])).toBe(antes);
    await escribir('package-lock.json', JSON.stringify({ packages: { ...lock.packages, 'node_modules/jszip': { version: '3.10.2', integrity: 'sha512-k' } } }));
    const otroPaquete = await huellaDeModulos(raiz, ['scripts/ingest/corpus.ts']);
    expect(otroPaquete).not.toBe(antes);
    await escribir('src/lib/urls.ts', 'export const slug = 2;\n');
    expect(await huellaDeModulos(raiz, ['scripts/ingest/corpus.ts'])).not.toBe(otroPaquete);
  });
});
