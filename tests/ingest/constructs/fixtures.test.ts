import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leerAsignacion, leerRemision } from '../../../scripts/ingest/constructs/asignacion.ts';
import { leerEtiqueta } from '../../../scripts/ingest/constructs/bloque-etiquetado.ts';
import { leerEncabezadoNumerado } from '../../../scripts/ingest/constructs/encabezado-numerado.ts';
import { fechasEnEspanol, primeraFecha } from '../../../scripts/ingest/constructs/fechas.ts';
import { leerListaDeFunciones } from '../../../scripts/ingest/constructs/lista-de-funciones.ts';
import { escalaDe, rangoDe } from '../../../scripts/ingest/constructs/rango.ts';
import { leerEncabezadoDeSeccion } from '../../../scripts/ingest/constructs/seccion.ts';
import { tipoDeUnidad } from '../../../scripts/ingest/constructs/tipo-unidad.ts';
import type { Line } from '../../../src/model/index.ts';

/**
 * Every case of tests/fixtures/constructs/ (its README says how each
 * construct reads its input): the construct's reading of `<caso>.txt` must
 * be `<caso>.expected.json`, written by hand from the input.
 */
const dir = new URL('../../fixtures/constructs/', import.meta.url);

const renglones = (texto: string) => texto.replace(/\n$/u, '').split('\n');
const lineas = (texto: string): Line[] => renglones(texto).map((linea, i) => ({ n: i + 1, texto: linea }));
const parrafo = (texto: string) => texto.replace(/\s+/gu, ' ').trim();

const lectores: Record<string, (texto: string) => unknown> = {
  asignacion: (texto) => leerAsignacion(parrafo(texto)),
  remision: (texto) => leerRemision(parrafo(texto)),
  'lista-de-funciones': (texto) => {
    const lista = leerListaDeFunciones('caso.txt', lineas(texto), 'Unidad de prueba');
    return {
      funciones: lista.funciones.map(({ n, linea, texto: suyo }) => ({ n, linea, texto: suyo })),
      marcas: lista.marcas,
      parrafos: lista.parrafos.map(({ despuesDe, linea, texto: suyo }) => ({ despuesDe, linea, texto: suyo })),
      avisos: lista.avisos.map((aviso) => aviso.regla),
    };
  },
  'encabezado-numerado': (texto) => renglones(texto).map(leerEncabezadoNumerado),
  'bloque-etiquetado': (texto) => renglones(texto).map(leerEtiqueta),
  seccion: (texto) => renglones(texto).map(leerEncabezadoDeSeccion),
  rango: (texto) => {
    const nombres = renglones(texto);
    const escala = escalaDe(nombres);
    return { escala, rangos: nombres.map((nombre) => rangoDe(nombre, escala)) };
  },
  fechas: (texto) => renglones(texto).map((linea) => ({ fechas: fechasEnEspanol(linea), primera: primeraFecha(linea) })),
  'tipo-unidad': (texto) => renglones(texto).map((nombre) => tipoDeUnidad(nombre)),
};

const casos = readdirSync(dir, { withFileTypes: true })
  .filter((entrada) => entrada.isDirectory())
  .flatMap((carpeta) =>
    readdirSync(new URL(`${carpeta.name}/`, dir))
      .filter((nombre) => nombre.endsWith('.txt'))
      .map((nombre) => [carpeta.name, nombre.replace(/\.txt$/u, '')] as const),
  );

describe('constructs, on their fixtures', () => {
  it('has a reader for every construct folder and cases for every reader', () => {
    expect(new Set(casos.map(([construct]) => construct))).toEqual(new Set(Object.keys(lectores)));
  });

  it.each(casos)('%s: %s', (construct, caso) => {
    const leer = lectores[construct];
    if (!leer) throw new Error(`no reader for ${construct}`);
    const entrada = readFileSync(new URL(`${construct}/${caso}.txt`, dir), 'utf8');
    const esperado: unknown = JSON.parse(readFileSync(new URL(`${construct}/${caso}.expected.json`, dir), 'utf8'));
    expect(leer(entrada)).toEqual(esperado);
  });
});
