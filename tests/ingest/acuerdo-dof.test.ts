import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../scripts/ingest/normalize/index.ts';
import { decode } from '../../scripts/ingest/read.ts';
import { findAcuerdos, leerNotaAlPie, numeroVolado, parseAcuerdo } from '../../scripts/ingest/constructs/acuerdo-dof.ts';
import { acuerdoSchema, type Line } from '../../src/model/index.ts';
import { fechaEnEspanol } from '../../scripts/ingest/constructs/fechas.ts';

const sources = join(import.meta.dirname, '../../content/sources');
const fixtures = join(import.meta.dirname, '../fixtures/issste');
const issste = 'issste-manual-organizacion-general.txt';
const moimss = 'imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt';

function lines(dir: string, archivo: string): Line[] {
  return normalize(decode(archivo, readFileSync(join(dir, archivo)))).lines;
}

/** Each acuerdo of a text, read from the span `findAcuerdos` gives it. */
function acuerdosDe(archivo: string, all: readonly Line[]) {
  return findAcuerdos(all).map(({ desde, hasta }) => parseAcuerdo(archivo, all.slice(desde, hasta + 1)));
}

describe('fechaEnEspanol', () => {
  it.each([
    ['30 de diciembre de 2010', '2010-12-30'],
    ['FECHA DE EXPEDICIÓN: 24 DE DICIEMBRE DE 2010', '2010-12-24'],
    ['FECHA DE ENTRADA EN VIGOR: 1º DE ABRIL DE 2011', '2011-04-01'],
    ['publicado en el Diario Oficial de la Federación el 13 de noviembre 2006;', '2006-11-13'],
    ['Ciudad de México, a 4 de abril de 2018.-', '2018-04-04'],
  ])('reads «%s» as %s', (texto, fecha) => {
    expect(fechaEnEspanol(texto)).toBe(fecha);
  });

  it.each(['31 de febrero de 2019', '12 de brumario de 2010', 'sin fecha'])('gives null for «%s»', (texto) => {
    expect(fechaEnEspanol(texto)).toBeNull();
  });
});

describe('footnotes', () => {
  it('reads superscript numbers of one and two digits', () => {
    expect(numeroVolado('⁵')).toBe(5);
    expect(numeroVolado('¹²')).toBe(12);
    expect(leerNotaAlPie({ n: 803, texto: '¹² Modificación publicada en el Diario Oficial de la Federación el 11 de julio de 2018.' })).toEqual({
      numero: 12,
      texto: 'Modificación publicada en el Diario Oficial de la Federación el 11 de julio de 2018.',
      linea: 803,
    });
    expect(leerNotaAlPie({ n: 1, texto: '1. Planear las pruebas;' })).toBeNull();
  });
});

describe('findAcuerdos', () => {
  it('finds the five printings of acuerdos at the top of the ISSSTE manual, each from its heading to its signature and footnotes', () => {
    const all = lines(sources, issste);
    expect(findAcuerdos(all).map(({ desde, hasta }) => [all[desde]?.n, all[hasta]?.n])).toEqual([
      [3, 43],
      [97, 167],
      [169, 209],
      [211, 249],
      [251, 289],
    ]);
  });

  it('finds the MOIMSS acuerdo of the H. Consejo Técnico, and stops at its signature before the manual', () => {
    const all = lines(sources, moimss);
    expect(findAcuerdos(all).map(({ desde, hasta }) => [all[desde]?.n, all[hasta]?.n])).toEqual([[1, 19]]);
  });

  it('takes no heading inside an acuerdo or in the card for a new acuerdo', () => {
    // The operative headings (`ACUERDO POR EL QUE SE MODIFICA ...`, line 23) and the card's entries (line 69) have no margin note under them.
    const all = lines(sources, issste);
    const starts = findAcuerdos(all).map(({ desde }) => all[desde]?.n);
    for (const heading of [23, 69, 77, 89, 101, 119, 187, 229, 269]) expect(starts).not.toContain(heading);
  });

  it.each(['imss-uit-manual-organizacion.txt', 'imss-procedimiento-0508-003-001.txt'])('finds none in %s', (archivo) => {
    expect(findAcuerdos(lines(sources, archivo))).toEqual([]);
  });
});

