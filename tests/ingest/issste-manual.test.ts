import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { issteManual } from '../../scripts/ingest/families/issste-manual.ts';
import { normalize } from '../../scripts/ingest/normalize/index.ts';
import { decode } from '../../scripts/ingest/read.ts';
import type { Estructura } from '../../scripts/ingest/recognizer.ts';
import { report } from '../../scripts/ingest/report.ts';
import { documentoSchema, type Aviso, type Informe, type NormalizedText, type SourceText, type Unidad } from '../../src/model/index.ts';

const sources = join(import.meta.dirname, '../../content/sources');
const fixtures = join(import.meta.dirname, '../fixtures/issste');
const issste = 'issste-manual-organizacion-general.txt';

interface Leido {
  source: SourceText;
  text: NormalizedText;
  estructura: Estructura;
  informe: Informe;
}

function source(dir: string, archivo: string): SourceText {
  return decode(archivo, readFileSync(join(dir, archivo)));
}

/** A text read the way the pipeline reads it: from the start `inicios` gives, then the report of what was placed. */
function leer(dir: string, archivo: string): Leido {
  const src = source(dir, archivo);
  const text = normalize(src);
  const start = issteManual.inicios(text.lines)[0];
  if (start === undefined) throw new Error(`${archivo}: no ISSSTE manual found`);
  const estructura = issteManual.estructurar({ familia: 'manual-issste', archivo, lines: text.lines.slice(start), ocr: false, notas: [] });
  return { source: src, text, estructura, informe: report(src, text, [estructura]) };
}

/** The source line `n` as printed, without its item number: what a function's text starts with. */
function itemText(src: SourceText, n: number): string {
  return (src.lines[n - 1]?.texto ?? '').trim().replace(/^(?:-\s+)?(?:\d+\.\s+)?/, '');
}

function byRule(avisos: readonly Aviso[], regla: string): Aviso[] {
  return avisos.filter((aviso) => aviso.regla === regla);
}

describe('issteManual.inicios', () => {
  it('finds the manual at the DOF heading of the first acuerdo that amends it, line 3', () => {
    const text = normalize(source(sources, issste));
    const starts = issteManual.inicios(text.lines);
    expect(starts).toHaveLength(1);
    const line = text.lines[starts[0] ?? -1];
    expect(line?.n).toBe(3);
    expect(line?.texto).toBe('INSTITUTO DE SEGURIDAD Y SERVICIOS SOCIALES DE LOS TRABAJADORES DEL ESTADO');
  });

  it.each(['imss-uit-manual-organizacion.txt', 'imss-doye-manual-organizacion-ocr.txt', 'imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt', 'imss-procedimiento-0508-003-001.txt'])(
    'claims nothing in %s',
    (archivo) => {
      expect(issteManual.inicios(normalize(source(sources, archivo)).lines)).toEqual([]);
    },
  );

  it('claims nothing in a text with `Objetivo:` and `Funciones:` but no numbered unit heading', () => {
    expect(issteManual.inicios(normalize(source(fixtures, 'no-es-manual.txt')).lines)).toEqual([]);
  });

  it('recognizes the manual by its content, whatever the file is called', () => {
    const renamed = decode('manual.txt', readFileSync(join(sources, issste)));
    expect(issteManual.inicios(normalize(renamed).lines)).toHaveLength(1);
  });
});

