import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Documento, Unidad } from '../../src/model/index.ts';
import { documentoSchema } from '../../src/model/index.ts';
import { lexiconDeFuentes } from '../../scripts/ingest/ocr/lexicon.ts';
import { tasaDesconocidas, textosPublicados } from '../../scripts/ingest/ocr/metric.ts';
import { parse, type Parsed } from '../../scripts/ingest/parse.ts';
import { decode } from '../../scripts/ingest/read.ts';

const archivo = 'imss-doye-manual-organizacion-ocr.txt';
const bytes = readFileSync(new URL(`../../content/sources/${archivo}`, import.meta.url));
/** The lexicon the ingest gives a scan: the shipped corpus's born-digital texts and the dictionary. */
const corpus = () => lexiconDeFuentes(fileURLToPath(new URL('../../content/sources/', import.meta.url)));
const moimss = readFileSync(new URL('../../content/sources/imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt', import.meta.url), 'utf8');

let parsed: Parsed;
let documento: Documento;
let unidad: (numeral: string) => Unidad;

beforeAll(() => {
  parsed = parse(decode(archivo, bytes), { lexicon: corpus });
  documento = parsed.estructuras[0]?.documento as Documento;
  unidad = (numeral) => {
    const found = documento.unidades.find((u) => u.numeral === numeral);
    if (!found) throw new Error(`no unit ${numeral}`);
    return found;
  };
});

