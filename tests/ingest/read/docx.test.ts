import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { read } from '../../../scripts/ingest/read.ts';
import { formatear, numerosDeParrafos } from '../../../scripts/ingest/read/docx-numbering.ts';
import { IngestError } from '../../../src/model/index.ts';

/** listas.docx: made by the `docx` library with real Word numbering (tests/fixtures/read/generar.ts). */
const fixture = new URL('../../fixtures/read/listas.docx', import.meta.url).pathname;

describe('read (Word .docx)', () => {
  it('prints the numbers Word shows: fracciones, nested incisos, a list restarted, bullets', async () => {
    const source = await read(fixture, 'listas.docx');
    expect(source.formato).toBe('docx');
    expect(source.lines.map((line) => line.texto)).toEqual([
      'REGLAMENTO INTERIOR DE LA DIRECCIÓN DE PRUEBAS',
      '',
      'CAPÍTULO I',
      '',
      'Artículo 1.- Corresponde a la Dirección de Pruebas el ejercicio de las atribuciones siguientes:',
      '',
      'I. Coordinar la verificación de los sistemas;',
      'II. Definir los criterios de aceptación, en particular:',
      '    a) los funcionales;',
      '    b) los de seguridad, y',
      'III. Dar seguimiento a las observaciones.',
      '',
      'Subdirección de Calidad',
      '',
      'Funciones:',
      '',
      '1. Proponer mejoras a los procesos de verificación.',
      '2. Mantener actualizado el registro de los casos de prueba.',
      '',
      'Departamento de Pruebas Funcionales',
      '',
      'Funciones:',
      '',
      '1. Ejecutar los casos de prueba.',
      '2. Informar los resultados.',
      '',
      'Marco jurídico:',
      '',
      '• Ley Orgánica de la Administración Pública Federal.',
      '• Reglamento Interior.',
      '',
      'ELABORÓ:   REVISÓ:   APROBÓ:',
      'ANA LÓPEZ   JUAN RUIZ   LAURA GÓMEZ',
    ]);
    expect(source.lines.every((line) => line.pagina === undefined)).toBe(true);
  });

  it('refuses a damaged .docx naming the file', async () => {
    const { readDocx } = await import('../../../scripts/ingest/read/docx.ts');
    await expect(readDocx('roto.docx', new TextEncoder().encode('PK\u0003\u0004 no es un zip'))).rejects.toThrow(IngestError);
    await expect(readDocx('roto.docx', new TextEncoder().encode('PK\u0003\u0004 no es un zip'))).rejects.toThrow(/dañado/);
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml');
const parrafo = (numId: string, ilvl = 0, style = '') =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;

describe('numerosDeParrafos', () => {
  const numbering = xml(`<w:numbering ${W}>
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
  </w:numbering>`);

  it('counts multilevel numbers, restarting the levels below', () => {
    const doc = xml(`<w:document ${W}><w:body>${parrafo('1')}${parrafo('1', 1)}${parrafo('1', 1)}${parrafo('1')}${parrafo('1', 1)}${parrafo('')}</w:body></w:document>`);
    expect(numerosDeParrafos(doc, numbering, null)).toEqual(['1.', '1.1.', '1.2.', '2.', '2.1.', null]);
  });

  it('continues a list whose instance shares the definition, and restarts one that overrides its start', () => {
    const doc = xml(`<w:document ${W}><w:body>${parrafo('1')}${parrafo('1')}${parrafo('2')}${parrafo('3')}${parrafo('3')}</w:body></w:document>`);
    expect(numerosDeParrafos(doc, numbering, null)).toEqual(['1.', '2.', '3.', '1.', '2.']);
  });

  it("starts where the level says and takes the numbering of a paragraph's style", () => {
    const styles = xml(`<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="Inciso"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="IncisoHijo"><w:basedOn w:val="Inciso"/></w:style>
    </w:styles>`);
    const doc = xml(`<w:document ${W}><w:body>${parrafo('', 0, 'Inciso')}${parrafo('', 0, 'IncisoHijo')}</w:body></w:document>`);
    expect(numerosDeParrafos(doc, numbering, styles)).toEqual(['E)', 'F)']);
  });
});

describe('formatear', () => {
  it("writes Word's formats", () => {
    expect([formatear(14, 'upperRoman'), formatear(9, 'lowerRoman'), formatear(28, 'upperLetter'), formatear(2, 'lowerLetter'), formatear(7, 'decimalZero'), formatear(3, 'ordinal'), formatear(3, 'chicago')]).toEqual([
      'XIV', 'ix', 'BB', 'b', '07', '3º', '3',
    ]);
  });
});
