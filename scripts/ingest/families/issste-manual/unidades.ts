import type { Aviso, Line, Unidad } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { colocar, juntar, type Colocadas } from '../../colocadas.ts';
import { tipoDeUnidad } from '../../constructs/tipo-unidad.ts';
import { esNombreDeUnidad, leerEncabezado, leerNumeral, niveles, superiorDe, type Encabezado } from './encabezados.ts';
import { leerFunciones } from './funciones.ts';

/**
 * "VI. Descripción de Objetivos y Funciones": one block per unit.
 *
 * > | 1.2.1 Jefatura de Servicios de Incorporación y Vigencia de Derechos.
 *     ^ heading: numeral and name; a heading is known by the `Objetivo:` or `Funciones:` under it
 * > | Objetivo:
 * > | Coordinar y supervisar los procesos de afiliación ...
 *     ^ the objective: the lines up to `Funciones:`
 * > | Funciones:
 * > | 1. Coordinar el proceso de afiliación de los Trabajadores que operan las Delegaciones;
 *     ^ functions, up to the next heading (see funciones.ts)
 */

export const rotuloObjetivo = /^\s*Objetivo:\s*(.*)$/;
export const rotuloFunciones = /^\s*Funciones:\s*(.*)$/;

export interface Titulo {
  /** Index of the heading in the non-blank lines. */
  indice: number;
  encabezado: Encabezado;
}

/**
 * The unit headings among `text` (non-blank lines): a numeral-and-name line
 * with `Objetivo:` or `Funciones:` next. From the first such heading on, a
 * line with a numeral of two or more levels and a unit's name
 * (`1.2.3 Departamento de ...`) is a heading too even with neither label
 * under it (a unit the source left empty, reported by `leerUnidades`).
 */
export function buscarTitulos(text: readonly Line[]): Titulo[] {
  const titulos: Titulo[] = [];
  text.forEach((line, i) => {
    const numeral = leerNumeral(line.texto)?.numeral;
    if (numeral === undefined) return;
    const siguiente = text[i + 1]?.texto ?? '';
    const rotulado = rotuloObjetivo.test(siguiente) || rotuloFunciones.test(siguiente);
    // Functions are numbered with one level (`3.`): only a deeper numeral can head a unit without labels.
    const posible = titulos.length > 0 && niveles(numeral) >= 2 && !line.texto.includes('\t');
    if (!rotulado && !posible) return;
    const encabezado = leerEncabezado(line.texto);
    if (encabezado && (rotulado || esNombreDeUnidad(encabezado.nombre))) titulos.push({ indice: i, encabezado });
  });
  return titulos;
}

export interface UnidadesLeidas {
  unidades: Unidad[];
  /** Footnote number of each unit's own `(M)ⁿ` mark, by clave. */
  marcas: Map<string, string>;
  colocadas: Colocadas;
  avisos: Aviso[];
}

/**
 * Reads every unit of `text` (non-blank lines of section VI) given its headings.
 * Never throws: a unit without objective or functions, a repeated numeral, a
 * missing superior are kept and reported with their line.
 */
