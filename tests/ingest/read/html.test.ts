import { describe, expect, it } from 'vitest';
import { lineasDeHtml } from '../../../scripts/ingest/read/html-lines.ts';
import { readHtml } from '../../../scripts/ingest/read/html.ts';

describe('readHtml (a page of the DOF)', () => {
  it('honours the declared windows-1252 charset and gives a line per paragraph and table row', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><script>var x = 1;</script></head><body>' +
      '<p align="center"><b>MANUAL de Organización General</b></p><p>Artículo 1.-&nbsp;&nbsp;La <i>Dirección</i><br>General.</p>' +
      '<table><tr><td>ELABORÓ:</td><td>REVISÓ:</td></tr></table></body></html>';
    const bytes = Uint8Array.from([...page].map((char) => char.charCodeAt(0)));
    const source = readHtml('dof.html', bytes);
    expect(source.formato).toBe('html');
    expect(source.lines.map((line) => line.texto)).toEqual(['MANUAL de Organización General', '', 'Artículo 1.- La Dirección', 'General.', '', 'ELABORÓ:   REVISÓ:']);
  });

  it('reads a page without a declared charset as UTF-8 when it is', () => {
    expect(readHtml('a.html', new TextEncoder().encode('<p>Dirección</p>')).lines[0]?.texto).toBe('Dirección');
  });
});

describe('lineasDeHtml', () => {
  it('indents nested list items and keeps a list without blank lines between its items', () => {
    expect(lineasDeHtml('<p>Funciones:</p><ol><li>I. Uno<ol><li>a) Sub</li></ol></li><li>II. Dos</li></ol><p>Fin.</p>')).toEqual([
      'Funciones:', '', 'I. Uno', '    a) Sub', 'II. Dos', '', 'Fin.',
    ]);
  });
});
