import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { IngestError, lugar } from '../../../src/model/index.ts';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '../../../bin/organica.js');
const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/read', name);

async function organica(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('organica parse with a PDF, a scan or a Word file', () => {
  it('prints the model of a manual read from a PDF', async () => {
    const { code, stdout } = await organica(['parse', fixture('imss-uit-manual-organizacion.pdf')]);
    expect(code).toBe(0);
    const datos = JSON.parse(stdout) as { unidades: { fuente: { archivo: string; paginas?: { desde: number } } }[] };
    expect(datos.unidades).toHaveLength(17);
    expect(datos.unidades[0]?.fuente.archivo).toBe('imss-uit-manual-organizacion.pdf');
    expect(datos.unidades[0]?.fuente.paginas?.desde).toBeGreaterThan(1);
  });

  it('prints the text it read with --texto', async () => {
    const { code, stdout } = await organica(['parse', '--texto', fixture('listas.docx')]);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain('    a) los funcionales;');
  });

  it('exits 2 naming the packages to install when a scan needs OCR and tesseract is missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'organica-sin-ocr-'));
    const { code, stdout, stderr } = await organica(['parse', fixture('escaneado.pdf')], { ...process.env, PATH: empty });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^escaneado\.pdf:1 \(p\. 1\): la página 1 no tiene capa de texto .*`apt-get install tesseract-ocr tesseract-ocr-spa poppler-utils`\.\n$/);
  });

  it.each([
    ['cifrado.pdf', /^cifrado\.pdf:1: el PDF está cifrado con contraseña/],
    ['saltos.pdf', /^saltos\.pdf:1: no se reconoce ningún manual/],
  ])('exits 2 with the file named and no stack trace for %s', async (name, message) => {
    const { code, stderr } = await organica(['parse', fixture(name)]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('lugar', () => {
  it('says file:line, and the page in parentheses when there is one', () => {
    expect(lugar('manual.txt', 412)).toBe('manual.txt:412');
    expect(lugar('manual.pdf', 1204, 37)).toBe('manual.pdf:1204 (p. 37)');
    expect(new IngestError('manual.pdf', 1204, 'falta algo.', 37).toString()).toBe('manual.pdf:1204 (p. 37): falta algo.');
  });
});
