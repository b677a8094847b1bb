import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { raiz } from '../browser/sitio.ts';

/**
 * Valid HTML gate: the Nu Html Checker (vnu-jar, needs Java) over every page
 * of the real build. Zero errors.
 */

const { dir } = inject('sitio');
const vnu = join(raiz, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface MensajeVnu {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function paginas(carpeta: string): string[] {
  return readdirSync(carpeta, { withFileTypes: true, recursive: true })
    .filter((entrada) => entrada.isFile() && entrada.name.endsWith('.html'))
    .map((entrada) => join(entrada.parentPath, entrada.name));
}

describe('the Nu Html Checker', () => {
  it('finds no error in any page of the site', async () => {
    const total = paginas(dir).length;
    expect(total).toBeGreaterThan(1000);
    let salida: string;
    try {
      // Exit code 1 when it finds errors: the JSON on stderr says which.
      ({ stderr: salida } = await promisify(execFile)('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'json', dir], { maxBuffer: 256 * 1024 * 1024 }));
    } catch (error) {
      const { code, stderr } = error as { code?: number | string; stderr?: string };
      if (code === 'ENOENT') throw new Error('Java no está instalado (apt-get install default-jre-headless): la validación HTML lo necesita.', { cause: error });
      salida = stderr ?? '';
    }
    const { messages } = JSON.parse(salida) as { messages: MensajeVnu[] };
    const errores = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${relative(dir, fileURLToPath(m.url))}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` «${m.extract.trim().slice(0, 120)}»` : ''}`);
    expect(errores.slice(0, 50), `${errores.length} errores en ${total} páginas`).toEqual([]);
  }, 240_000);
});
