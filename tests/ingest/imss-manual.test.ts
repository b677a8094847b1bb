import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { documentoSchema, type Bloque, type Documento, type Line, type Seccion, type Unidad } from '../../src/model/index.ts';
import { reconocedores } from '../../scripts/ingest/families/index.ts';
import { imssManual } from '../../scripts/ingest/families/imss-manual.ts';
import { normalize } from '../../scripts/ingest/normalize/index.ts';
import { parse } from '../../scripts/ingest/parse.ts';
import { decode } from '../../scripts/ingest/read.ts';
import type { Estructura, Segmento } from '../../scripts/ingest/recognizer.ts';
import { segment } from '../../scripts/ingest/segment.ts';

// Scans go to the scan reader; a stand-in here shows the delegation without depending on it.
const escaneado = vi.hoisted(() => ({ llamadas: [] as string[] }));
vi.mock('../../scripts/ingest/families/imss-manual-scan.ts', () => ({
  estructurarEscaneado: (segmento: Segmento): Estructura => {
    escaneado.llamadas.push(segmento.archivo);
    return {
      documento: {
        familia: 'manual-imss',
        titulo: 'escaneado',
        institucion: null,
        fechas: { expedicion: null, publicacion: null, modificaciones: [] },
        acuerdos: [],
        secciones: [],
        unidades: [],
        fuente: { archivo: segmento.archivo, desde: 1, hasta: 1 },
      },
      colocadas: new Map(),
      avisos: [],
    };
  },
}));

const sources = join(import.meta.dirname, '../../content/sources');
const fixtures = join(import.meta.dirname, '../fixtures/imss-manual');
const UIT = 'imss-uit-manual-organizacion.txt';
const MOIMSS = 'imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt';

function normalizado(dir: string, archivo: string) {
  return normalize(decode(archivo, readFileSync(join(dir, archivo))));
}

/** The source line as printed, for checking a function's text against it. */
function lineaFuente(archivo: string, n: number): string {
  return readFileSync(join(sources, archivo), 'utf8').split('\n')[n - 1] ?? '';
}

/** A function's text as its source line prints it: without bullet, number or bold markers. */
function sinNumero(texto: string): string {
  return texto.replaceAll('**', '').replace(/^\s*(?:-\s+)?(?:\d+\.\s+)?/, '').trim();
}

/** The IMSS manual of a file as the pipeline cuts it, with every recognizer in play. */
function leerManual(dir: string, archivo: string): { estructura: Estructura; segmento: Segmento } {
  const segmentos = segment(normalizado(dir, archivo), reconocedores);
  const segmento = segmentos.find((s) => s.familia === 'manual-imss');
  if (!segmento) throw new Error(`${archivo}: no IMSS manual segment`);
  return { estructura: imssManual.estructurar(segmento), segmento };
}

function unidad(documento: Documento, clave: string): Unidad {
  const found = documento.unidades.find((u) => u.clave === clave);
  if (!found) throw new Error(`no unit ${clave}`);
  return found;
}

function seccion(documento: Documento, tipo: Seccion['tipo']): Seccion {
  const found = documento.secciones.find((s) => s.tipo === tipo);
  if (!found) throw new Error(`no section ${tipo}`);
  return found;
}

function listas(s: Seccion): Extract<Bloque, { tipo: 'lista' }>[] {
  return s.bloques.filter((b): b is Extract<Bloque, { tipo: 'lista' }> => b.tipo === 'lista');
}

/** Non-blank lines of the segment that the recognizer did not place. */
function sinUbicar({ estructura, segmento }: { estructura: Estructura; segmento: Segmento }): string[] {
  return segmento.lines.filter((l) => l.texto.trim() !== '' && !estructura.colocadas.has(l.n)).map((l) => `${l.n}: ${l.texto}`);
}