describe('the ISSSTE Manual de Organización General', () => {
  let leido: Leido;
  let unidades: Map<string, Unidad>;
  const unidad = (clave: string): Unidad => {
    const found = unidades.get(clave);
    if (!found) throw new Error(`no unit ${clave}`);
    return found;
  };

  beforeAll(() => {
    leido = leer(sources, issste);
    unidades = new Map(leido.estructura.documento.unidades.map((u) => [u.clave, u]));
  });

  it('is a valid document of the manual-issste family', () => {
    const { documento } = leido.estructura;
    expect(() => documentoSchema.parse(documento)).not.toThrow();
    expect(documento.familia).toBe('manual-issste');
    expect(documento.titulo).toBe('Manual de Organización General del Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado');
    expect(documento.institucion).toBe('Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado');
    expect(documento.fuente).toEqual({ archivo: issste, desde: 3, hasta: 16991 });
  });

  it('places every body line: none is left unplaced', () => {
    expect(leido.informe.sinUbicar).toEqual([]);
  });

  it('has exactly 553 units, in document order, with unique numerals', () => {
    const { unidades: list } = leido.estructura.documento;
    expect(list).toHaveLength(553);
    expect(list.map((u) => u.orden)).toEqual(list.map((_, i) => i));
    expect(new Set(list.map((u) => u.clave)).size).toBe(553);
    expect(list.every((u) => u.clave === u.numeral)).toBe(true);
    expect(list[0]?.nombre).toBe('Secretaría General');
    expect(list.at(-1)?.numeral).toBe('10.1.6.3');
  });

  it('gives every unit an objective and at least one function, numbered 1..N', () => {
    for (const u of leido.estructura.documento.unidades) {
      expect(u.objetivo, u.clave).toMatch(/\S/);
      expect(u.funciones.length, u.clave).toBeGreaterThan(0);
      expect(u.funciones.map((f) => f.n)).toEqual(u.funciones.map((_, i) => i + 1));
    }
    expect(leido.estructura.documento.unidades.reduce((sum, u) => sum + u.funciones.length, 0)).toBe(5451);
  });

  it('prints names as the source does, without the closing period', () => {
    expect(unidad('1.2.1').nombre).toBe('Jefatura de Servicios de Incorporación y Vigencia de Derechos');
    expect(unidad('10.1.2').nombre).toBe('Jefatura de Servicios de Evaluación y Mejora del Desempeño Institucional');
    expect(unidad('5.7.3.3').nombre).toBe('Departamento “C” de Presupuesto de Áreas Centrales');
    expect(leido.estructura.documento.unidades.filter((u) => u.nombre.endsWith('.'))).toEqual([]);
  });

  it.each([
    ['1', 'Secretaría General', 30, 2527, 2577],
    ['1.2.1', 'Jefatura de Servicios de Incorporación y Vigencia de Derechos', 8, 2799, 2806],
    ['2', 'Dirección Médica', 30, 4200, 4248],
    ['2.1', 'Subdirección de Gestión y Evaluación en Salud', 21, 4258, 4289],
    ['4.1', 'Tesorería General', 17, 7341, 7380],
    ['10.1.6.3', 'Departamento de Implementación de Mejora de Procesos', 12, 16900, 16911],
  ])('reads %s %s: %i functions, the first and last as the source prints them', (clave, nombre, total, primera, ultima) => {
    const u = unidad(clave);
    expect(u.nombre).toBe(nombre);
    expect(u.funciones).toHaveLength(total);
    expect(u.funciones[0]?.linea).toBe(primera);
    expect(u.funciones[0]?.texto).toBe(itemText(leido.source, primera));
    expect(u.funciones.at(-1)?.linea).toBe(ultima);
    expect(u.funciones.at(-1)?.texto).toBe(itemText(leido.source, ultima));
  });

  it('reads the first function of 1.2.1 word for word', () => {
    expect(unidad('1.2.1').funciones[0]?.texto).toBe('Coordinar el proceso de afiliación de los Trabajadores que operan las Delegaciones;');
  });

  it('joins a function cut by a page break (2, function 14: page 84 to 85, lines 4213 and 4223)', () => {
    const f = unidad('2').funciones[13];
    expect(f?.linea).toBe(4213);
    expect(f?.texto).toBe(
      `${itemText(leido.source, 4213)} ${itemText(leido.source, 4223).replace(/^-\s+/, '')}`,
    );
    expect(f?.texto).toMatch(/que deberán aplicarse en los procesos de selección del personal directivo de las Unidades y Subdelegaciones Médicas, .*competentes;$/);
    expect(unidad('2').funciones[14]?.texto).toMatch(/^Planear, normar, coordinar y evaluar las acciones de formación/);
  });

  it('numbers the items of 2.1 that lost their numbers and joins the one a page break cut', () => {
    const fs = unidad('2.1').funciones;
    expect(fs[0]?.texto).toMatch(/^Determinar y establecer la metodología/);
    expect(fs[12]?.texto).toMatch(/para el diseño, implementación, administración y operación de los sistemas de información y comunicaciones con los que deberán operar las Delegaciones/);
    expect(fs[13]?.texto).toMatch(/^Dirigir la integración de los informes de cumplimiento/);
  });

  it('keeps sub-items inside the function that announces them', () => {
    const pensiones = unidad('3').funciones[0]?.texto;
    expect(pensiones).toMatch(/para: a\) La concesión de pensiones derivadas .* b\) La concesión de las pensiones derivadas de las Cuentas Individuales/);
    expect(unidad('3').funciones[1]?.texto).toMatch(/^Dictaminar, conceder, negar/);
    const inversiones = unidad('4').funciones[16]?.texto;
    expect(inversiones).toMatch(/^Cumplir con lo que establece el artículo 244 de la Ley, a través de las siguientes funciones: Proponer al Comité de Inversiones/);
    expect(inversiones).toMatch(/Las demás que le señalen los reglamentos, .* el Comité de Inversiones\.$/);
    expect(unidad('4').funciones[17]?.texto).toMatch(/^Atender y representar al Instituto ante las instituciones del sistema financiero/);
  });

  it('reads a number printed twice (`- 10.10.`) as function 10, and says so', () => {
    expect(unidad('2.0.1.3').funciones[9]).toMatchObject({ n: 10, linea: 5294, texto: expect.stringMatching(/^Elaborar los informes, reportes/) });
    expect(byRule(leido.estructura.avisos, 'numero-de-funcion-repetido').map((a) => a.linea)).toEqual([5294]);
  });

  it('gives each unit its kind', () => {
    const tipos = new Map<string, number>();
    for (const u of leido.estructura.documento.unidades) tipos.set(u.tipo, (tipos.get(u.tipo) ?? 0) + 1);
    expect(Object.fromEntries(tipos)).toEqual({
      'Secretaría General': 1,
      Prosecretaría: 1,
      Subdirección: 28,
      'Jefatura de Servicios': 121,
      Departamento: 379,
      Unidad: 2,
      Coordinación: 9,
      Dirección: 8,
      Subcoordinación: 3,
      Tesorería: 1,
    });
    expect(unidad('1.2.1').tipo).toBe('Jefatura de Servicios');
    expect(unidad('4.1').tipo).toBe('Tesorería');
    expect(unidad('7.1').tipo).toBe('Subcoordinación');
  });

  it('hangs each unit from its numeral, staff units (`N.0.k`, `N.M.0.k`) from the unit before the 0', () => {
    expect(unidad('1.2.1').padre).toBe('1.2');
    expect(unidad('1.2').padre).toBe('1');
    expect(unidad('1.0.1').padre).toBe('1');
    expect(unidad('1.0.1.1').padre).toBe('1.0.1');
    expect(unidad('3.0.1').padre).toBe('3');
    expect(unidad('5.3.0.1').padre).toBe('5.3');
    expect(unidad('4.0.3.3').padre).toBe('4.0.3');
    for (const u of leido.estructura.documento.unidades) if (u.padre !== null) expect(unidades.has(u.padre), u.clave).toBe(true);
  });

  it('puts the ten top units at the first level, 10.1 with a note since the manual never describes a 10', () => {
    const raices = leido.estructura.documento.unidades.filter((u) => u.padre === null).map((u) => u.clave);
    expect(raices).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10.1']);
    expect(unidad('10.1').notas).toEqual(['el manual no describe la unidad 10, superior de 10.1 por su numeral; se publica en el primer nivel']);
    expect(byRule(leido.estructura.avisos, 'superior-inexistente').map((a) => a.linea)).toEqual([16176]);
  });

  it('dates the amendment of a unit marked (M) in the contents with its footnote', () => {
    expect(unidad('2').modificacion).toEqual({ publicacion: '2018-05-09', nota: 'Modificación publicada en el Diario Oficial de la Federación el 9 de mayo de 2018.' });
    expect(unidad('2').notas).toEqual([]);
    expect(unidad('8.1').modificacion?.publicacion).toBe('2018-07-11');
    expect(unidad('10.1').modificacion?.publicacion).toBe('2018-07-11');
  });

  it('extends a mark to the units below it, with a note, and not to the units beside it', () => {
    expect(unidad('2.0.1.3').modificacion?.publicacion).toBe('2018-05-09');
    expect(unidad('2.0.1.3').notas).toEqual(['modificación heredada de 2, que lleva la marca (M) en el índice']);
    expect(unidad('8.1.3.2').modificacion?.publicacion).toBe('2018-07-11');
    expect(unidad('8.2').modificacion).toBeUndefined();
    expect(unidad('8').modificacion).toBeUndefined();
    expect(unidad('1.2.1').modificacion).toBeUndefined();
    const porFecha = new Map<string, number>();
    for (const u of leido.estructura.documento.unidades) if (u.modificacion) porFecha.set(u.modificacion.publicacion, (porFecha.get(u.modificacion.publicacion) ?? 0) + 1);
    expect(Object.fromEntries(porFecha)).toEqual({ '2017-07-12': 337, '2018-05-09': 39, '2018-07-11': 45 });
  });

  it('dates the manual and its amendments', () => {
    expect(leido.estructura.documento.fechas).toEqual({ expedicion: '2010-12-24', publicacion: '2010-12-30', modificaciones: ['2017-07-12', '2018-05-09', '2018-07-11'] });
  });

  it('keeps the four DOF acuerdos, the one printed twice once', () => {
    const { acuerdos } = leido.estructura.documento;
    expect(acuerdos.map(({ texto, titulo, ...rest }) => ({ ...rest, titulo: titulo.slice(0, 40), parrafos: texto.length }))).toEqual([
      {
        titulo: 'ACUERDO por el que se modifica el Manual',
        numero: null,
        accion: 'modifica',
        fecha: '2018-06-22',
        publicacionDof: '2018-07-11',
        firmante: 'Florentino Castro López',
        materia: 'la Unidad de Desarrollo Institucional',
        fuente: { archivo: issste, desde: 3, hasta: 43 },
        parrafos: 20,
      },
      {
        titulo: 'Acuerdo por el que se expide el Manual d',
        numero: null,
        accion: 'expide',
        fecha: '2010-12-24',
        publicacionDof: '2010-12-30',
        firmante: 'Jesús Villalobos López',
        materia: null,
        fuente: { archivo: issste, desde: 97, hasta: 167 },
        parrafos: 43,
      },
      {
        titulo: 'Acuerdo por el que se actualiza el Manua',
        numero: null,
        accion: 'actualiza',
        fecha: '2017-04-11',
        publicacionDof: '2017-07-12',
        firmante: 'José Reyes Baeza Terrazas',
        materia: 'las Direcciones de Prestaciones Económicas, Sociales y Culturales, de Finanzas, de Administración, de Delegaciones y de Comunicación Social',
        fuente: { archivo: issste, desde: 169, hasta: 209 },
        parrafos: 18,
      },
      {
        titulo: 'Acuerdo por el que se actualiza el Manua',
        numero: null,
        accion: 'actualiza',
        fecha: '2018-04-04',
        publicacionDof: '2018-05-09',
        firmante: 'Florentino Castro López',
        materia: 'la Dirección Médica',
        fuente: { archivo: issste, desde: 211, hasta: 249 },
        parrafos: 18,
      },
    ]);
    expect(acuerdos[1]?.titulo).toBe('Acuerdo por el que se expide el Manual de Organización General del Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado');
    expect(acuerdos[1]?.texto).toContain('TRANSITORIOS');
    expect(byRule(leido.estructura.avisos, 'acuerdo-repetido').map((a) => a.linea)).toEqual([251]);
  });

  it('lays out the overview in source order', () => {
    const secciones = leido.estructura.documento.secciones.map((s) => [s.numero, s.titulo.slice(0, 40), s.tipo, s.fuente.desde]);
    expect(secciones).toEqual([
      [null, 'FICHA TÉCNICA', 'otra', 45],
      [null, 'CÉDULA DE ACTUALIZACIÓN', 'otra', 293],
      [null, 'Contenido', 'indice', 675],
      ['I', 'Introducción', 'introduccion', 813],
      ['II', 'Antecedentes', 'antecedentes', 821],
      ['III', 'Marco Jurídico', 'marco-juridico', 935],
      ['IV', 'Estructura Orgánica', 'estructura', 979],
      ['V', 'Diagrama de Organización', 'organigrama', 2113],
      [null, 'TRANSITORIOS DEL ACUERDO POR EL QUE SE E', 'otra', 16921],
      [null, 'TRANSITORIOS DEL ACUERDO POR EL QUE SE A', 'otra', 16974],
    ]);
  });

  it('reads the Marco Jurídico as a list of instruments, each with the line that dates it', () => {
    const marco = leido.estructura.documento.secciones.find((s) => s.tipo === 'marco-juridico');
    const items = marco?.bloques.flatMap((b) => (b.tipo === 'lista' ? b.items.map((i) => i.texto) : []));
    expect(items).toHaveLength(8);
    expect(items?.[0]).toBe('Constitución Política de los Estados Unidos Mexicanos. Promulgada el día 5 de febrero de 1917 y sus reformas.');
    expect(marco?.bloques.filter((b) => b.tipo === 'parrafo').map((b) => (b.tipo === 'parrafo' ? b.texto : ''))).toEqual(['Leyes:', 'Otras disposiciones:']);
  });

  it('keeps the tables of posts of the org-chart pages as rows of the organigrama section', () => {
    const organigrama = leido.estructura.documento.secciones.find((s) => s.tipo === 'organigrama');
    const filas = organigrama?.bloques.flatMap((b) => (b.tipo === 'lista' ? b.items.map((i) => i.texto) : [])) ?? [];
    expect(filas).toContain('1 | COORDINADOR GENERAL | MCS | 1');
    expect(filas).toContain('N.O. | DENOMINACIÓN DEL PUESTO | G.G.N. | CANTIDAD');
  });

  it('cross-checks "IV. Estructura Orgánica" against the units described, one Aviso per difference', () => {
    const avisos = byRule(leido.estructura.avisos, 'estructura-vs-funciones');
    expect(avisos.map((a) => a.linea)).toEqual([4497, 5765, 5822, 5892, 11458, 14226, 15885, 16856, 6622]);
    expect(avisos.every((a) => a.archivo === issste)).toBe(true);
    expect(avisos.at(-1)?.mensaje).toBe('«VI. Descripción de Objetivos y Funciones» describe 3.3.3.3 Departamento del Centro Recreativo y Cultural Issstehuixtla, que «IV. Estructura Orgánica» no lista.');
    expect(avisos[0]?.mensaje).toContain('«Departamento de Bioestadística y Sistema de Información en Salud»');
  });

  it('reports nothing else about the real manual', () => {
    const reglas = new Map<string, number>();
    for (const a of leido.estructura.avisos) reglas.set(a.regla, (reglas.get(a.regla) ?? 0) + 1);
    expect(Object.fromEntries(reglas)).toEqual({
      'acuerdo-repetido': 1,
      'numero-de-funcion-repetido': 1,
      'superior-inexistente': 1,
      'estructura-vs-funciones': 9,
    });
  });
});

