import type { Line, Unidad } from '../../../../src/model/index.ts';
import { leerEncabezadoNumerado } from '../../constructs/encabezado-numerado.ts';
import { claveDeUnidad } from '../../constructs/puestos.ts';
import { escalaDe, esJuntaDeGobierno, rangoColegiado, rangoDe, type Escala } from '../../constructs/rango.ts';

/**
 * A manual's tree, from the best evidence it gives:
 *
 * 1. numerals: `7.1.2` answers to `7.1`, `I.1` to `I`, the code `111` to
 *    `110` (organization codes zero their lower digits);
 * 2. the `ESTRUCTURA ORGÁNICA` list, by indentation or numerals, matched
 *    to the units by name;
 * 3. otherwise the order of the descriptions and the rank of each kind: a
 *    unit answers to the nearest unit above it that ranks higher
 *    (`constructs/rango.ts`).
 *
 * Then, as in reglamentos, the units at the top beside the head (a bare
 * `Dirección General`, a `Presidencia`) answer to it, and the head to the
 * governing board. Every inference beyond a numeral is noted on the unit.
 */

/** An entry of the structure list: a name and how deep it is. */
export interface EntradaDeEstructura {
  nombre: string;
  nivel: number;
  linea: number;
}

/** The structure list's entries, depth from numerals (`1.1`) where printed, else from indentation. */
export function leerEstructura(lines: readonly Line[]): EntradaDeEstructura[] {
  const texto = lines.filter((line) => line.texto.trim() !== '');
  const sangrias = [...new Set(texto.map((line) => /^[ \t]*/u.exec(line.texto.replaceAll('\f', ''))?.[0].length ?? 0))].sort((a, b) => a - b);
  return texto.map((line) => {
    const numerado = leerEncabezadoNumerado(line.texto);
    const nombre = (numerado?.nombre ?? line.texto.replace(/^\s*[-•*·▪]\s+/u, '')).replace(/\s+/gu, ' ').trim().replace(/[.;,]+$/u, '');
    const sangria = /^[ \t]*/u.exec(line.texto.replaceAll('\f', ''))?.[0].length ?? 0;
    const nivel = numerado && numerado.estilo === 'decimal' ? numerado.niveles - 1 : sangrias.indexOf(sangria);
    return { nombre, nivel: Math.max(0, nivel), linea: line.n };
  });
}

export function ponerSuperiores(unidades: Unidad[], estructura: readonly EntradaDeEstructura[]): void {
  const conNumeral = unidades.filter((unidad) => unidad.numeral !== null);
  const escala = escalaDe(unidades.map((unidad) => unidad.nombre));
  if (conNumeral.length >= unidades.length / 2 && conNumeral.length > 1) porNumeral(unidades);
  else if (!porEstructura(unidades, estructura)) porRango(unidades, escala);
  alrededorDeLaCabeza(unidades, escala);
}

function porNumeral(unidades: Unidad[]): void {
  const porClave = new Map(unidades.filter((unidad) => unidad.numeral !== null).map((unidad) => [unidad.numeral as string, unidad]));
  for (const unidad of unidades) {
    if (unidad.numeral === null) continue;
    for (const candidato of ancestros(unidad.numeral)) {
      const padre = porClave.get(candidato);
      if (padre && padre !== unidad) {
        unidad.padre = padre.clave;
        break;
      }
    }
  }
}

/** The numerals a numeral may answer to, nearest first: `7.1.2` -> `7.1`, `7`; `111` -> `110`, `100`. */
function ancestros(numeral: string): string[] {
  if (numeral.includes('.')) {
    const partes = numeral.split('.');
    return partes.slice(1).map((_, k) => partes.slice(0, partes.length - 1 - k).join('.'));
  }
  if (/^\d{3,}$/u.test(numeral)) {
    const out: string[] = [];
    let actual = numeral;
    for (;;) {
      const i = actual.search(/[1-9]0*$/u);
      if (i <= 0) break;
      actual = `${actual.slice(0, i)}${'0'.repeat(actual.length - i)}`;
      out.push(actual);
    }
    return out;
  }
  return [];
}

/** Parents from the structure list; false when it names too few of the units to be theirs. */
function porEstructura(unidades: Unidad[], estructura: readonly EntradaDeEstructura[]): boolean {
  if (estructura.length === 0) return false;
  const porNombre = new Map(unidades.map((unidad) => [claveDeUnidad(unidad.nombre), unidad]));
  const halladas = estructura.filter((entrada) => porNombre.has(claveDeUnidad(entrada.nombre)));
  if (halladas.length < unidades.length / 2) return false;
  const abiertas: EntradaDeEstructura[] = [];
  for (const entrada of estructura) {
    while ((abiertas.at(-1)?.nivel ?? -1) >= entrada.nivel) abiertas.pop();
    const unidad = porNombre.get(claveDeUnidad(entrada.nombre));
    const superior = [...abiertas].reverse().map((abierta) => porNombre.get(claveDeUnidad(abierta.nombre))).find((u) => u !== undefined);
    if (unidad && superior && unidad.padre === null) {
      unidad.padre = superior.clave;
      unidad.notas.push(`superior según la estructura orgánica (línea ${entrada.linea})`);
    }
    abiertas.push(entrada);
  }
  return true;
}

/** Parents by document order and rank: the nearest unit above that ranks higher. */
function porRango(unidades: Unidad[], escala: Escala): void {
  unidades.forEach((unidad, i) => {
    if (unidad.padre !== null) return;
    const rango = rangoDe(unidad.nombre, escala);
    if (rango === rangoColegiado) return;
    for (let j = i - 1; j >= 0; j--) {
      const arriba = unidades[j] as Unidad;
      const suyo = rangoDe(arriba.nombre, escala);
      if (suyo !== rangoColegiado && suyo < rango) {
        unidad.padre = arriba.clave;
        unidad.notas.push(`superior inferido: ${arriba.nombre}, la unidad de mayor rango que la precede en el manual`);
        return;
      }
    }
  });
}

/** The units beside the head answer to it; the head, to the governing board. */
function alrededorDeLaCabeza(unidades: Unidad[], escala: Escala): void {
  const raices = unidades.filter((unidad) => unidad.padre === null);
  const cabezas = raices.filter((unidad) => rangoDe(unidad.nombre, escala) === 1);
  const [cabeza] = cabezas;
  if (cabezas.length !== 1 || !cabeza) return;
  for (const unidad of raices) {
    if (unidad === cabeza || rangoDe(unidad.nombre, escala) <= 1) continue;
    unidad.padre = cabeza.clave;
    unidad.notas.push(`superior inferido: ${cabeza.nombre}; el manual la pone en el primer nivel sin decir de quién depende`);
  }
  const juntas = raices.filter((unidad) => esJuntaDeGobierno(unidad.nombre));
  const [junta] = juntas;
  if (juntas.length === 1 && junta) {
    cabeza.padre = junta.clave;
    cabeza.notas.push(`superior inferido: ${junta.nombre}, órgano de gobierno que nombra y evalúa a la ${cabeza.nombre}`);
  }
}