describe('recognizing an IMSS manual by its content', () => {
  it('finds the UIT manual at its title', () => {
    const { lines } = normalizado(sources, UIT);
    expect(imssManual.inicios(lines).map((i) => lines[i]?.n)).toEqual([5]);
  });

  it('starts the MOIMSS manual at the institution heading over its acuerdo, and claims nothing of the estatuto', () => {
    const texto = normalizado(sources, MOIMSS);
    expect(imssManual.inicios(texto.lines).map((i) => texto.lines[i]?.n)).toEqual([1]);
    const manual = segment(texto, reconocedores).find((s) => s.familia === 'manual-imss');
    const ultima = manual?.lines.findLast((l) => l.texto.trim() !== '');
    expect(ultima?.n).toBe(991);
  });

  it('does not claim the ISSSTE manual nor the procedimiento', () => {
    for (const archivo of ['issste-manual-organizacion-general.txt', 'imss-procedimiento-0508-003-001.txt']) {
      expect(imssManual.inicios(normalizado(sources, archivo).lines), archivo).toEqual([]);
    }
  });

  it('recognizes the scanned DOyE manual, whose heading lost its numeral, without crashing', () => {
    const texto = normalizado(sources, 'imss-doye-manual-organizacion-ocr.txt');
    expect(imssManual.inicios(texto.lines)).toEqual([0]);
    expect(() => imssManual.estructurar({ familia: 'manual-imss', archivo: texto.archivo, lines: texto.lines, ocr: false, notas: [] })).not.toThrow();
  });

  it('recognizes a heading a scan garbled, but not a sentence that mentions it', () => {
    const lines = (textos: string[]): Line[] => textos.map((texto, i) => ({ n: i + 1, texto }));
    const unidades = ['7.1 Coordinación de Pruebas', '1. Validar estrategias.'];
    expect(imssManual.inicios(lines(['7. Funcíones Sustantivaz', ...unidades]))).toEqual([0]);
    expect(imssManual.inicios(lines(['Se alinean sus funciones sustantivas a la nueva visión.', ...unidades]))).toEqual([]);
  });

  it('finds two manuals printed one after the other, each at its title', () => {
    const minimo = readFileSync(join(fixtures, 'minimo.txt'), 'utf8');
    const texto = normalize(decode('dos.txt', new TextEncoder().encode(`${minimo}\n${minimo}`)));
    const segundo = minimo.split('\n').length + 1;
    expect(imssManual.inicios(texto.lines).map((i) => texto.lines[i]?.n)).toEqual([1, segundo]);
  });

  it('hands a scan to the scan reader', () => {
    const texto = normalizado(sources, 'imss-doye-manual-organizacion-ocr.txt');
    const estructura = imssManual.estructurar({ familia: 'manual-imss', archivo: texto.archivo, lines: texto.lines, ocr: true, notas: [] });
    expect(escaneado.llamadas).toEqual(['imss-doye-manual-organizacion-ocr.txt']);
    expect(estructura.documento.titulo).toBe('escaneado');
  });
});