describe('the scanned DOyE manual: structure', () => {
  it('is one IMSS manual that the model schema accepts', () => {
    expect(parsed.estructuras).toHaveLength(1);
    expect(documento.familia).toBe('manual-imss');
    expect(documentoSchema.safeParse(documento).success).toBe(true);
    expect(documento.titulo).toBe('Manual de Organización de la Dirección de Operación y Evaluación');
    expect(documento.fechas.publicacion).toBe('2022-10-01');
  });

  it('finds all 57 units in document order, 7.1 to 7.1.6.2', () => {
    // prettier-ignore
    expect(documento.unidades.map((u) => u.numeral)).toEqual([
      '7.1', '7.1.1', '7.1.1.1', '7.1.1.1.1', '7.1.1.1.2', '7.1.1.2', '7.1.1.2.1', '7.1.1.2.2', '7.1.1.3', '7.1.1.3.1',
      '7.1.1.3.2', '7.1.1.4', '7.1.1.4.1', '7.1.1.4.2', '7.1.1.5', '7.1.1.5.1', '7.1.1.5.1.1', '7.1.1.5.2', '7.1.1.5.3',
      '7.1.1.5.3.1', '7.1.1.6', '7.1.1.7', '7.1.2', '7.1.2.1', '7.1.2.1.1', '7.1.2.2', '7.1.2.2.1', '7.1.2.2.2',
      '7.1.2.2.3', '7.1.2.3', '7.1.2.3.1', '7.1.2.3.2', '7.1.2.3.3', '7.1.2.4', '7.1.3', '7.1.3.1', '7.1.3.1.1',
      '7.1.3.1.2', '7.1.3.1.3', '7.1.3.1.4', '7.1.4', '7.1.4.1', '7.1.4.1.1', '7.1.4.1.2', '7.1.4.1.3', '7.1.4.2',
      '7.1.4.2.1', '7.1.4.2.2', '7.1.4.3', '7.1.4.4', '7.1.5', '7.1.5.1', '7.1.5.2', '7.1.5.3', '7.1.6', '7.1.6.1',
      '7.1.6.2',
    ]);
    expect(new Set(documento.unidades.map((u) => u.clave)).size).toBe(57);
  });

  it('hangs every unit under the unit its numeral extends, with 7.1 as the root', () => {
    expect(unidad('7.1').padre).toBeNull();
    for (const u of documento.unidades.slice(1)) expect(u.padre).toBe(u.numeral?.split('.').slice(0, -1).join('.'));
    expect(documento.unidades.filter((u) => u.padre === '7.1').map((u) => u.nombre)).toEqual([
      'Unidad de Evaluación de Órganos Desconcentrados',
      'Unidad de Comunicación Social',
      'Unidad de Atención a la Derechohabiencia',
      'Coordinación de Vinculación',
      'Coordinación de Análisis, Prospectiva y Seguimiento a la Operación Institucional',
      'Coordinación Administrativa',
    ]);
    expect(unidad('7.1.1.5.3.1').padre).toBe('7.1.1.5.3');
  });

  it('reads the units whose numeral stands alone, with the name further down', () => {
    expect(unidad('7.1').nombre).toBe('Dirección de Operación y Evaluación');
    expect(unidad('7.1.1').nombre).toBe('Unidad de Evaluación de Órganos Desconcentrados');
    expect(unidad('7.1.2').nombre).toBe('Unidad de Comunicación Social');
    expect(unidad('7.1.4').nombre).toBe('Coordinación de Vinculación');
    expect(unidad('7.1.3.1.2').nombre).toBe('División de Enlace Nacional con las Áreas de Atención y Orientación a la Derechohabiencia');
  });

  it('infers the numeral 7.1.5 from its sub-units and its chart 6.1.5, and says so', () => {
    const inferred = unidad('7.1.5');
    expect(inferred.nombre).toBe('Coordinación de Análisis, Prospectiva y Seguimiento a la Operación Institucional');
    expect(inferred.notas).toEqual(['numeral inferido de 7.1.5.1–7.1.5.3 y 6.1.5']);
    const aviso = parsed.informe.avisos.find((a) => a.regla === 'numeral-inferido');
    expect(aviso?.linea).toBe(4168);
    expect(aviso?.mensaje).toMatch(/se infiere 7\.1\.5 de sus subunidades 7\.1\.5\.1–7\.1\.5\.3 y su organigrama 6\.1\.5/u);
  });

  it.each([
    ['7.1', 21, 'Determinar las políticas y estrategias para verificar la organización y funcionamiento de los Órganos de Operación', 'Las demás que le sean encomendadas por la Dirección General del Instituto.'],
    ['7.1.1.5.1.1', 12, 'Integrar la información de los elementos y situaciones identificados', 'Desarrollar todas aquellas funciones inherentes al ámbito de su competencia y las demás que le sean asignadas por su superior jerárquico.'],
    ['7.1.3.1.2', 11, 'Elaborar, actualizar y difundir los procedimientos y lineamientos para la atención de peticiones', 'Desarrollar todas aquellas funciones inherentes al ámbito de su competencia y las demás que le sean asignadas por su superior jerárquico.'],
    ['7.1.4.2', 13, 'Elaborar el programa de trabajo anual del área, para integrarlo al Programa Anual de la Coordinación de Vinculación.', 'Desarrollar todas aquellas funciones inherentes al ámbito de su competencia y las demás que le sean asignadas por su superior jerárquico.'],
    ['7.1.5', 20, 'Dirigir la integración y seguimiento del Programa Anual de Trabajo de la Dirección de Operación y Evaluación', 'Desarrollar todas aquellas funciones inherentes al ámbito de su competencia y las demás que le sean asignadas por su superior jerárquico.'],
    ['7.1.6.2', 13, 'Elaborar el programa de trabajo anual del área, a fin de integrarlo al Programa Anual de Trabajo de la Coordinación Administrativa.', 'Desarrollar todas aquellas funciones inherentes al ámbito de su competencia y las demás que le sean asignadas por su superior jerárquico.'],
  ])('reads %s with %i functions, numbered 1..N, first and last as printed', (numeral, count, first, last) => {
    const funciones = unidad(numeral).funciones;
    expect(funciones).toHaveLength(count);
    expect(funciones.map((f) => f.n)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(funciones[0]?.texto.startsWith(first)).toBe(true);
    expect(funciones.at(-1)?.texto).toBe(last);
  });

  it('gives every unit as many functions as the last number the source prints for it', () => {
    const printed = bytes.toString('utf8').split('\n');
    for (const u of documento.unidades) {
      const numbers = printed
        .slice(u.fuente.desde - 1, u.fuente.hasta)
        .map((line) => /^\s*(\d{1,3})\.(?:\s|$)/u.exec(line)?.[1])
        .filter((n) => n !== undefined)
        .map(Number);
      expect({ unidad: u.numeral, funciones: u.funciones.length }).toEqual({ unidad: u.numeral, funciones: Math.max(...numbers) });
    }
    expect(parsed.informe.avisos.filter((a) => a.regla === 'numeracion-de-funciones')).toEqual([]);
    expect(parsed.informe.documentos[0]?.funciones).toBe(766);
  });

  it('places every line, or drops it by a named rule: the charts, the page furniture', () => {
    expect(parsed.informe.sinUbicar).toEqual([]);
    expect(parsed.informe.descartadas).toEqual({ 'organigrama-ocr': 173, 'numero-de-hoja': 6, 'encabezado-de-pagina': 24 });
  });
});

describe('the scanned DOyE manual: overview', () => {
  it('reads chapters 1-5 as the overview, and the charts chapter as their list', () => {
    expect(documento.secciones.map((s) => `${s.numero} ${s.tipo}`)).toEqual([
      '1 introduccion',
      '2 objetivo',
      '3 marco-juridico',
      '4 atribuciones',
      '5 politicas',
      '6 organigrama',
    ]);
  });

  it('reads the marco jurídico as one list of 40 items, bullets read as e and bullets lost at page breaks alike', () => {
    const [lista, ...rest] = documento.secciones[2]?.bloques ?? [];
    expect(rest).toEqual([]);
    expect(lista?.tipo === 'lista' && lista.items.length).toBe(40);
    expect(lista?.tipo === 'lista' && lista.items[0]?.texto).toBe('Constitución Política de los Estados Unidos Mexicanos. Publicada en el Diario Oficial de la Federación el 05 de febrero de 1917, y sus reformas.');
    expect(lista?.tipo === 'lista' && lista.items[13]?.texto).toMatch(/^Ley del Seguro Social\. /u);
  });

  it('pairs the políticas with the numerals printed apart from them', () => {
    const [lista] = documento.secciones[4]?.bloques ?? [];
    expect(lista?.tipo === 'lista' && lista.items.map((item) => item.numero)).toEqual(Array.from({ length: 11 }, (_, i) => `5.${i + 1}`));
    expect(lista?.tipo === 'lista' && lista.items[0]?.texto).toBe('Desempeñará sus funciones en estricto apego a las directrices establecidas por la Dirección General.');
  });

  it('joins the introduction paragraphs that a page break cut', () => {
    const textos = documento.secciones[0]?.bloques.map((b) => (b.tipo === 'parrafo' ? b.texto : '')) ?? [];
    expect(textos.some((t) => t.includes('modificando su denominación de Coordinación de Administración de Información de Personal'))).toBe(true);
    expect(textos.some((t) => /Estratégica Institucional; 6\) A esta [UÚ]ltima Coordinación/u.test(t))).toBe(true);
    expect(textos).toHaveLength(27);
  });
});