describe('parseAcuerdo', () => {
  it('reads the acuerdo that issued the ISSSTE manual', () => {
    const [, expide] = acuerdosDe(issste, lines(sources, issste));
    expect(expide?.avisos).toEqual([]);
    const acuerdo = expide?.acuerdo;
    expect(() => acuerdoSchema.parse(acuerdo)).not.toThrow();
    expect(acuerdo).toMatchObject({
      titulo: 'Acuerdo por el que se expide el Manual de Organización General del Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado',
      numero: null,
      accion: 'expide',
      fecha: '2010-12-24',
      publicacionDof: '2010-12-30',
      firmante: 'Jesús Villalobos López',
      materia: null,
      fuente: { archivo: issste, desde: 97, hasta: 167 },
    });
    expect(acuerdo?.texto[0]).toMatch(/^Al margen un sello con el Escudo Nacional/);
    expect(acuerdo?.texto).toContain('CONSIDERANDO');
    // Bullets unwrapped, footnote kept out of the text.
    expect(acuerdo?.texto).toContain('I. Manual de Organización del Sistema Integral de Tiendas y Farmacias, publicado en el Diario Oficial de la Federación el 24 de octubre de 2003;');
    expect(acuerdo?.texto.some((p) => p.startsWith('¹'))).toBe(false);
    expect(expide?.colocadas.get(127)).toBe('acuerdo-dof');
  });

  it('joins the paragraph that the page footnote cut, and takes the publication date from that footnote', () => {
    const [, , actualiza] = acuerdosDe(issste, lines(sources, issste));
    expect(actualiza?.acuerdo.publicacionDof).toBe('2017-07-12');
    expect(actualiza?.acuerdo.texto).toContain(
      'PRIMERO.- La actualización al Manual de Organización General del Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado, en la parte relativa a las Direcciones de Prestaciones Económicas, Sociales y Culturales, de Finanzas, de Administración, de Delegaciones, y de Comunicación Social, entrarán en vigor al día siguiente de la publicación del presente Acuerdo en el Diario Oficial de la Federación.',
    );
  });

  it('reads the DOF print of an acuerdo, with its issuer heading and registry number, and no publication date', () => {
    const [dof] = acuerdosDe(issste, lines(sources, issste));
    expect(dof?.acuerdo).toMatchObject({ accion: 'modifica', fecha: '2018-06-22', publicacionDof: null, firmante: 'Florentino Castro López', materia: 'la Unidad de Desarrollo Institucional' });
    expect(dof?.acuerdo.texto[0]).toBe('INSTITUTO DE SEGURIDAD Y SERVICIOS SOCIALES DE LOS TRABAJADORES DEL ESTADO');
    expect(dof?.acuerdo.texto.at(-1)).toBe('(R.- 470061)');
  });

  it('reads the MOIMSS acuerdo: its number, what it does, date and signer', () => {
    const [moi] = acuerdosDe(moimss, lines(sources, moimss));
    expect(moi?.avisos).toEqual([]);
    expect(moi?.acuerdo).toMatchObject({
      numero: 'ACDO.SA2.HCT.281122/336.P.DA',
      accion: 'actualiza',
      fecha: '2022-11-28',
      publicacionDof: null,
      firmante: 'Lic. Marcos Bucio Mújica',
      materia: null,
      fuente: { archivo: moimss, desde: 1, hasta: 19 },
    });
    expect(moi?.acuerdo.titulo).toMatch(/^ACUERDO Número ACDO\.SA2\.HCT\.281122\/336\.P\.DA dictado por el H\. Consejo Técnico/);
  });

  it('places every non-blank line it is given', () => {
    const all = lines(sources, issste);
    for (const { desde, hasta } of findAcuerdos(all)) {
      const slice = all.slice(desde, hasta + 1);
      const { colocadas } = parseAcuerdo(issste, slice);
      expect([...colocadas]).toEqual(slice.filter((line) => line.texto.trim() !== '').map((line) => [line.n, 'acuerdo-dof']));
    }
  });

  it('reports, without throwing, an acuerdo with no signature line', () => {
    const { acuerdo, avisos } = parseAcuerdo('acuerdo-sin-firma.txt', lines(fixtures, 'acuerdo-sin-firma.txt'));
    expect(acuerdo).toMatchObject({ accion: 'expide', fecha: null, firmante: null, fuente: { desde: 1, hasta: 11 } });
    expect(avisos.map((a) => `${a.archivo}:${a.linea} ${a.regla}`)).toEqual(['acuerdo-sin-firma.txt:11 acuerdo-sin-firma']);
  });

  it('reports a title with no known action, a footnote call with no footnote and an impossible date', () => {
    const { acuerdo, avisos } = parseAcuerdo('acuerdo-raro.txt', lines(fixtures, 'acuerdo-raro.txt'));
    expect(acuerdo).toMatchObject({ accion: 'otra', fecha: null, firmante: 'Ana María Ruiz Soto', publicacionDof: null });
    expect(acuerdo.titulo).toBe('ACUERDO por el que se da a conocer el Manual de Organización del Instituto de Pruebas');
    expect(avisos.map((a) => `${a.linea} ${a.regla}`).sort()).toEqual(['1 acuerdo-sin-accion', '1 nota-al-pie-sin-texto', '7 fecha-invalida']);
  });

  it('reads lines that are not an acuerdo at all without throwing', () => {
    const { acuerdo, avisos } = parseAcuerdo('x.txt', [{ n: 4, texto: 'Texto cualquiera.' }]);
    expect(acuerdo.titulo).toBe('Texto cualquiera');
    expect(avisos.map((a) => a.regla)).toEqual(['acuerdo-sin-titulo', 'acuerdo-sin-firma']);
    expect(parseAcuerdo('x.txt', []).acuerdo.fuente).toEqual({ archivo: 'x.txt', desde: 1, hasta: 1 });
  });
});