describe('the UIT manual', () => {
  const leido = leerManual(sources, UIT);
  const { documento } = leido.estructura;

  it('has exactly 17 units, 7.1 to 7.1.3.4, in document order', () => {
    expect(documento.unidades.map((u) => u.numeral)).toEqual([
      '7.1',
      '7.1.1',
      '7.1.1.1',
      '7.1.1.1.1',
      '7.1.2',
      '7.1.2.1',
      '7.1.2.1.1',
      '7.1.2.1.2',
      '7.1.2.1.3',
      '7.1.2.2',
      '7.1.2.2.1',
      '7.1.2.2.2',
      '7.1.3',
      '7.1.3.1',
      '7.1.3.2',
      '7.1.3.3',
      '7.1.3.4',
    ]);
    expect(documento.unidades.map((u) => u.orden)).toEqual([...Array(17).keys()]);
  });

  it('hangs each unit from the unit whose numeral prefixes its own', () => {
    const padres = Object.fromEntries(documento.unidades.map((u) => [u.clave, u.padre]));
    expect(padres).toMatchObject({ '7.1': null, '7.1.1': '7.1', '7.1.1.1.1': '7.1.1.1', '7.1.2.2.2': '7.1.2.2', '7.1.3.4': '7.1.3' });
  });

  it('reads names as printed and their kinds', () => {
    expect(unidad(documento, '7.1.1.1.1')).toMatchObject({
      nombre: 'Subjefatura de División de Atención a Solicitudes de Información',
      tipo: 'Subjefatura de División',
    });
    expect(unidad(documento, '7.1.2.1').tipo).toBe('Coordinación Técnica');
    expect(unidad(documento, '7.1').tipo).toBe('Unidad');
    expect(unidad(documento, '7.1.3.3').tipo).toBe('División');
  });

  it('reads 18 functions for 7.1, the first and last as the source prints them', () => {
    const { funciones, fuente } = unidad(documento, '7.1');
    expect(funciones).toHaveLength(18);
    expect(funciones.map((f) => f.n)).toEqual([...Array(18).keys()].map((i) => i + 1));
    expect(funciones[0]?.texto).toBe(sinNumero(lineaFuente(UIT, 306)));
    expect(funciones[0]?.texto).toMatch(/^Validar estrategias, políticas, /);
    expect(funciones[17]?.texto).toBe(sinNumero(lineaFuente(UIT, 328)));
    expect(funciones[17]?.texto).toMatch(/^Las demás que le confieran la Ley, /);
    expect(fuente).toEqual({ archivo: UIT, desde: 304, hasta: 328 });
  });

  it('counts the functions of several units', () => {
    const cuenta = (clave: string) => unidad(documento, clave).funciones.length;
    expect([cuenta('7.1.1'), cuenta('7.1.1.1'), cuenta('7.1.2.1.1'), cuenta('7.1.3'), cuenta('7.1.3.4')]).toEqual([11, 19, 21, 22, 11]);
    expect(documento.unidades.reduce((sum, u) => sum + u.funciones.length, 0)).toBe(252);
  });

  it('joins a function that a page header cut in two', () => {
    const funciones = unidad(documento, '7.1.2.1.3').funciones;
    expect(funciones).toHaveLength(16);
    expect(funciones[7]?.texto).toBe(`${sinNumero(lineaFuente(UIT, 541))} ${lineaFuente(UIT, 547).trim()}`);
    expect(funciones[14]?.texto).toContain('Modelo Institucional para la Competitividad, con el propósito');
    expect(funciones[15]?.texto).toMatch(/^Las demás que le señalen/);
  });

  it('reads the overview: title, institution, date and sections in order', () => {
    expect(documento.titulo).toBe('MANUAL DE ORGANIZACIÓN DE LA UNIDAD DE INTEGRIDAD Y TRANSPARENCIA DEL IMSS');
    expect(documento.institucion).toBe('Instituto Mexicano del Seguro Social');
    expect(documento.fechas).toEqual({ expedicion: null, publicacion: '2022-05-01', modificaciones: [] });
    expect(documento.acuerdos).toEqual([]);
    expect(documento.secciones.map((s) => [s.numero, s.titulo, s.tipo])).toEqual([
      [null, 'Autorización', 'otra'],
      [null, 'Índice', 'indice'],
      ['1', 'Introducción', 'introduccion'],
      ['2', 'Objetivo', 'objetivo'],
      ['3', 'Marco Jurídico-Administrativo', 'marco-juridico'],
      ['4', 'Atribuciones', 'atribuciones'],
      ['5', 'Políticas', 'politicas'],
      ['6', 'Organigramas', 'organigrama'],
    ]);
  });

  it('keeps who authorizes the manual and the legend under the signature', () => {
    expect(seccion(documento, 'otra').bloques.map((b) => (b.tipo === 'parrafo' ? b.texto : ''))).toEqual([
      'Lic. Patricia Pérez De Los Ríos, Titular de la Unidad de Integridad y Transparencia',
      lineaFuente(UIT, 17).trim(),
    ]);
  });

  it('keeps the contents as a section of kind indice, one item per entry', () => {
    const [contenido] = listas(seccion(documento, 'indice'));
    expect(contenido?.items).toHaveLength(28);
    expect(contenido?.items[10]).toEqual({ numero: '7', texto: 'Funciones sustantivas' });
  });

  it('joins an introduction paragraph that page breaks cut twice', () => {
    const parrafo = seccion(documento, 'introduccion').bloques.find((b) => b.tipo === 'parrafo' && b.texto.startsWith('El 7 de septiembre de 2020'));
    expect(parrafo?.tipo === 'parrafo' && parrafo.texto).toBe(
      [lineaFuente(UIT, 90), lineaFuente(UIT, 92), lineaFuente(UIT, 98)].map((l) => l.trim()).join(' '),
    );
  });

  it('lists each law of the Marco Jurídico as an item, under its category', () => {
    const marco = seccion(documento, 'marco-juridico');
    const textos = marco.bloques.map((b) => (b.tipo === 'parrafo' ? b.texto : `lista de ${b.items.length}`));
    expect(textos).toEqual([
      'lista de 1',
      'II. Leyes',
      'lista de 20',
      'III. Reglamentos',
      'lista de 4',
      'IV. Códigos',
      'lista de 3',
      'V. Lineamientos',
      'lista de 14',
      'VI. Otras disposiciones jurídico-administrativas',
      'lista de 8',
    ]);
    expect(listas(marco)[0]?.items[0]?.numero).toBe('I');
    // Cut by a page break after «las Delegaciones,»: the rest starts in lowercase on the next page.
    expect(listas(marco)[5]?.items[2]?.texto).toMatch(/por el que las Delegaciones, cambian de denominación a Órganos/);
  });

  it('numbers the policies as printed, 5.1 to 5.9', () => {
    const [politicas] = listas(seccion(documento, 'politicas'));
    expect(politicas?.ordenada).toBe(true);
    expect(politicas?.items.map((i) => i.numero)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9']);
  });

  it('keeps what the org chart pages still say', () => {
    const textos = seccion(documento, 'organigrama').bloques.map((b) => (b.tipo === 'parrafo' ? b.texto : ''));
    expect(textos.slice(0, 2)).toEqual(['6.1 Unidad de Integridad y Transparencia', 'Vigencia: 1º de mayo de 2022.']);
    expect(textos).toHaveLength(8);
  });

  it('places every line and reports nothing', () => {
    expect(sinUbicar(leido)).toEqual([]);
    expect(leido.estructura.avisos).toEqual([]);
    const { informe } = parse(decode(UIT, readFileSync(join(sources, UIT))));
    expect(informe.sinUbicar).toEqual([]);
    expect(informe.documentos).toEqual([{ familia: 'manual-imss', titulo: documento.titulo, unidades: 17, funciones: 252 }]);
  });

  it('produces a document the model accepts', () => {
    expect(() => documentoSchema.parse(documento)).not.toThrow();
  });
});

describe('the MOIMSS manual', () => {
  const leido = leerManual(sources, MOIMSS);
  const { documento, avisos } = leido.estructura;

  it('has exactly 15 units, 8.1 to 8.1.12.2', () => {
    expect(documento.unidades.map((u) => u.numeral)).toEqual([
      '8.1',
      '8.1.1',
      '8.1.2',
      '8.1.3',
      '8.1.4',
      '8.1.5',
      '8.1.6',
      '8.1.7',
      '8.1.8',
      '8.1.9',
      '8.1.10',
      '8.1.11',
      '8.1.12',
      '8.1.12.1',
      '8.1.12.2',
    ]);
    expect(unidad(documento, '8.1.12.2').padre).toBe('8.1.12');
    expect(unidad(documento, '8.1.12').padre).toBe('8.1');
    expect(unidad(documento, '8.1').padre).toBeNull();
    expect(documento.unidades.reduce((sum, u) => sum + u.funciones.length, 0)).toBe(346);
  });

  it('takes a name from its heading: whole where the contents cut it, without a trailing period', () => {
    expect(unidad(documento, '8.1.12.1').nombre).toBe('Órganos de Operación Administrativa Desconcentrada Estatales y Regionales');
    expect(unidad(documento, '8.1.5').nombre).toBe('Dirección de Incorporación y Recaudación');
    expect(avisos.filter((a) => a.regla === 'nombre-distinto-del-indice')).toEqual([]);
  });

  it('numbers 1..21 a list whose items lost their numbers before 2., 8. and 10.', () => {
    const funciones = unidad(documento, '8.1.12.2').funciones;
    expect(funciones).toHaveLength(21);
    expect(funciones.map((f) => f.n)).toEqual([...Array(21).keys()].map((i) => i + 1));
    expect(funciones[0]?.texto).toBe(sinNumero(lineaFuente(MOIMSS, 970)));
    expect(funciones[6]?.texto).toBe(
      'Administrar el desarrollo de la infraestructura y la plantilla del personal dedicada a los procesos de educación y de investigación en salud.',
    );
    expect(funciones[6]?.linea).toBe(977);
    expect(funciones[20]?.texto).toBe(sinNumero(lineaFuente(MOIMSS, 991)));
  });

  it('joins a function wrapped over four indented lines', () => {
    const [primera] = unidad(documento, '8.1').funciones;
    expect(primera?.texto).toBe([564, 565, 566, 567].map((n) => sinNumero(lineaFuente(MOIMSS, n))).join(' '));
    expect(unidad(documento, '8.1').funciones).toHaveLength(14);
  });

  it('keeps the sub-items a. to p. inside their function', () => {
    const funciones = unidad(documento, '8.1.12.1').funciones;
    expect(funciones).toHaveLength(37);
    expect(funciones[16]?.texto).toMatch(/^Llevar a cabo los actos relacionados con: a\. El registro de patrones/);
    expect(funciones[16]?.texto).toContain('Los trámites administrativos relativos a la calificación');
    expect(funciones[16]?.texto).toMatch(/p\. El dictamen formulado por contador público .*reglamentos\.$/);
    expect(funciones[17]?.texto).toMatch(/^Conceder, rechazar y modificar las pensiones/);
  });

  it('drops the DOF page header that cut a list, by its named rule', () => {
    const texto = normalizado(sources, MOIMSS);
    expect(texto.dropped.filter((d) => d.n < 993)).toEqual([{ n: 849, regla: 'encabezado-dof' }]);
    const funciones = unidad(documento, '8.1.9').funciones;
    expect(funciones).toHaveLength(14);
    expect(funciones[6]?.texto).not.toContain('DIARIO OFICIAL');
  });

  it('reads a unit that only groups others without calling it empty', () => {
    expect(unidad(documento, '8.1.12').funciones).toEqual([]);
    expect(avisos.filter((a) => a.regla === 'unidad-sin-funciones')).toEqual([]);
  });

  it('reads the DOF acuerdo that approves the manual', () => {
    expect(documento.acuerdos).toHaveLength(1);
    const [acuerdo] = documento.acuerdos;
    expect(acuerdo).toMatchObject({
      numero: 'ACDO.SA2.HCT.281122/336.P.DA',
      accion: 'actualiza',
      fecha: '2022-11-28',
      fuente: { archivo: MOIMSS, desde: 1, hasta: 19 },
    });
    expect(acuerdo?.titulo).toMatch(/^ACUERDO Número ACDO\.SA2\.HCT\.281122\/336\.P\.DA dictado por el H\. Consejo Técnico/);
    expect(acuerdo?.firmante).toContain('Marcos Bucio Mújica');
    expect(acuerdo?.texto.some((p) => p.startsWith('"Este Consejo Técnico, con fundamento'))).toBe(true);
    expect(documento.fechas.expedicion).toBe('2022-11-28');
    expect(documento.titulo).toBe('MANUAL DE ORGANIZACIÓN DEL INSTITUTO MEXICANO DEL SEGURO SOCIAL');
  });

  it('reads the overview sections, the Director General signing the authorization', () => {
    expect(documento.secciones.map((s) => [s.numero, s.tipo])).toEqual([
      [null, 'otra'],
      [null, 'indice'],
      ['1', 'introduccion'],
      ['2', 'objetivo'],
      ['3', 'antecedentes'],
      ['4', 'marco-juridico'],
      ['5', 'atribuciones'],
      ['6', 'politicas'],
      ['7', 'organigrama'],
    ]);
    const [firma] = seccion(documento, 'otra').bloques;
    expect(firma).toEqual({ tipo: 'parrafo', texto: 'Mtro. Zoé Alejandro Robledo Aburto, Director General de IMSS. Rúbrica.' });
  });

  it('lists the 81 laws of the Marco Jurídico, wrapped ones joined', () => {
    const [leyes] = listas(seccion(documento, 'marco-juridico'));
    expect(leyes?.items).toHaveLength(81);
    expect(leyes?.items[18]?.texto).toBe(
      'Ley del Instituto del Fondo Nacional de la Vivienda para los Trabajadores, publicada en el Diario Oficial de la Federación el 24 de abril de 1972 y sus reformas.',
    );
  });

  it('keeps the quoted law articles as lists of fracciones, I to XXXVII', () => {
    const [articulo251] = listas(seccion(documento, 'atribuciones'));
    expect(articulo251?.items).toHaveLength(37);
    expect(articulo251?.items.map((i) => i.numero).slice(0, 4)).toEqual(['I', 'II', 'III', 'IV']);
    expect(articulo251?.items[36]?.numero).toBe('XXXVII');
    // Its second paragraph, indented under the fracción.
    expect(articulo251?.items[13]?.texto).toContain('; Las liquidaciones de las cuotas del seguro de retiro');
    expect(avisos.filter((a) => a.regla === 'numeral-inferido').map((a) => a.linea)).toEqual([402, 448]);
  });

  it('numbers the policies 6.1 to 6.25', () => {
    const [politicas] = listas(seccion(documento, 'politicas'));
    expect(politicas?.items.map((i) => i.numero)).toEqual([...Array(25).keys()].map((i) => `6.${i + 1}`));
  });

  it('places every line of the manual, reporting only the two fracciones that lost their numeral', () => {
    expect(sinUbicar(leido)).toEqual([]);
    expect(avisos.map((a) => [a.linea, a.regla])).toEqual([
      [402, 'numeral-inferido'],
      [448, 'numeral-inferido'],
    ]);
    const { informe } = parse(decode(MOIMSS, readFileSync(join(sources, MOIMSS))));
    expect(informe.sinUbicar.filter((l) => l.linea < 993)).toEqual([]);
    expect(informe.documentos[0]).toEqual({ familia: 'manual-imss', titulo: documento.titulo, unidades: 15, funciones: 346 });
  });

  it('produces a document the model accepts', () => {
    expect(() => documentoSchema.parse(documento)).not.toThrow();
  });
});

describe('a small manual with every construct', () => {
  const leido = leerManual(fixtures, 'minimo.txt');
  const { documento } = leido.estructura;

  it('reads a list whose first items lost their numbers as one list numbered 1..N', () => {
    const funciones = unidad(documento, '7.1').funciones;
    expect(funciones.map((f) => f.n)).toEqual([1, 2, 3, 4, 5]);
    expect(funciones[1]?.texto).toBe('Promover la integridad de las pruebas.');
    expect(funciones[3]?.texto).toBe('Dirigir el desarrollo de pruebas que se cortan por un salto de página y continúan en la página siguiente.');
  });

  it('reads an objective and the sub-items of a function', () => {
    const division = unidad(documento, '7.1.1');
    expect(division.nombre).toBe('División de Ensayos');
    expect(division.objetivo).toBe('Ensayar todo lo ensayable.');
    expect(division.funciones.map((f) => f.texto)).toEqual([
      'Llevar a cabo los actos relacionados con: a. El registro de ensayos; b. La clasificación de ensayos.',
      'Las demás que le encomiende su superior jerárquico.',
    ]);
  });

  it('reads a section printed after the units', () => {
    const glosario = seccion(documento, 'glosario');
    expect([glosario.numero, glosario.titulo]).toEqual(['8', 'Glosario']);
    expect(unidad(documento, '7.1.2').funciones).toHaveLength(1);
  });

  it('places every line', () => {
    expect(sinUbicar(leido)).toEqual([]);
    expect(() => documentoSchema.parse(documento)).not.toThrow();
  });
});

describe('bad input', () => {
  it('reads what is left of a manual cut in half and names the units it lacks', () => {
    const leido = leerManual(fixtures, 'cortado.txt');
    const { documento, avisos } = leido.estructura;
    expect(documento.unidades.map((u) => u.clave)).toEqual(['7.1', '7.1.1']);
    expect(avisos.map((a) => [a.archivo, a.linea, a.regla])).toEqual([
      ['cortado.txt', 8, 'unidad-faltante'],
      ['cortado.txt', 24, 'texto-cortado'],
    ]);
    expect(avisos[0]?.mensaje).toContain('7.1.2 «División Perdida»');
    expect(sinUbicar(leido)).toEqual([]);
  });

  it('still reads the second half of a manual, without its heading', () => {
    const leido = leerManual(fixtures, 'sin-encabezado.txt');
    const { documento, avisos } = leido.estructura;
    expect(documento.unidades.map((u) => [u.clave, u.padre])).toEqual([
      ['7.1.2.2', null],
      ['7.1.2.2.1', '7.1.2.2'],
    ]);
    expect(avisos.map((a) => a.regla)).toEqual(['sin-funciones-sustantivas', 'sin-titulo', 'portada-sin-leer']);
    // The tail of a unit whose heading was cut off cannot be placed; the report shows it.
    expect(sinUbicar(leido)).toEqual([
      '1: para la Competitividad, con el propósito de dar a conocer sus áreas de oportunidad.',
      '3: 16. Las demás que le señalen la Ley y sus reglamentos.',
    ]);
  });

  it('keeps both units printed with the same numeral, the second under a distinct clave', () => {
    const { documento, avisos } = leerManual(fixtures, 'numeral-duplicado.txt').estructura;
    expect(documento.unidades.map((u) => [u.clave, u.numeral, u.padre])).toEqual([
      ['7.1', '7.1', null],
      ['7.1.1', '7.1.1', '7.1'],
      ['7.1.1~2', '7.1.1', '7.1'],
      ['7.1.1.1', '7.1.1.1', '7.1.1~2'],
      ['7.1.3.1', '7.1.3.1', '7.1'],
    ]);
    const duplicado = avisos.find((a) => a.regla === 'numeral-duplicado');
    expect(duplicado).toMatchObject({ archivo: 'numeral-duplicado.txt', linea: 17 });
    expect(duplicado?.mensaje).toContain('la unidad 7.1.1 aparece dos veces (también en línea 13)');
    expect(duplicado?.mensaje).toContain('7.1.1~2');
    expect(avisos.find((a) => a.regla === 'superior-faltante')).toMatchObject({ linea: 25 });
    expect(unidad(documento, '7.1.3.1').notas).toEqual(['superior 7.1.3 ausente en la fuente; se cuelga de 7.1']);
  });

  it('publishes a unit without functions and says so', () => {
    const { documento, avisos } = leerManual(fixtures, 'unidad-sin-funciones.txt').estructura;
    expect(unidad(documento, '7.1.1').funciones).toEqual([]);
    expect(avisos).toEqual([expect.objectContaining({ archivo: 'unidad-sin-funciones.txt', linea: 13, regla: 'unidad-sin-funciones' })]);
    expect(() => documentoSchema.parse(documento)).not.toThrow();
  });

  it('keeps markup and YAML metacharacters as text, and reports the markup', () => {
    const leido = leerManual(fixtures, 'nombres-raros.txt');
    const { documento, avisos } = leido.estructura;
    expect(documento.unidades.map((u) => u.nombre)).toEqual(['Coordinación: Ejemplo #1 *Especial* "Rara"', 'División "Entre Comillas" & <Marcas>']);
    expect(unidad(documento, '7.1').tipo).toBe('Coordinación');
    expect(unidad(documento, '7.1').funciones[0]?.texto).toBe('Validar <script>alert(1)</script> estrategias.');
    expect(avisos.filter((a) => a.regla === 'marcado-html').map((a) => a.linea)).toEqual([5, 11, 14]);
    expect(sinUbicar(leido)).toEqual([]);
    expect(() => documentoSchema.parse(documento)).not.toThrow();
  });

  it('never throws on a segment of blank or stray lines', () => {
    const lines: Line[] = ['', '   ', 'texto suelto', '7.1', '- ', '1.'].map((texto, i) => ({ n: i + 1, texto }));
    const estructura = imssManual.estructurar({ familia: 'manual-imss', archivo: 'raro.txt', lines, ocr: false, notas: [] });
    expect(estructura.documento.unidades).toEqual([]);
    expect(() => documentoSchema.parse(estructura.documento)).not.toThrow();
  });
});