describe('the scanned DOyE manual: text repair', () => {
  it('brings the unknown-word rate of the published text from over 20% to at most 1.5%', () => {
    const { diccionario } = corpus();
    const before = tasaDesconocidas([bytes.toString('utf8').normalize('NFC')], diccionario);
    const after = tasaDesconocidas(textosPublicados(documento), diccionario);
    expect(before.tasa).toBeGreaterThan(0.2);
    expect(after.tasa).toBeLessThanOrEqual(0.015);
  });

  it('names units as the other documents of the corpus do', () => {
    expect(moimss).toContain(`8.1.10 ${unidad('7.1').nombre}`);
    expect(moimss).toContain(unidad('7.1.1.3').nombre);
    expect(unidad('7.1.1.3').nombre).toBe('Coordinación de Evaluación de Prestaciones Económico-Sociales');
    for (const numeral of ['7.1.1', '7.1.2', '7.1.3', '7.1.1.2', '7.1.1.5', '7.1.4.1', '7.1.5']) expect(moimss).toContain(unidad(numeral).nombre);
  });

  it('reports a unit another document names with an article less, and keeps its heading', () => {
    expect(unidad('7.1.1.1').nombre).toBe('Coordinación de Evaluación de la Calidad Médica');
    const avisos = parsed.informe.avisos.filter((a) => a.regla === 'nombre-distinto-en-corpus');
    expect(avisos.map((a) => a.linea)).toEqual([913]);
    expect(avisos[0]?.mensaje).toContain('«Coordinación de Evaluación de Calidad Médica»');
  });

  it('keeps what the scan printed next to every repaired text', () => {
    expect(unidad('7.1.1.4.2')).toMatchObject({ nombre: 'División de Evaluación Médica y de Servicios de Apoyo', nombreOriginal: 'Division de Evaluacion Médicay de Servicios de Apoyo' });
    const last = unidad('7.1.5').funciones.at(-1);
    expect(last?.original).toBe('Desarrollar todas aquellas funciones inherentes al &mbito de su competencia y las demas que le sean asignadas por su superior jerarquico.');
    const politica = documento.secciones[4]?.bloques[0];
    expect(politica?.tipo === 'lista' && politica.items[0]?.original).toBe('Desempefara sus funciones en estricto apego a las directrices establecidas por la Direccion General.');
    for (const u of documento.unidades) for (const f of u.funciones) if (f.original !== undefined) expect(f.original).not.toBe(f.texto);
  });

  it('gives the same documents on every run', () => {
    expect(JSON.stringify(parse(decode(archivo, bytes), { lexicon: corpus }).estructuras[0]?.documento)).toBe(JSON.stringify(documento));
  });
});
