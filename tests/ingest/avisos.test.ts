import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { avisador } from '../../scripts/ingest/avisos.ts';
import { parse } from '../../scripts/ingest/parse.ts';
import { read } from '../../scripts/ingest/read.ts';
import { reglas, type Aviso, type Regla } from '../../src/model/index.ts';

const root = join(import.meta.dirname, '../..');
const corpusDev = join(root, '../shared/corpus-dev');
const textos = [
  ...readdirSync(join(root, 'content/sources'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(root, 'content/sources', name)),
  ...(existsSync(corpusDev) ? readdirSync(corpusDev).filter((name) => name.endsWith('.txt')).map((name) => join(corpusDev, name)) : []),
];

/** Every TypeScript file of the ingest, as text. */
function fuentesDeLaIngesta(dir = join(root, 'scripts/ingest')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fuentesDeLaIngesta(path);
    return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the rule registry', () => {
  it('gives every message of the shipped and development corpora a registered rule, with that rule’s severity', async () => {
    const vistas = new Set<Regla>();
    for (const path of textos) {
      const { informe } = parse(await read(path, path.split('/').at(-1)));
      for (const aviso of informe.avisos) {
        expect(Object.hasOwn(reglas, aviso.regla), `${aviso.archivo}:${aviso.linea} ${aviso.regla}`).toBe(true);
        expect(aviso.nivel, `${aviso.archivo}:${aviso.linea} ${aviso.regla}`).toBe(reglas[aviso.regla].nivel);
        vistas.add(aviso.regla);
      }
    }
    // The corpora raise messages at all, so the loop above checked something.
    expect(vistas.size).toBeGreaterThan(5);
  });

  it('lists only rules the ingest raises somewhere', () => {
    const fuentes = fuentesDeLaIngesta().join('\n');
    // A rule named whole (`'funcion-vacia'`), or by a template that ends it (`numeracion-de-${que}`).
    const prefijos = [...fuentes.matchAll(/`([a-z-]+)\$\{/g)].map((match) => match[1] ?? '');
    const sinUso = Object.keys(reglas).filter((regla) => !fuentes.includes(`'${regla}'`) && !prefijos.some((prefijo) => regla.startsWith(prefijo)));
    expect(sinUso).toEqual([]);
  });

  it('says in one line what each rule means', () => {
    for (const [regla, { significa }] of Object.entries(reglas)) {
      expect(significa, regla).toMatch(/^\S.*\S$/u);
      expect(significa, regla).not.toContain('\n');
    }
  });
});

describe('avisador', () => {
  it('raises a message with its file, its line and the severity its rule has in the registry', () => {
    const avisos: Aviso[] = [];
    const avisar = avisador('manual.txt', avisos);
    avisar('funcion-vacia', 12, 'la función 3 no tiene texto.');
    avisar('sin-articulos', 1, 'el estatuto no tiene ningún «Artículo N.».');
    expect(avisos).toEqual([
      { archivo: 'manual.txt', linea: 12, nivel: 'aviso', regla: 'funcion-vacia', mensaje: 'la función 3 no tiene texto.' },
      { archivo: 'manual.txt', linea: 1, nivel: 'error', regla: 'sin-articulos', mensaje: 'el estatuto no tiene ningún «Artículo N.».' },
    ]);
  });
});