export function leerUnidades(archivo: string, text: readonly Line[], titulos: readonly Titulo[]): UnidadesLeidas {
  const unidades: Unidad[] = [];
  const marcas = new Map<string, string>();
  const colocadas: Colocadas = new Map();
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const primeraLinea = new Map<string, number>();

  titulos.forEach(({ indice, encabezado }, u) => {
    const fin = titulos[u + 1]?.indice ?? text.length;
    const cuerpo = text.slice(indice + 1, fin);
    const heading = text[indice];
    if (!heading) return;
    colocar(colocadas, 'encabezado', [heading]);
    const notas: string[] = [];

    let clave = encabezado.numeral;
    const previa = primeraLinea.get(clave);
    if (previa !== undefined) {
      let k = 2;
      while (primeraLinea.has(`${encabezado.numeral}-${k}`)) k++;
      clave = `${encabezado.numeral}-${k}`;
      avisar(
        'numeral-duplicado',
        heading.n,
        `el numeral ${encabezado.numeral} («${encabezado.nombre}») ya se usó en la línea ${previa}; esta unidad se publica con la clave ${clave}. Corrija el numeral en la fuente.`,
      );
      notas.push(`numeral ${encabezado.numeral} repetido en la fuente (línea ${previa}); clave ${clave}`);
    }
    primeraLinea.set(clave, heading.n);
    if (encabezado.marca) marcas.set(clave, encabezado.marca);

    const iObjetivo = cuerpo.findIndex((line) => rotuloObjetivo.test(line.texto));
    const iFunciones = cuerpo.findIndex((line) => rotuloFunciones.test(line.texto));
    let objetivo: string | null = null;
    if (iObjetivo !== -1) {
      const rotulo = cuerpo[iObjetivo];
      if (rotulo) colocar(colocadas, 'objetivo', [rotulo]);
      const hasta = iFunciones > iObjetivo ? iFunciones : cuerpo.length;
      const partes = [rotuloObjetivo.exec(rotulo?.texto ?? '')?.[1] ?? '', ...cuerpo.slice(iObjetivo + 1, hasta).map((line) => line.texto)]
        .map((texto) => texto.trim())
        .filter((texto) => texto !== '');
      colocar(colocadas, 'objetivo', cuerpo.slice(iObjetivo + 1, hasta));
      objetivo = partes.length > 0 ? partes.join(' ') : null;
    }
    if (objetivo === null) {
      avisar('unidad-sin-objetivo', heading.n, `la unidad ${encabezado.numeral} «${encabezado.nombre}» no tiene objetivo; se esperaba «Objetivo:» y su texto bajo el encabezado.`);
    }
    // Text between the heading and its first label belongs to neither: left unplaced, the report lists it.
    const primerRotulo = [iObjetivo, iFunciones].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), cuerpo.length);
    for (const line of cuerpo.slice(0, primerRotulo)) {
      avisar('texto-sin-rotulo', line.n, `texto entre el encabezado de ${encabezado.numeral} y su «Objetivo:»; se esperaba «Objetivo:» justo bajo el encabezado.`);
    }

    let funciones: Unidad['funciones'] = [];
    if (iFunciones !== -1) {
      const rotulo = cuerpo[iFunciones];
      if (rotulo) colocar(colocadas, 'funciones', [rotulo]);
      const enLinea = rotuloFunciones.exec(rotulo?.texto ?? '')?.[1]?.trim() ?? '';
      // The list runs to the end of the block, or to an `Objetivo:` printed after it.
      const hasta = iObjetivo > iFunciones ? iObjetivo : cuerpo.length;
      const resto = cuerpo.slice(iFunciones + 1, hasta);
      const leidas = leerFunciones(archivo, enLinea !== '' && rotulo ? [{ ...rotulo, texto: enLinea }, ...resto] : resto);
      funciones = leidas.funciones;
      juntar(colocadas, leidas.colocadas);
      avisos.push(...leidas.avisos);
    }
    if (funciones.length === 0) {
      avisar('unidad-sin-funciones', heading.n, `la unidad ${encabezado.numeral} «${encabezado.nombre}» no tiene funciones; se esperaba «Funciones:» y una lista numerada «1. ...;».`);
    }

    const ultima = cuerpo.at(-1)?.n ?? heading.n;
    unidades.push({
      clave,
      numeral: encabezado.numeral,
      nombre: encabezado.nombre,
      tipo: tipoDeUnidad(encabezado.nombre),
      padre: null,
      orden: unidades.length,
      objetivo,
      funciones,
      fuente: { archivo, desde: heading.n, hasta: ultima },
      notas,
    });
  });

  // Superiors, once every clave is known (a staff unit may be described after its siblings).
  const claves = new Set(unidades.map((unidad) => unidad.clave));
  for (const unidad of unidades) {
    if (unidad.numeral === null || unidad.clave !== unidad.numeral) {
      // A repeated numeral hangs where the first one does.
      const { padre } = superiorDe(unidad.numeral ?? unidad.clave, (clave) => claves.has(clave));
      unidad.padre = padre;
      continue;
    }
    const { padre, esperado } = superiorDe(unidad.numeral, (clave) => claves.has(clave) && clave !== unidad.clave);
    unidad.padre = padre;
    if (esperado !== null && padre !== esperado) {
      const donde = padre === null ? 'se publica en el primer nivel' : `se cuelga de ${padre}, el superior más cercano que existe`;
      unidad.notas.push(`el manual no describe la unidad ${esperado}, superior de ${unidad.numeral} por su numeral; ${donde}`);
      avisar('superior-inexistente', unidad.fuente.desde, `la unidad ${unidad.numeral} «${unidad.nombre}» depende por su numeral de ${esperado}, que el manual no describe; ${donde}.`);
    }
  }
  return { unidades, marcas, colocadas, avisos };
}
