import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, esFuente, read } from '../../scripts/ingest/read.ts';
import { IngestError } from '../../src/model/index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

function errorOf(action: () => unknown): IngestError {
  try {
    action();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('decode', () => {
  it('numbers lines from 1 and keeps them whole', () => {
    const source = decode('a.txt', bytes('uno\r\ndos\n\ntres'));
    expect(source.lines).toEqual([
      { n: 1, texto: 'uno' },
      { n: 2, texto: 'dos' },
      { n: 3, texto: '' },
      { n: 4, texto: 'tres' },
    ]);
  });

  it('composes accents typed as two code points (NFC)', () => {
    expect(decode('a.txt', bytes('Direccio\u0301n')).lines[0]?.texto).toBe('Dirección');
  });

  it('refuses an empty file naming it', () => {
    expect(errorOf(() => decode('vacio.txt', new Uint8Array())).toString()).toBe('vacio.txt:1: el archivo está vacío; se esperaba el texto de un manual.');
  });

  it('refuses a file of blank lines', () => {
    expect(errorOf(() => decode('blancos.txt', bytes('\n  \n\t\n'))).message).toMatch(/solo contiene espacios/);
  });

  it('refuses a binary file', () => {
    expect(errorOf(() => decode('x.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))).message).toMatch(/binario/);
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const latin1 = new Uint8Array([...bytes('bien\notra\n'), 0x44, 0x69, 0x72, 0x65, 0x63, 0x63, 0x69, 0xf3, 0x6e]);
    const error = errorOf(() => decode('latin1.txt', latin1));
    expect(error.linea).toBe(3);
    expect(error.message).toMatch(/UTF-8/);
  });
});

describe('read', () => {
  async function written(name: string, bytes: Uint8Array): Promise<string> {
    const path = join(await mkdtemp(join(tmpdir(), 'organica-read-')), name);
    await writeFile(path, bytes);
    return path;
  }

  it('reads a file of any other extension as UTF-8 text', async () => {
    const source = await read(await written('manual.md', bytes('# Manual\nuno')), 'manual.md');
    expect(source.lines.map((line) => line.texto)).toEqual(['# Manual', 'uno']);
    expect(source.formato).toBeUndefined();
  });

  it('refuses a Word 97-2003 file, saying to save it as .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(read(await written('manual.doc', ole), 'manual.doc')).rejects.toThrow(/Word 97-2003 .*guárdelo como \.docx/);
  });

  it('refuses a missing file naming it', async () => {
    await expect(read('/no/existe.pdf', 'existe.pdf')).rejects.toThrow(/el archivo no existe/);
  });

  it('takes text, PDF, Word and HTML files as sources, and no catalog entry', () => {
    expect(['a.txt', 'b.PDF', 'c.docx', 'd.html', 'e.htm', 'f.yaml', 'g.doc', 'h.json'].filter(esFuente)).toEqual(['a.txt', 'b.PDF', 'c.docx', 'd.html', 'e.htm']);
  });
});
