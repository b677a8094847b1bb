import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { estatuto } from '../../scripts/ingest/families/estatuto.ts';
import { normalize } from '../../scripts/ingest/normalize/index.ts';
import type { Estructura } from '../../scripts/ingest/recognizer.ts';
import { decode } from '../../scripts/ingest/read.ts';
import { documentoSchema, type Articulo, type Division, type NormalizedText, type Unidad } from '../../src/model/index.ts';

const sources = join(import.meta.dirname, '../../content/sources');
const fixtures = join(import.meta.dirname, '../fixtures/estatuto');
const moimss = 'imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt';

function normalized(dir: string, archivo: string): NormalizedText {
  return normalize(decode(archivo, readFileSync(join(dir, archivo))));
}

/** The estatuto of a text, read the way the pipeline reads it: from the start `inicios` gives. */
function read(text: NormalizedText): Estructura {
  const start = estatuto.inicios(text.lines)[0];
  if (start === undefined) throw new Error(`${text.archivo}: no estatuto found`);
  return estatuto.estructurar({ familia: 'estatuto', archivo: text.archivo, lines: text.lines.slice(start), ocr: false, notas: [] });
}

function fixture(archivo: string): Estructura {
  return read(normalized(fixtures, archivo));
}

function articlesOf(divisiones: readonly Division[]): Articulo[] {
  return divisiones.flatMap((division) => [...division.articulos, ...articlesOf(division.divisiones)]);
}

function divisionsOf(divisiones: readonly Division[]): Division[] {
  return divisiones.flatMap((division) => [division, ...divisionsOf(division.divisiones)]);
}

/** A source line as printed, without bullet, bold markers and roman numeral: what a fracción's text must start with. */
function fraccionLine(raw: readonly string[], n: number): string {
  return (raw[n - 1] ?? '')
    .replaceAll('**', '')
    .trim()
    .replace(/^[-•*]\s+/u, '')
    .replace(/^[IVXLC]+\.\s*/u, '');
}

describe('estatuto.inicios', () => {
  it('finds the IMSS-BIENESTAR estatuto at its DOF title line, after the MOIMSS manual', () => {
    const text = normalized(sources, moimss);
    const starts = estatuto.inicios(text.lines);
    expect(starts).toHaveLength(1);
    const line = text.lines[starts[0] ?? -1];
    expect(line?.n).toBe(993);
    expect(line?.texto).toMatch(/^ESTATUTO Orgánico de los Servicios de Salud/);
  });

  it.each([
    'imss-uit-manual-organizacion.txt',
    'imss-doye-manual-organizacion-ocr.txt',
    'imss-procedimiento-0508-003-001.txt',
    'issste-manual-organizacion-general.txt',
  ])('claims nothing in %s', (archivo) => {
    expect(estatuto.inicios(normalized(sources, archivo).lines)).toEqual([]);
  });

  it('claims nothing in the MOIMSS manual before the estatuto', () => {
    const text = normalized(sources, moimss);
    expect(estatuto.inicios(text.lines.filter((line) => line.n < 993))).toEqual([]);
  });

  it('does not claim a manual that cites an estatuto in capitals and quotes a law article', () => {
    expect(estatuto.inicios(normalized(fixtures, 'no-es-estatuto.txt').lines)).toEqual([]);
  });
});

