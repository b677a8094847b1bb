import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentoSchema, type Actividad, type Documento } from '../../src/model/index.ts';
import { procedimiento } from '../../scripts/ingest/families/procedimiento.ts';
import { alinearResponsables } from '../../scripts/ingest/families/procedimiento/responsables.ts';
import { oraciones } from '../../scripts/ingest/families/procedimiento/actividades.ts';
import { primeraFecha } from '../../scripts/ingest/constructs/fechas.ts';
import { leerOrdinales } from '../../scripts/ingest/families/procedimiento/fechas.ts';
import { normalize } from '../../scripts/ingest/normalize/index.ts';
import { parse, type Parsed } from '../../scripts/ingest/parse.ts';
import { decode, read } from '../../scripts/ingest/read.ts';
import type { Estructura } from '../../scripts/ingest/recognizer.ts';

const archivo = 'imss-procedimiento-0508-003-001.txt';
const ruta = `content/sources/${archivo}`;
/** The source as published, line by line (1-based through `fuente(n)`). */
const fuente = (() => {
  const lineas = readFileSync(ruta, 'utf8').split('\n');
  return (n: number) => lineas[n - 1] ?? '';
})();

/** Reads a fixture with this recognizer alone (normalize, then inicios and estructurar). */
function leerFixture(nombre: string): { inicios: number[]; estructura: Estructura | null; sinUbicar: number[] } {
  const normalizado = normalize(decode(nombre, readFileSync(`tests/fixtures/procedimiento/${nombre}`)));
  const inicios = procedimiento.inicios(normalizado.lines);
  if (inicios.length === 0) return { inicios, estructura: null, sinUbicar: [] };
  const estructura = procedimiento.estructurar({ familia: 'procedimiento', archivo: nombre, lines: normalizado.lines, ocr: false, notas: [] });
  const sinUbicar = normalizado.lines.filter((line) => line.texto.trim() !== '' && !estructura.colocadas.has(line.n)).map((line) => line.n);
  return { inicios, estructura, sinUbicar };
}

function reglas(estructura: Estructura | null): string[] {
  return (estructura?.avisos ?? []).map((aviso) => `${aviso.archivo}:${aviso.linea}: ${aviso.regla}`);
}

