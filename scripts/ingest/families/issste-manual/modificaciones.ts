import type { Aviso, Line, Unidad } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { leerNotaAlPie, numeroVolado, type NotaAlPie } from '../../constructs/acuerdo-dof.ts';
import { fechaEnEspanol } from '../../constructs/fechas.ts';
import { leerEncabezado } from './encabezados.ts';

/**
 * The `(M)ⁿ` marks of the contents and their footnotes: which DOF publication
 * last modified a part of the manual.
 *
 * > | 2. Dirección Médica (M)⁵	83
 *                        ^ mark, footnote 5
 * > | ⁵ Modificación publicada en el Diario Oficial de la Federación el 9 de mayo de 2018.
 *     ^ footnote: the publication date
 *
 * A mark on a unit covers the units below it unless they carry their own: the
 * acuerdos amend "la parte relativa a" a Dirección, its objectives and
 * functions "así como los cambios de denominación y de adscripción de las
 * áreas" (ARTÍCULO SEGUNDO of each), and the contents mark only the heads of
 * the parts they replaced (2, 3, 4, 5, 7, 9, 8.1, 10.1).
 */

export interface Marca {
  /** Numeral of the marked heading. */
  numeral: string;
  /** Footnote number. */
  nota: number;
  linea: number;
}

/** The marks among `lines` (the contents, or any heading list). */
export function leerMarcas(lines: readonly Line[]): Marca[] {
  const marcas: Marca[] = [];
  for (const line of lines) {
    const encabezado = leerEncabezado(line.texto);
    if (encabezado?.marca) marcas.push({ numeral: encabezado.numeral, nota: numeroVolado(encabezado.marca), linea: line.n });
  }
  return marcas;
}

/** Every footnote among `lines`, by number (the manual numbers them once, ¹ to ¹²). */
export function leerNotas(lines: readonly Line[]): Map<number, NotaAlPie> {
  const notas = new Map<number, NotaAlPie>();
  for (const line of lines) {
    const nota = leerNotaAlPie(line);
    if (nota && !notas.has(nota.numero)) notas.set(nota.numero, nota);
  }
  return notas;
}

/**
 * Sets `modificacion` on each marked unit and on the units below it that have
 * no mark of their own (noted in `notas`). Marks whose footnote is missing or
 * has no date, and marks on a numeral no unit has, are reported.
 */
export function aplicarModificaciones(
  archivo: string,
  unidades: Unidad[],
  marcas: readonly Marca[],
  notas: ReadonlyMap<number, NotaAlPie>,
): Aviso[] {
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const porClave = new Map(unidades.map((unidad) => [unidad.clave, unidad]));
  const propias = new Map<string, { publicacion: string; nota: string }>();
  for (const marca of marcas) {
    const nota = notas.get(marca.nota);
    const publicacion = nota ? fechaEnEspanol(nota.texto) : null;
    if (!nota || !publicacion) {
      avisar(
        'marca-sin-nota',
        marca.linea,
        `la marca (M) de ${marca.numeral} remite a la nota ${marca.nota}, ${nota ? 'que no da la fecha de publicación' : 'que no está en el texto'}; se esperaba «${marca.nota} Modificación publicada en el Diario Oficial de la Federación el <fecha>.».`,
      );
      continue;
    }
    if (!porClave.has(marca.numeral)) {
      avisar('marca-sin-unidad', marca.linea, `la marca (M) está en ${marca.numeral}, que no es el numeral de ninguna unidad descrita; no se aplica.`);
      continue;
    }
    propias.set(marca.numeral, { publicacion, nota: nota.texto });
  }
  for (const unidad of unidades) {
    const propia = propias.get(unidad.clave);
    if (propia) {
      unidad.modificacion = propia;
      continue;
    }
    // The nearest marked ancestor, walking up the tree.
    const vistos = new Set<string>();
    let padre = unidad.padre;
    while (padre !== null && !vistos.has(padre)) {
      vistos.add(padre);
      const heredada = propias.get(padre);
      if (heredada) {
        unidad.modificacion = heredada;
        unidad.notas.push(`modificación heredada de ${padre}, que lleva la marca (M) en el índice`);
        break;
      }
      padre = porClave.get(padre)?.padre ?? null;
    }
  }
  return avisos;
}
