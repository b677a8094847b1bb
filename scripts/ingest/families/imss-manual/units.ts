import type { Aviso, Line, Unidad } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { colocar, juntar, type Colocadas } from '../../colocadas.ts';
import { joinWrapped, parseNumberedList } from '../../constructs/numbered-list.ts';
import { tipoDeUnidad } from '../../constructs/tipo-unidad.ts';
import { encabezadoUnidad } from './detect.ts';
import { tiposDelImss } from './tipos.ts';

/**
 * The units under `Funciones Sustantivas`: each a numeral heading, an
 * optional objective, and its functions.
 *
 * > | 7.1.1 Coordinación de Transparencia y Acceso a la Información Pública
 *     ^ numeral (parent 7.1 by prefix), name
 * > | 1. Supervisar que la operación del Comité de Transparencia funcione ...
 *     ^ function 1
 * > | - Administrar el desarrollo de la infraestructura ...
 *     ^ a function that lost its number: still counted in place
 */

/** Marks the second, third, ... unit printed with a numeral already used: `7.1.2~2`. */
const separadorDuplicado = '~';

export interface UnidadesLeidas {
  unidades: Unidad[];
  colocadas: Colocadas;
  avisos: Aviso[];
}

/**
 * Reads the units in `lines` (the text after the `Funciones Sustantivas`
 * heading). `raiz` is that heading's numeral: unit numerals start with it.
 */
export function leerUnidades(archivo: string, lines: readonly Line[], raiz: string | null): UnidadesLeidas {
  const unidades: Unidad[] = [];
  const colocadas: Colocadas = new Map();
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const encabezados: { indice: number; numeral: string; nombre: string }[] = [];
  lines.forEach((line, indice) => {
    const encabezado = encabezadoUnidad(line.texto, raiz);
    if (encabezado) encabezados.push({ indice, ...encabezado });
  });
  const primera = lines.findIndex((line) => line.texto.trim() !== '');
  const antes = encabezados[0]?.indice ?? lines.length;
  if (primera >= 0 && primera < antes) {
    avisar(
      'texto-antes-de-unidades',
      lines[primera]?.n ?? 0,
      'hay texto entre «Funciones Sustantivas» y la primera unidad que no pertenece a ninguna; se esperaba un encabezado como «7.1 Unidad de ...».',
    );
  }
  /** The last unit printed with each numeral, for parents and duplicates. */
  const porNumeral = new Map<string, { clave: string; linea: number; veces: number }>();
  const profundidadRaiz = Math.min(...encabezados.map((e) => e.numeral.split('.').length));
  encabezados.forEach((encabezado, i) => {
    const heading = lines[encabezado.indice];
    if (!heading) return;
    const cuerpo = lines.slice(encabezado.indice + 1, encabezados[i + 1]?.indice ?? lines.length);
    colocar(colocadas, 'encabezado', [heading]);
    const notas: string[] = [];

    const previa = porNumeral.get(encabezado.numeral);
    const veces = (previa?.veces ?? 0) + 1;
    const clave = veces === 1 ? encabezado.numeral : `${encabezado.numeral}${separadorDuplicado}${veces}`;
    if (previa) {
      avisar(
        'numeral-duplicado',
        heading.n,
        `la unidad ${encabezado.numeral} aparece dos veces (también en línea ${previa.linea}); se conservan ambas: la primera con la clave ${encabezado.numeral} y esta con la clave ${clave}. Corrija la numeración en la fuente.`,
      );
      notas.push(`numeral ${encabezado.numeral} repetido en la fuente (también en línea ${previa.linea}); clave ${clave}`);
    }
    porNumeral.set(encabezado.numeral, { clave, linea: previa?.linea ?? heading.n, veces });

    const padre = buscarPadre(encabezado.numeral, porNumeral, profundidadRaiz);
    if (padre.faltante) {
      const donde = padre.clave ? `se cuelga de ${padre.clave}` : 'queda sin superior';
      avisar(
        'superior-faltante',
        heading.n,
        `la unidad ${encabezado.numeral} no tiene a su superior ${padre.faltante} antes de ella; ${donde}. Se esperaba el encabezado de ${padre.faltante} más arriba.`,
      );
      notas.push(`superior ${padre.faltante} ausente en la fuente; ${donde}`);
    }

    const objetivo = leerObjetivo(cuerpo);
    juntar(colocadas, objetivo.colocadas);
    const lista = parseNumberedList(archivo, cuerpo.slice(objetivo.consumidas));
    juntar(colocadas, lista.colocadas);
    avisos.push(...lista.avisos);
    // A unit that only groups others (MOIMSS 8.1.12 over 8.1.12.1 and 8.1.12.2) has none of its own.
    const agrupa = encabezados[i + 1]?.numeral.startsWith(`${encabezado.numeral}.`) === true;
    if (lista.funciones.length === 0 && !agrupa) {
      avisar(
        'unidad-sin-funciones',
        heading.n,
        `la unidad ${encabezado.numeral} «${encabezado.nombre}» no tiene funciones; se esperaba una lista «1. ...» bajo su encabezado. Se publica sin funciones.`,
      );
    }
    const usadas = new Set([...objetivo.colocadas.keys(), ...lista.colocadas.keys()]);
    const sueltas = cuerpo.filter((line) => line.texto.trim() !== '' && !usadas.has(line.n));
    const suelta = sueltas[0];
    if (suelta) {
      avisar('texto-sin-funcion', suelta.n, `${sueltas.length} línea(s) de la unidad ${encabezado.numeral} antes de su primera función no son objetivo ni función; se esperaba «Objetivo» o «1. ...».`);
    }
    const ultima = cuerpo.findLast((line) => line.texto.trim() !== '');
    unidades.push({
      clave,
      numeral: encabezado.numeral,
      nombre: encabezado.nombre,
      tipo: tipoDeUnidad(encabezado.nombre, tiposDelImss),
      padre: padre.clave,
      orden: unidades.length,
      objetivo: objetivo.texto,
      funciones: lista.funciones,
      fuente: { archivo, desde: heading.n, hasta: ultima?.n ?? heading.n },
      notas,
    });
  });
  return { unidades, colocadas, avisos };
}