describe('the procedimiento recognizer on 0508-003-001', () => {
  let parsed: Parsed;
  let documento: Documento;
  let actividad: (n: number) => Actividad;

  beforeAll(async () => {
    parsed = parse(await read(ruta, archivo));
    const estructura = parsed.estructuras.find((e) => e.documento.familia === 'procedimiento');
    if (!estructura) throw new Error('no procedimiento found');
    documento = estructura.documento;
    actividad = (n) => {
      const found = documento.procedimiento?.actividades.find((a) => a.numero === n);
      if (!found) throw new Error(`no activity ${n}`);
      return found;
    };
  });

  it('finds one procedure in the file and leaves no line unplaced', () => {
    expect(parsed.estructuras).toHaveLength(1);
    expect(parsed.informe.documentos).toEqual([{ familia: 'procedimiento', titulo: documento.titulo, unidades: 0, funciones: 0 }]);
    expect(parsed.informe.sinUbicar).toEqual([]);
  });

  it('produces a document the model schema accepts', () => {
    expect(() => documentoSchema.parse(documento)).not.toThrow();
  });

  it('reads title, clave, institution and date from the cover', () => {
    expect(documento.familia).toBe('procedimiento');
    expect(documento.titulo).toBe('Procedimiento para la asesoría en la implementación del Modelo Institucional para la Competitividad');
    expect(documento.institucion).toBe('Instituto Mexicano del Seguro Social');
    expect(documento.fechas).toEqual({ expedicion: '2023-04-17', publicacion: null, modificaciones: [] });
    expect(documento.unidades).toEqual([]);
    expect(documento.procedimiento?.clave).toBe('0508-003-001');
    expect(documento.procedimiento?.area).toBe('UNIDAD DE INTEGRIDAD Y TRANSPARENCIA');
    expect(documento.procedimiento?.membrete).toContain('SEGURIDAD Y SOLIDARIDAD SOCIAL');
  });

  it('keeps the authorization signatures as data and as a section', () => {
    const firmas = documento.procedimiento?.autorizacion ?? [];
    expect(firmas.map((f) => [f.accion, f.nombre])).toEqual([
      ['aprobo', 'Lic. Patricia Pérez De Los Ríos'],
      ['reviso', 'Mtra. Marcela Castro López'],
      ['reviso', 'Lic. María Guadalupe Lozano Anguiano'],
      ['elaboro', 'L.L.M. Paloma Rodríguez Esparza'],
    ]);
    expect(firmas[1]?.cargo).toBe('Titular de la Coordinación de Modernización y Competitividad');
    expect(firmas[3]).toMatchObject({
      cargo: 'Titular de la División de Implementación de la Competitividad Institucional',
      area: 'COORDINACION DE MODERNIZACION Y COMPETITIVIDAD',
      linea: 38,
    });
    const autorizacion = documento.secciones[0];
    expect(autorizacion?.titulo).toBe('Autorización');
    const textos = JSON.stringify(autorizacion?.bloques);
    expect(textos).toContain('MOVIMIENTO VALIDADO Y REGISTRADO');
    expect(textos).toContain('Código de Conducta y de Prevención de Conflictos de Interés');
  });

  it('lists the sections in order, the activities section found through its table', () => {
    expect(documento.secciones.map((s) => [s.numero, s.titulo, s.tipo])).toEqual([
      [null, 'Autorización', 'otra'],
      ['1', 'Base normativa', 'marco-juridico'],
      ['2', 'Objetivo', 'objetivo'],
      ['3', 'Ámbito de aplicación', 'otra'],
      ['4', 'Definiciones', 'glosario'],
      ['5', 'Políticas', 'politicas'],
      ['6', 'Descripción de actividades', 'otra'],
      ['7', 'Diagrama de flujo', 'otra'],
    ]);
    expect(documento.procedimiento?.objetivo).toBe(fuente(74));
    expect(documento.procedimiento?.ambito).toBe(fuente(78));
  });

  it('keeps the whole text in the sections, so the page reads whole and search finds it', () => {
    const seccion = (titulo: string) => documento.secciones.find((s) => s.titulo === titulo)?.bloques ?? [];
    const items = (titulo: string) => seccion(titulo).flatMap((b) => (b.tipo === 'lista' ? b.items.map((item) => item.texto) : []));
    const parrafos = (titulo: string) => seccion(titulo).flatMap((b) => (b.tipo === 'parrafo' ? [b.texto] : []));
    expect(parrafos('Definiciones')).toEqual([fuente(84)]);
    expect(items('Definiciones')).toHaveLength(29);
    expect(items('Definiciones')[9]).toBe(fuente(104));
    expect(items('Políticas')).toHaveLength(21);
    expect(parrafos('Políticas')).toEqual(['Generales', 'Especificas', fuente(177), fuente(181), fuente(187), fuente(191), fuente(203)]);
    expect(items('Descripción de actividades')).toHaveLength(34);
    expect(items('Descripción de actividades')[6]).toBe(`7. División de Implementación: ${actividad(7).texto}`);
    expect(parrafos('Descripción de actividades')).toContain('Continúa en la actividad 17.');
    expect(parrafos('Descripción de actividades')[0]).toBe('Etapas I: Ratificación de unidades a implementar el MC');
  });

  it('reads the base normativa as data: document, numeral, sub-numerals as numbers', () => {
    const base = documento.procedimiento?.baseNormativa ?? [];
    expect(base.map((r) => r.numeral)).toEqual(['8.1.1', '7.1.2', '7.1.2.1', '7.1.2.1.1', '7.1', '7.1.5', '7.1.7', null]);
    const uit = base.filter((r) => r.documento === 'Manual de Organización de la Unidad de Integridad y Transparencia del IMSS');
    expect(uit.map((r) => [r.numeral, r.subnumerales])).toEqual([
      ['7.1.2', ['1', '2', '11', '12']],
      ['7.1.2.1', ['1', '2', '9', '10']],
      ['7.1.2.1.1', ['1', '2', '3', '8', '11', '13', '19']],
    ]);
    expect(uit[0]).toMatchObject({ clave: '0500-002-003', fecha: '2022-12-16', linea: 67 });
    expect(base[0]).toMatchObject({ documento: 'Manual de Organización del Instituto Mexicano del Seguro Social', subnumerales: ['1', '4'] });
    expect(base[5]).toMatchObject({ documento: 'Norma para la Implementación del Modelo Institucional para la Competitividad', clave: '0503-001-002', fecha: '2021-10-07' });
    expect(base[7]).toMatchObject({
      documento: 'ACDO.AS2.HCT.070920/240.P.DA',
      fecha: '2020-09-07',
      url: 'http://intranet/normatividad/Documents/normatividad/ACDO-240-DA.pdf',
    });
    // The autolink's brackets are Markdown, not text.
    expect(base[7]?.texto).not.toContain('<http');
  });

  it('reads 29 definiciones, first and last as the source prints them', () => {
    const definiciones = documento.procedimiento?.definiciones ?? [];
    expect(definiciones).toHaveLength(29);
    const [primera, ultima] = [definiciones[0], definiciones.at(-1)];
    expect(`${primera?.numero} ${primera?.termino}: ${primera?.definicion}`).toBe(fuente(86));
    expect(primera?.termino).toBe('asesora o asesor');
    expect(`${ultima?.numero} ${ultima?.termino}: ${ultima?.definicion}`).toBe(fuente(146));
    expect(ultima?.termino).toBe('unidad(es)');
    expect(definiciones.map((d) => d.numero)).toEqual(Array.from({ length: 29 }, (_, i) => `4.${i + 1}`));
  });

  it('flags the abbreviations among the definiciones', () => {
    const definiciones = documento.procedimiento?.definiciones ?? [];
    const flag = (termino: string) => definiciones.find((d) => d.termino === termino)?.abreviatura;
    expect(flag('CC')).toBe(true);
    expect(flag('CMC')).toBe(true);
    expect(flag('CTCI')).toBe(true);
    expect(flag('OOAD Estatal/Regional')).toBe(true);
    expect(flag('asesoría')).toBe(false);
    expect(flag('División de Desarrollo')).toBe(false);
    expect(flag('Órganos Normativos')).toBe(false);
    expect(definiciones.filter((d) => d.abreviatura).map((d) => d.termino)).toEqual(['CC', 'CMC', 'CTCI', 'JDC', 'MC', 'OOAD Estatal/Regional', 'PVC', 'UMAE']);
  });

  it('reads 21 políticas with their groups, stages and the lost figure', () => {
    const politicas = documento.procedimiento?.politicas ?? [];
    expect(politicas).toHaveLength(21);
    expect(`${politicas[0]?.numero} ${politicas[0]?.texto}`).toBe(fuente(152));
    expect(`${politicas.at(-1)?.numero} ${politicas.at(-1)?.texto}`).toBe(fuente(213));
    expect(politicas.filter((p) => p.grupo === 'Generales').map((p) => p.numero)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5']);
    expect(politicas.filter((p) => p.grupo === 'Especificas')).toHaveLength(16);
    expect(politicas.find((p) => p.numero === '5.10')?.figura).toBe('FIGURA 1. Etapas del proceso de asesoría');
    expect(politicas.find((p) => p.numero === '5.11')?.etapa).toBe(fuente(181));
    expect(politicas.find((p) => p.numero === '5.21')?.etapa).toBe('Etapas V: Evaluación de la asesoría');
    // The dead `(#)` link keeps its text and loses its markup.
    expect(politicas.find((p) => p.numero === '5.14')?.texto).toMatch(/“Procedimiento para la identificación, .*Seguro Social”\.$/u);
  });

  it('reads 34 activities numbered as the source numbers them', () => {
    const actividades = documento.procedimiento?.actividades ?? [];
    expect(actividades.map((a) => a.numero)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(actividad(7).texto).toBe(
      'Resguarda una copia de los registros de las unidades no ratificadas de la PVC, elimina estos registros de la PVC y lo notifica mediante correo electrónico, a las y los asesores y asesores de UMAE.',
    );
    expect(actividad(7).linea).toBe(225);
    // Activities 1-6 sat in a list whose markers were lost: their numbers are inferred, and say so.
    expect(actividad(1).texto).toMatch(/^Solicita en el último trimestre del año .* proceso de implementación del MC\.$/u);
    expect(actividad(6).texto).toMatch(/^Elabora en el último trimestre .* para su baja\.$/u);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(actividad(n).notas.some((nota) => nota.startsWith('número inferido'))).toBe(true);
    expect(actividad(7).notas).toEqual([]);
  });

  it('gives each activity its responsable, inferring it where the source merged the cells', () => {
    expect(actividad(7).responsable).toBe('División de Implementación');
    expect(actividad(8).responsable).toBe('División de Implementación/CC');
    expect(actividad(10).responsable).toBe('Asesora o asesor/Asesora o asesor de UMAE');
    expect(actividad(18).responsable).toBe('División de Implementación/CC');
    expect([1, 2, 3, 4, 5, 6].map((n) => actividad(n).responsable)).toEqual([
      'UIT/CMC',
      'CC/JDC',
      'UIT/CMC/CTCI',
      'División de Implementación',
      'División de Implementación',
      'Asesora o Asesor/Asesora o Asesor de UMAE',
    ]);
    expect([29, 30, 31, 32, 33, 34].map((n) => actividad(n).responsable)).toEqual([
      'Asesora o asesor/Asesora o asesor de UMAE',
      'Asesora o asesor/Asesora o asesor de UMAE',
      'Asesora o asesor/Asesora o asesor de UMAE',
      'División de Implementación/CC/JDC',
      'CC/JDC',
      'División de Implementación',
    ]);
    expect(actividad(33).notas.some((nota) => nota.startsWith('responsable inferido'))).toBe(true);
    expect(parsed.informe.avisos.filter((a) => a.regla === 'responsables-combinados').map((a) => a.linea)).toEqual([219, 249]);
  });

  it('links decisions to their branches with the printed conditions', () => {
    expect(actividad(4).siguientes).toEqual([
      { actividad: 5, condicion: 'Unidades no ratificadas' },
      { actividad: 17, condicion: 'Unidades ratificadas' },
      { actividad: 8, condicion: 'Unidades de incorporación' },
    ]);
    expect(actividad(12).siguientes).toEqual([
      { actividad: 17, condicion: 'Unidades ratificadas' },
      { actividad: 13, condicion: 'Unidades de incorporación' },
    ]);
    expect(actividad(21).siguientes.map((s) => s.actividad)).toEqual([22, 23]);
    expect(actividad(24).siguientes).toEqual([
      { actividad: 25, condicion: '“Programas operativos” no congruentes' },
      { actividad: 26, condicion: '“Programas operativos” congruentes' },
    ]);
    expect(actividad(27).siguientes).toEqual([
      { actividad: 28, condicion: 'No existen avances' },
      { actividad: 29, condicion: 'Existen avances' },
    ]);
    expect(actividad(29).siguientes.map((s) => [s.actividad, s.condicion])).toEqual([
      [30, 'Incumplimiento de “Programas operativos”'],
      [31, 'Cumplimiento de “Programas operativos”'],
    ]);
  });

  it('follows "Continúa en la actividad N", plain sequence and the end', () => {
    expect(actividad(11).siguientes).toEqual([{ actividad: 12, condicion: null }]);
    expect(actividad(22).siguientes).toEqual([{ actividad: 23, condicion: null }]);
    expect(actividad(25).siguientes).toEqual([{ actividad: 23, condicion: null }]);
    expect(actividad(28).siguientes).toEqual([{ actividad: 27, condicion: null }]);
    expect(actividad(30).siguientes).toEqual([{ actividad: 29, condicion: null }]);
    expect(actividad(6).siguientes).toEqual([{ actividad: 7, condicion: null }]);
    expect(actividad(16).siguientes).toEqual([{ actividad: 17, condicion: null }]);
    expect(actividad(7).siguientes).toEqual([]);
    expect(actividad(34)).toMatchObject({ siguientes: [], fin: true });
    expect(documento.procedimiento?.actividades.filter((a) => a.fin).map((a) => a.numero)).toEqual([34]);
  });

  it('places each activity in its stage and keeps the NOTA under its activity', () => {
    expect(actividad(1).etapa).toBe('Etapas I: Ratificación de unidades a implementar el MC');
    expect(actividad(11).etapa).toBe('Etapas I: Ratificación de unidades a implementar el MC');
    expect(actividad(12).etapa).toBe('Etapas II: Asesoría para la aplicación de la evaluación inicial y elaboración del “Plan integral de implementación”');
    expect(actividad(17).etapa).toBe('Etapas III: Elaboración del “Programa anual de asesoría”');
    expect(actividad(34).etapa).toBe('Etapas IV: Desarrollo de la asesoría');
    expect(actividad(13).observaciones).toHaveLength(1);
    expect(actividad(13).observaciones[0]).toMatch(/^NOTA: Durante el periodo de implementación del MC/u);
  });

  it('lets no HTML or Markdown markup from the source into the model', () => {
    const modelo = JSON.stringify(documento);
    for (const marca of ['<p', '</p', '<ol', '<td', '<tr', '<br', 'style=', '](#)', '<http']) expect(modelo).not.toContain(marca);
  });

  it('reports what it inferred or could not follow, each with file and line', () => {
    expect(parsed.informe.avisos.every((a) => a.archivo === archivo && a.linea > 0 && a.nivel === 'aviso')).toBe(true);
    expect(parsed.informe.avisos.map((a) => `${a.linea} ${a.regla}`).sort()).toEqual(
      ['219 responsables-combinados', '225 actividad-sin-continuacion', '249 responsables-combinados', '253 seccion-vacia'].sort(),
    );
  });
});

describe('recognizing a procedure by its content', () => {
  it('does not claim the manuals', async () => {
    for (const otro of [
      'imss-uit-manual-organizacion.txt',
      'imss-doye-manual-organizacion-ocr.txt',
      'imss-moimss-dof-2022-y-estatuto-imss-bienestar.txt',
      'issste-manual-organizacion-general.txt',
    ]) {
      const normalizado = normalize(await read(`content/sources/${otro}`, otro));
      expect(procedimiento.inicios(normalizado.lines), otro).toEqual([]);
    }
  });

  it('recognizes the procedure under any file name, starting at its letterhead', async () => {
    const normalizado = normalize(await read(ruta, 'sin-pistas.txt'));
    const inicios = procedimiento.inicios(normalizado.lines);
    expect(inicios).toHaveLength(1);
    expect(normalizado.lines[inicios[0] ?? -1]?.texto).toBe('INSTITUTO MEXICANO DEL SEGURO SOCIAL');
  });

  it('does not take a mention of a "Procedimiento para ..." without clave for a procedure', () => {
    expect(leerFixture('no-es-procedimiento.txt').inicios).toEqual([]);
  });
});

describe('bad input', () => {
  it('reports activities out of order and keeps their printed numbers', () => {
    const { estructura, sinUbicar } = leerFixture('desorden.txt');
    expect(estructura?.documento.procedimiento?.actividades.map((a) => a.numero)).toEqual([1, 3, 2, 4]);
    expect(reglas(estructura)).toEqual(['desorden.txt:16: actividad-faltante', 'desorden.txt:17: actividad-fuera-de-orden']);
    expect(sinUbicar).toEqual([]);
  });

  it('drops a "Continúa en la actividad N" to a missing activity and says where', () => {
    const { estructura, sinUbicar } = leerFixture('continua-inexistente.txt');
    const actividades = estructura?.documento.procedimiento?.actividades ?? [];
    expect(actividades.map((a) => [a.numero, a.siguientes])).toEqual([
      [1, [{ actividad: 3, condicion: 'Procede' }, { actividad: 2, condicion: 'No procede' }]],
      [2, []],
      [3, []],
    ]);
    expect(actividades[2]?.fin).toBe(true);
    expect(reglas(estructura)).toEqual(['continua-inexistente.txt:10: actividad-inexistente']);
    expect(estructura?.avisos[0]?.mensaje).toContain('actividad 99');
    expect(sinUbicar).toEqual([]);
  });

  it('reads a table cut in half: a row split over two lines, a row cut short, a table without header', () => {
    const { estructura, sinUbicar } = leerFixture('tabla-cortada.txt');
    const actividades = estructura?.documento.procedimiento?.actividades ?? [];
    expect(actividades.map((a) => [a.numero, a.responsable, a.texto])).toEqual([
      [1, 'Área A', 'Recibe la solicitud y la revisa con el área.'],
      [2, 'Área B', 'Turna la solicitud al'],
      [3, 'Área A', 'Archiva la solicitud.'],
    ]);
    expect(reglas(estructura)).toEqual([
      'tabla-cortada.txt:10: fila-partida',
      'tabla-cortada.txt:12: fila-cortada',
      'tabla-cortada.txt:12: html-mal-formado',
      'tabla-cortada.txt:14: tabla-sin-encabezado',
    ]);
    expect(sinUbicar).toEqual([]);
  });

  it('drops a <script> in a cell or a definition, and keeps the text around it', () => {
    const { estructura, sinUbicar } = leerFixture('script-en-celda.txt');
    const procedimientoLeido = estructura?.documento.procedimiento;
    expect(procedimientoLeido?.actividades.map((a) => [a.responsable, a.texto])).toEqual([
      ['Área A', 'Recibe la solicitud.'],
      ['Área B', 'Archiva la solicitud & el acuse.'],
    ]);
    expect(procedimientoLeido?.definiciones[0]?.definicion).toBe('Definición con marcado limpia.');
    const modelo = JSON.stringify(estructura?.documento);
    for (const marca of ['<', 'alert', 'robar', 'color: red', 'oculto']) expect(modelo).not.toContain(marca);
    expect(reglas(estructura)).toEqual([
      'script-en-celda.txt:8: html-descartado',
      'script-en-celda.txt:14: html-descartado',
      'script-en-celda.txt:14: html-descartado',
      'script-en-celda.txt:15: html-descartado',
      'script-en-celda.txt:15: html-comentario',
    ]);
    expect(sinUbicar).toEqual([]);
  });
});

describe('helpers', () => {
  it('reads ordinal sub-numerals, compound and partitive ones included', () => {
    expect(leerOrdinales(['primero', 'segundo', 'onceavo', 'doceavo'])).toEqual([1, 2, 11, 12]);
    expect(leerOrdinales(['décimo', 'primero', 'décimo', 'tercero', 'décimo', 'noveno', 'décimo'])).toEqual([11, 13, 19, 10]);
    expect(leerOrdinales(['decimoquinto', 'vigésimo', '7', 'ultimo'])).toEqual([15, 20, 7, 'ultimo']);
  });

  it('reads dates written out and stamped', () => {
    expect(primeraFecha('con fecha de emisión 26 de diciembre de 2022.')).toBe('2022-12-26');
    expect(primeraFecha('ACTUALIZACION 17 ABR 2023')).toBe('2023-04-17');
    expect(primeraFecha('31 de febrero de 2022')).toBeNull();
  });

  it('splits loose list text into one activity per sentence, not at abbreviations', () => {
    expect(oraciones('Solicita el oficio. Acuerda con la Lic. Pérez el plan. Recibe "Oficio" y lo envía.')).toEqual([
      'Solicita el oficio.',
      'Acuerda con la Lic. Pérez el plan.',
      'Recibe "Oficio" y lo envía.',
    ]);
  });

  it('aligns merged roles by the text: nobody sends to themselves, the receiver acts next', () => {
    const roles = ['Área A', 'Área B', 'Área C'];
    // Ties go to the earlier role.
    expect(alinearResponsables(roles, ['Recibe.', 'Revisa.', 'Turna.', 'Archiva.'])).toEqual([0, 0, 1, 2]);
    // "lo envía al Área B" hands over: the next activity is B's, not A's again.
    expect(alinearResponsables(roles, ['Lo envía al Área B.', 'Revisa.', 'Archiva.', 'Guarda.'])).toEqual([0, 1, 1, 2]);
    // An activity that writes to A is not A's.
    expect(alinearResponsables(roles, ['Recibe.', 'Solicita al Área A el informe.', 'Elabora.', 'Archiva.'])).toEqual([0, 1, 1, 2]);
  });
});