describe('a small manual with every construct (fixture minimo.txt)', () => {
  let leido: Leido;
  beforeAll(() => {
    leido = leer(fixtures, 'minimo.txt');
  });

  it('places every line and drops the page furniture by its rules', () => {
    expect(leido.informe.sinUbicar).toEqual([]);
    expect(leido.informe.descartadas).toEqual({ 'firmantes-de-hoja': 1, 'bloque-de-firmas': 1, 'numero-de-hoja': 1, 'tabla-de-control': 3 });
  });

  it('reads its acuerdo and dates the amendment from the footnote of the contents', () => {
    const { documento } = leido.estructura;
    expect(documento.acuerdos).toHaveLength(1);
    expect(documento.acuerdos[0]).toMatchObject({ accion: 'modifica', fecha: '2019-03-03', firmante: 'Juan Pérez López', materia: 'la Dirección de Pruebas', publicacionDof: null });
    expect(documento.fechas).toEqual({ expedicion: null, publicacion: null, modificaciones: ['2019-04-10'] });
  });

  it('joins the function the page break cut and keeps sub-items in their function', () => {
    const direccion = leido.estructura.documento.unidades[0];
    expect(direccion?.funciones.map((f) => f.texto)).toEqual([
      'Planear las pruebas del Instituto;',
      'Coordinar a las áreas de ensayo, conforme a las normas técnicas que deberán aplicarse en los procesos de selección de muestras;',
      'Cumplir con lo que establece la Ley, a través de las siguientes funciones: Proponer las pruebas; a) Aplicar los criterios; b) Informar los resultados, y',
      'Realizar las demás funciones inherentes al cargo.',
    ]);
  });

  it('builds the tree and extends the (M) mark down it', () => {
    const arbol = leido.estructura.documento.unidades.map((u) => [u.clave, u.padre, u.modificacion?.publicacion]);
    expect(arbol).toEqual([
      ['1', null, '2019-04-10'],
      ['1.1', '1', '2019-04-10'],
      ['1.1.1', '1.1', '2019-04-10'],
      ['1.0.1', '1', '2019-04-10'],
      ['1.1.3', '1.1', '2019-04-10'],
    ]);
  });

  it('names the unit listed but not described, and the one described but not listed', () => {
    expect(byRule(leido.estructura.avisos, 'estructura-vs-funciones').map((a) => `${a.archivo}:${a.linea}: ${a.mensaje}`)).toEqual([
      'minimo.txt:56: «IV. Estructura Orgánica» lista 1.1.2 Departamento de Calibración, que «VI. Descripción de Objetivos y Funciones» no describe.',
      'minimo.txt:120: «VI. Descripción de Objetivos y Funciones» describe 1.1.3 Departamento de Archivo, que «IV. Estructura Orgánica» no lista.',
    ]);
  });
});