/**
 * The parent of a numeral: the unit whose numeral is the longest prefix of it.
 * When the immediate one (7.1.5 for 7.1.5.1) is missing, the nearest ancestor
 * that exists, and `faltante` names the one that was expected.
 */
function buscarPadre(
  numeral: string,
  porNumeral: ReadonlyMap<string, { clave: string }>,
  profundidadRaiz: number,
): { clave: string | null; faltante: string | null } {
  const partes = numeral.split('.');
  if (partes.length <= profundidadRaiz) return { clave: null, faltante: null };
  const inmediato = partes.slice(0, -1).join('.');
  for (let n = partes.length - 1; n >= 1; n--) {
    const candidato = porNumeral.get(partes.slice(0, n).join('.'));
    if (candidato) return { clave: candidato.clave, faltante: n === partes.length - 1 ? null : inmediato };
  }
  return { clave: null, faltante: inmediato };
}

/**
 * An objective where the source gives one, above the functions.
 *
 * > | Objetivo
 * > | Diseñar y promover estrategias ...
 * > | Funciones
 */
function leerObjetivo(cuerpo: readonly Line[]): { texto: string | null; colocadas: Colocadas; consumidas: number } {
  const inicio = cuerpo.findIndex((line) => line.texto.trim() !== '');
  const etiqueta = /^\s*Objetivo\s*:?\s*(.*)$/iu.exec(cuerpo[inicio]?.texto ?? '');
  if (inicio < 0 || !etiqueta) return { texto: null, colocadas: new Map(), consumidas: 0 };
  const colocadas: Colocadas = new Map([[cuerpo[inicio]?.n ?? 0, 'objetivo']]);
  let texto = etiqueta[1]?.trim() ?? '';
  let j = inicio + 1;
  for (; j < cuerpo.length; j++) {
    const line = cuerpo[j];
    if (!line) break;
    const text = line.texto.trim();
    if (text === '') continue;
    if (/^Funciones\s*:?$/iu.test(text)) {
      colocar(colocadas, 'funciones', [line]);
      j++;
      break;
    }
    if (/^(?:[-•*]\s+)?\d{1,3}[.)]\s/u.test(text)) break;
    texto = texto === '' ? text : joinWrapped(texto, text);
    colocar(colocadas, 'objetivo', [line]);
  }
  return { texto: texto === '' ? null : texto, colocadas, consumidas: j };
}