describe('the IMSS-BIENESTAR estatuto', () => {
  let estructura: Estructura;
  let raw: string[];
  let unidades: Map<string, Unidad>;
  let articulos: Articulo[];
  let divisiones: Division[];
  beforeAll(() => {
    const text = normalized(sources, moimss);
    estructura = read(text);
    raw = readFileSync(join(sources, moimss), 'utf8').split('\n');
    unidades = new Map(estructura.documento.unidades.map((unidad) => [unidad.clave, unidad]));
    articulos = articlesOf(estructura.documento.estatuto?.divisiones ?? []);
    divisiones = divisionsOf(estructura.documento.estatuto?.divisiones ?? []);
  });

  it('is a valid document', () => {
    expect(() => documentoSchema.parse(estructura.documento)).not.toThrow();
    expect(estructura.documento.familia).toBe('estatuto');
  });

  it('reads the title, the institution and the date of expedition', () => {
    const { documento } = estructura;
    expect(documento.titulo).toBe(
      'ESTATUTO Orgánico de los Servicios de Salud del Instituto Mexicano del Seguro Social para el Bienestar (IMSS-BIENESTAR)',
    );
    expect(documento.institucion).toBe('Servicios de Salud del Instituto Mexicano del Seguro Social para el Bienestar (IMSS-BIENESTAR)');
    expect(documento.fechas).toEqual({ expedicion: '2022-11-16', publicacion: null, modificaciones: [] });
    expect(documento.fuente).toEqual({ archivo: moimss, desde: 993, hasta: 1765 });
  });

  it('places every non-blank line of its segment', () => {
    const text = normalized(sources, moimss);
    const unplaced = text.lines.filter((line) => line.n >= 993 && line.texto.trim() !== '' && !estructura.colocadas.has(line.n));
    expect(unplaced).toEqual([]);
  });

  it('yields the 22 units that receive atribuciones, each with its article', () => {
    expect(estructura.documento.unidades.map((unidad) => [unidad.articulo, unidad.nombre])).toEqual([
      [11, 'Junta de Gobierno'],
      [15, 'Secretaría Técnica'],
      [17, 'Dirección General'],
      [25, 'Unidad de Atención a la Salud'],
      [26, 'Coordinación de Unidades de Primer Nivel'],
      [27, 'Coordinación de Unidades de Segundo Nivel'],
      [28, 'Coordinación de Enfermería'],
      [29, 'Coordinación de Supervisión'],
      [30, 'Coordinación de Epidemiología'],
      [31, 'Coordinación de Educación e Investigación'],
      [32, 'Coordinación de Programas Preventivos'],
      [33, 'Coordinación de Normatividad y Planeación Médica'],
      [34, 'Unidad de Administración y Finanzas'],
      [35, 'Coordinación de Recursos Humanos'],
      [36, 'Coordinación de Finanzas'],
      [37, 'Coordinación de Servicios de Administración'],
      [38, 'Unidad Jurídica'],
      [39, 'Coordinación de lo Consultivo y Regularización Inmobiliaria'],
      [40, 'Coordinación de lo Contencioso'],
      [41, 'Coordinación de Acción Comunitaria'],
      [42, 'Coordinación de Planeación Estratégica'],
      [43, 'Coordinación de Transparencia y Vinculación'],
    ]);
    for (const [i, unidad] of estructura.documento.unidades.entries()) {
      expect(unidad).toMatchObject({ clave: `articulo-${unidad.articulo}`, numeral: null, orden: i, objetivo: null });
    }
    expect(estructura.documento.unidades.map((unidad) => unidad.tipo)).toEqual([
      'Junta de Gobierno',
      'Secretaría Técnica',
      'Dirección General',
      'Unidad',
      ...Array<string>(8).fill('Coordinación'),
      'Unidad',
      ...Array<string>(3).fill('Coordinación'),
      'Unidad',
      ...Array<string>(5).fill('Coordinación'),
    ]);
  });

  it('links each unit article to its unit', () => {
    const withUnit = articulos.filter((articulo) => articulo.unidad !== null);
    expect(withUnit.map((articulo) => [articulo.numero, articulo.unidad])).toEqual(
      estructura.documento.unidades.map((unidad) => [unidad.articulo, unidad.clave]),
    );
  });

  it.each([
    // clave, fracciones, first fracción's text start, last fracción's numeral and text end
    ['articulo-11', 10, 'Analizar, expedir y/o modificar el Estatuto Orgánico', 'X', 'en materia de manejo de disponibilidades financieras.'],
    ['articulo-15', 9, 'Formular la convocatoria y elaborar el orden del día', 'IX', 'mediante acuerdo de la Junta de Gobierno.'],
    [
      'articulo-17',
      17,
      'Ejecutar los acuerdos y resoluciones aprobados por la Junta de Gobierno',
      'XVII',
      'la Junta de Gobierno, de acuerdo con sus atribuciones.',
    ],
    ['articulo-25', 25, 'Establecer, organizar y desarrollar las políticas', 'XXV', 'así como la calidad y seguridad de la atención.'],
    [
      'articulo-26',
      13,
      'Definir las metas e indicadores de evaluación del desempeño de los procesos de atención médica',
      'XIII',
      'en vinculación con la Coordinación de Educación e Investigación.',
    ],
    ['articulo-32', 14, 'Coordinar las políticas, programas y procesos', 'XIV', 'personas mayores y grupos vulnerables.'],
    ['articulo-36', 21, 'Coordinar la elaboración de proyectos de normas', 'XXI', 'de la Administración Pública Federal.'],
    ['articulo-40', 9, 'Planear, coordinar e instrumentar las estrategias', 'IX', 'la terminación de los efectos del nombramiento.'],
    ['articulo-43', 16, 'Consolidar la información ejecutiva de las distintas unidades', 'XVI', 'así como el desarrollo de eventos institucionales.'],
  ])('gives %s its %i fracciones as functions, first and last as printed', (clave, count, first, lastNumeral, lastEnd) => {
    const unidad = unidades.get(clave);
    const funciones = unidad?.funciones ?? [];
    expect(funciones).toHaveLength(count);
    expect(funciones.map((funcion) => funcion.n)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(funciones[0]?.fraccion).toBe('I');
    expect(funciones[0]?.texto.startsWith(first)).toBe(true);
    expect(funciones.at(-1)?.fraccion).toBe(lastNumeral);
    expect(funciones.at(-1)?.texto.endsWith(lastEnd)).toBe(true);
    // Against the file itself: each one-line fracción is its source line without the numeral.
    for (const funcion of [funciones[0], funciones.at(-1)]) {
      expect(funcion?.texto.startsWith(fraccionLine(raw, funcion.linea))).toBe(true);
    }
    // The unit's source range is its article's.
    expect(unidad?.fuente).toEqual(articulos.find((articulo) => articulo.numero === unidad?.articulo)?.fuente);
  });

  it('counts 338 functions in all', () => {
    const counts = estructura.documento.unidades.map((unidad) => unidad.funciones.length);
    expect(counts).toEqual([10, 9, 17, 25, 13, 18, 12, 8, 21, 10, 14, 18, 25, 15, 21, 13, 21, 14, 9, 16, 13, 16]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(338);
  });

  it('numbers a first fracción that lost its numeral as I, and notes it', () => {
    const unidad = unidades.get('articulo-26');
    expect(unidad?.funciones[0]).toMatchObject({ n: 1, fraccion: 'I', linea: 1347 });
    expect(unidad?.notas).toContain('fracción I sin numeral en la fuente (línea 1347); numeral inferido de la anterior');
    const articulo = articulos.find((a) => a.numero === 26);
    expect(articulo?.fracciones[0]).toMatchObject({ numero: 'I', inferido: true });
    expect(articulo?.fracciones[1]).not.toHaveProperty('inferido');
  });

  it('keeps the paragraphs inside a fracción with it (artículo 11, fracción IV; artículo 17, fracción III)', () => {
    const iv = unidades.get('articulo-11')?.funciones[3];
    expect(iv?.fraccion).toBe('IV');
    expect(iv?.texto).toMatch(/Ley Orgánica de la Administración Pública Federal\. La propuesta de nombramiento .* según corresponda\.$/);
    expect(unidades.get('articulo-11')?.funciones[4]?.texto).toMatch(/^Analizar con sujeción/);
    expect(unidades.get('articulo-17')?.funciones[2]?.texto).toMatch(/Crédito Público\. En su defecto, podrá hacer designaciones/);
  });

  it('builds the tree from artículo 21, under the Dirección General and the Junta de Gobierno', () => {
    const padres = Object.fromEntries(estructura.documento.unidades.map((unidad) => [unidad.articulo, unidad.padre]));
    const dg = 'articulo-17';
    expect(padres).toEqual({
      11: null,
      15: 'articulo-11',
      17: 'articulo-11',
      25: dg,
      26: 'articulo-25',
      27: 'articulo-25',
      28: 'articulo-25',
      29: 'articulo-25',
      30: 'articulo-25',
      31: 'articulo-25',
      32: 'articulo-25',
      33: 'articulo-25',
      34: dg,
      35: 'articulo-34',
      36: 'articulo-34',
      37: 'articulo-34',
      38: dg,
      39: 'articulo-38',
      40: 'articulo-38',
      41: dg,
      42: dg,
      43: dg,
    });
    expect(unidades.get('articulo-17')?.notas.join(' ')).toMatch(/superior inferido: Junta de Gobierno/);
    expect(unidades.get('articulo-39')?.notas).toContain('el artículo 21 la llama «Coordinación de lo Consultivo»');
  });

  it('reads five títulos, ten capítulos and six secciones with their names', () => {
    const estatutoLeido = estructura.documento.estatuto;
    expect(estatutoLeido?.divisiones.map((division) => [division.rotulo, division.titulo])).toEqual([
      ['TÍTULO PRIMERO', 'DISPOSICIONES GENERALES'],
      ['TÍTULO SEGUNDO', 'DE LA ADMINISTRACIÓN DEL IMSS-BIENESTAR'],
      ['TÍTULO TERCERO', 'DE LA ESTRUCTURA ORGÁNICA Y SUS ATRIBUCIONES'],
      ['TÍTULO CUARTO', ''],
      ['TÍTULO QUINTO', 'DE LAS REFORMAS, ADICIONES O MODIFICACIONES AL ESTATUTO ORGÁNICO'],
    ]);
    expect(divisiones.filter((division) => division.tipo === 'capitulo')).toHaveLength(10);
    expect(divisiones.filter((division) => division.tipo === 'seccion').map((division) => division.titulo)).toEqual([
      'UNIDAD DE ATENCIÓN A LA SALUD',
      'UNIDAD DE ADMINISTRACIÓN Y FINANZAS',
      'UNIDAD JURÍDICA',
      'COORDINACIÓN DE ACCIÓN COMUNITARIA',
      'COORDINACIÓN DE PLANEACIÓN ESTRATÉGICA',
      'COORDINACIÓN DE TRANSPARENCIA Y VINCULACIÓN',
    ]);
    // Run-together heading lines: `DE LA ESTRUCTURA ... CAPÍTULO I`, `SECCIÓN TERCERA UNIDAD JURÍDICA`.
    const tercero = estatutoLeido?.divisiones[2];
    expect(tercero?.divisiones.map((division) => [division.rotulo, division.titulo, division.linea])).toEqual([
      ['CAPÍTULO I', 'DISPOSICIONES GENERALES', 1258],
      ['CAPÍTULO II', 'DE LAS UNIDADES Y LAS COORDINACIONES', 1309],
    ]);
    expect(estatutoLeido?.articulos).toEqual([]);
  });

  it('reads the 46 articles in order, the unnumbered Órgano de Vigilancia provision, and the transitorios', () => {
    expect(articulos.map((articulo) => articulo.numero)).toEqual([...Array.from({ length: 43 }, (_, i) => i + 1), null, 44, 45, 46]);
    const vigilancia = articulos.find((articulo) => articulo.numero === null);
    expect(vigilancia?.fuente).toEqual({ archivo: moimss, desde: 1717, hasta: 1725 });
    expect(vigilancia?.fracciones).toHaveLength(5);
    expect(articulos.find((articulo) => articulo.numero === 2)?.fracciones).toHaveLength(14);
    expect(estructura.documento.estatuto?.transitorios.map((texto) => texto.slice(0, 17))).toEqual([
      'ARTÍCULO PRIMERO.',
      'ARTÍCULO SEGUNDO.',
      'ARTÍCULO TERCERO.',
      'ARTÍCULO CUARTO. ',
    ]);
  });

  it('keeps closing paragraphs after the fracciones, counted apart from the opening ones', () => {
    const nueve = articulos.find((articulo) => articulo.numero === 9);
    expect(nueve?.parrafosIniciales).toBe(1);
    expect(nueve?.parrafos).toHaveLength(5);
    expect(nueve?.parrafos[1]).toMatch(/^Son invitados permanentes/);
    const veintiuno = articulos.find((articulo) => articulo.numero === 21);
    expect(veintiuno?.fracciones.map((fraccion) => fraccion.numero)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(veintiuno?.fracciones[2]?.texto).toBe('UNIDAD JURÍDICA a) Coordinación de lo Consultivo. b) Coordinación de lo Contencioso.');
    expect(veintiuno?.parrafos.slice(veintiuno.parrafosIniciales)).toEqual([
      'El IMSS-BIENESTAR contará con un Órgano Interno de Control, que se regirá conforme al artículo 45 del presente Estatuto Orgánico.',
    ]);
  });

  it('keeps the preámbulo, the printed contents list and the closing paragraph as sections', () => {
    const secciones = estructura.documento.secciones;
    expect(secciones.map((seccion) => [seccion.titulo, seccion.tipo, seccion.fuente.desde, seccion.fuente.hasta])).toEqual([
      ['Preámbulo', 'otra', 995, 1001],
      ['Índice', 'indice', 1003, 1085],
      ['Expedición', 'otra', 1765, 1765],
    ]);
    expect(secciones[0]?.bloques.map((bloque) => bloque.tipo === 'parrafo' && bloque.texto.slice(0, 20))).toEqual([
      'Al margen un sello c',
      'La Junta de Gobierno',
    ]);
    const indice = secciones[1]?.bloques[0];
    expect(indice?.tipo === 'lista' && indice.items.map((item) => item.texto)).toHaveLength(22);
    expect(indice?.tipo === 'lista' && indice.items[0]?.texto).toBe('TÍTULO PRIMERO. DISPOSICIONES GENERALES');
    expect(secciones[2]?.bloques[0]).toMatchObject({ tipo: 'parrafo', texto: expect.stringMatching(/Rúbrica\.$/) });
  });

  it('reports the defects of the source, each with its line', () => {
    expect(estructura.avisos.map((aviso) => `${aviso.linea} ${aviso.regla}`)).toEqual([
      '1278 nombre-distinto',
      '1283 estructura-sin-unidad',
      '1347 fraccion-sin-numeral',
      '1364 fraccion-sin-numeral',
      '1386 fraccion-sin-numeral',
      '1412 fraccion-sin-numeral',
      '1437 fraccion-sin-numeral',
      '1527 fraccion-sin-numeral',
      '1693 fraccion-sin-numeral',
      '1711 division-sin-nombre',
      '1717 articulo-sin-numero',
      '1745 division-sin-nombre',
    ]);
    expect(estructura.avisos.every((aviso) => aviso.archivo === moimss && aviso.nivel === 'aviso')).toBe(true);
  });
});

describe('estatuto on bad input', () => {
  it('keeps articles out of order in source order and reports each break', () => {
    const { documento, avisos } = fixture('articulos-fuera-de-orden.txt');
    expect(() => documentoSchema.parse(documento)).not.toThrow();
    expect(articlesOf(documento.estatuto?.divisiones ?? []).map((articulo) => articulo.numero)).toEqual([1, 3, 2, 2]);
    expect(avisos.filter((aviso) => aviso.regla === 'articulos-fuera-de-orden').map((aviso) => [aviso.archivo, aviso.linea])).toEqual([
      ['articulos-fuera-de-orden.txt', 8],
      ['articulos-fuera-de-orden.txt', 13],
      ['articulos-fuera-de-orden.txt', 15],
    ]);
    expect(documento.unidades.map((unidad) => [unidad.clave, unidad.funciones.length])).toEqual([['articulo-3', 2]]);
  });

  it('publishes a fracción sequence with a gap, a repeat and a lost numeral in source order, reporting each', () => {
    const text = normalized(fixtures, 'fracciones-con-hueco.txt');
    const { documento, avisos, colocadas } = read(text);
    expect(() => documentoSchema.parse(documento)).not.toThrow();
    const funciones = documento.unidades[0]?.funciones ?? [];
    expect(funciones.map((funcion) => [funcion.n, funcion.fraccion])).toEqual([
      [1, 'I'],
      [2, 'II'],
      [3, 'IV'],
      [4, 'IV'],
      [5, 'V'],
    ]);
    expect(funciones[4]?.texto).toBe('Atribución sin numeral.');
    expect(avisos.map((aviso) => `${aviso.archivo}:${aviso.linea} ${aviso.regla}`)).toEqual([
      'fracciones-con-hueco.txt:8 unidad-sin-superior',
      'fracciones-con-hueco.txt:12 numeracion-de-fracciones',
      'fracciones-con-hueco.txt:13 numeracion-de-fracciones',
      'fracciones-con-hueco.txt:14 fraccion-sin-numeral',
    ]);
    expect(avisos.find((aviso) => aviso.linea === 12)?.mensaje).toMatch(/falta la III/);
    expect(avisos.find((aviso) => aviso.linea === 13)?.mensaje).toMatch(/se repite/);
    expect(text.lines.filter((line) => line.texto.trim() !== '' && !colocadas.has(line.n))).toEqual([]);
  });

  it('keeps a unit whose article announces fracciones and gives none, with no functions and a report', () => {
    const { documento, avisos } = fixture('articulo-sin-fracciones.txt');
    expect(() => documentoSchema.parse(documento)).not.toThrow();
    expect(documento.unidades.map((unidad) => [unidad.clave, unidad.nombre, unidad.funciones.length])).toEqual([
      ['articulo-1', 'Dirección General', 0],
      ['articulo-2', 'Coordinación de Pruebas', 1],
    ]);
    expect(avisos.find((aviso) => aviso.regla === 'articulo-sin-fracciones')).toMatchObject({ archivo: 'articulo-sin-fracciones.txt', linea: 7 });
    const [titulo] = documento.estatuto?.divisiones ?? [];
    expect([titulo?.rotulo, titulo?.titulo, titulo?.divisiones[0]?.rotulo, titulo?.divisiones[0]?.titulo]).toEqual([
      'TÍTULO PRIMERO',
      'DISPOSICIONES GENERALES',
      'CAPÍTULO ÚNICO',
      'DE LAS ATRIBUCIONES',
    ]);
  });

  it('keeps markup and YAML metacharacters as text, for emit to escape', () => {
    const text = normalized(fixtures, 'metacaracteres.txt');
    const { documento, colocadas } = read(text);
    expect(() => documentoSchema.parse(documento)).not.toThrow();
    expect(documento.titulo).toBe('ESTATUTO Orgánico del Instituto de <script>alert("titulo")</script> Prueba');
    expect(documento.unidades[0]?.nombre).toBe('Coordinación de Pruebas #1 <script>alert(1)</script>');
    expect(documento.unidades[0]?.funciones.map((funcion) => funcion.texto)).toEqual([
      'Escapar `código`, [enlaces](javascript:alert(1)) y <img src=x onerror=alert(2)>.',
      'clave: valor # no es un comentario',
      '--- no es un separador de YAML',
      '* no es una viñeta, _ni_ un énfasis, | ni | una tabla |',
    ]);
    expect(documento.estatuto?.divisiones[0]?.titulo).toBe('DE LAS <B>ETIQUETAS</B> Y LOS "SÍMBOLOS": #1');
    expect(documento.estatuto?.transitorios).toEqual(['ARTÍCULO PRIMERO. <script>document.write("x")</script> entra en vigor al día siguiente.']);
    expect(text.lines.filter((line) => line.texto.trim() !== '' && !colocadas.has(line.n))).toEqual([]);
  });
});