describe('bad input', () => {
  it('keeps both units of a repeated numeral, the second under another key, and reports it as an error', () => {
    const { estructura } = leer(fixtures, 'numeral-duplicado.txt');
    expect(estructura.documento.unidades.map((u) => [u.clave, u.numeral, u.padre])).toEqual([
      ['1', '1', null],
      ['1.1', '1.1', '1'],
      ['1.1-2', '1.1', '1'],
      ['1.1.1', '1.1.1', '1.1'],
    ]);
    expect(byRule(estructura.avisos, 'numeral-duplicado')).toEqual([
      expect.objectContaining({ archivo: 'numeral-duplicado.txt', linea: 24, nivel: 'error' }),
    ]);
  });

  it('keeps units without objective or functions and names their lines; a stray line stays unplaced', () => {
    const { estructura, informe } = leer(fixtures, 'unidades-incompletas.txt');
    expect(estructura.documento.unidades.map((u) => [u.clave, u.objetivo !== null, u.funciones.length])).toEqual([
      ['1', false, 1],
      ['1.1', true, 0],
      ['1.1.1', false, 0],
      ['1.1.2', true, 2],
    ]);
    expect(estructura.avisos.map((a) => `${a.linea} ${a.regla}`)).toEqual([
      '3 unidad-sin-objetivo',
      '9 unidad-sin-funciones',
      '15 unidad-sin-objetivo',
      '15 unidad-sin-funciones',
      '25 texto-antes-de-funciones',
      '27 numeracion-de-funciones',
    ]);
    expect(informe.sinUbicar).toEqual([{ linea: 25, texto: 'Texto suelto antes de la lista.' }]);
  });

  it('keeps HTML and Markdown/YAML characters as text and warns at their lines', () => {
    const { estructura } = leer(fixtures, 'metacaracteres.txt');
    const [direccion, subdireccion] = estructura.documento.unidades;
    expect(direccion?.nombre).toBe('# Dirección de `Pruebas` {{ variable }}');
    expect(direccion?.funciones.map((f) => f.texto)).toEqual([
      'Planear <script>alert(1)</script> las pruebas;',
      'clave: valor # no es un comentario;',
      '* no es una viñeta, _ni_ un énfasis, | ni | una tabla |.',
    ]);
    expect(subdireccion?.nombre).toBe('Subdirección de <b>Ensayos</b>');
    expect(subdireccion?.objetivo).toBe('Ejecutar los ensayos &amp; sus entidades.');
    expect(byRule(estructura.avisos, 'html-en-texto').map((a) => a.linea)).toEqual([1, 7, 11, 15]);
    expect(byRule(estructura.avisos, 'marcado-en-nombre').map((a) => `${a.archivo}:${a.linea}`)).toEqual(['metacaracteres.txt:3']);
  });

  it('reads a text that has units but nothing else without throwing', () => {
    const text = normalize(decode('solo.txt', new TextEncoder().encode('1.1 Subdirección de Ensayos.\n\nObjetivo:\n\nEnsayar.\n\nFunciones:\n\n1. Ensayar.\n')));
    const estructura = issteManual.estructurar({ familia: 'manual-issste', archivo: 'solo.txt', lines: text.lines, ocr: false, notas: [] });
    expect(estructura.documento.unidades.map((u) => [u.clave, u.padre, u.funciones.length])).toEqual([['1.1', null, 1]]);
    expect(estructura.documento.titulo).toBe('Manual de Organización');
  });
});
