import type { Aviso, Funcion, Line } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { colocadasPor, type Colocadas } from '../../colocadas.ts';
import { joinWrapped } from '../../constructs/numbered-list.ts';

/**
 * The `Funciones:` list of an ISSSTE unit. Items are numbered and end in `;`
 * (the last in `.`), but the PDF-to-text step left four other shapes, all read
 * here (sample lines from the manual):
 *
 * > | 14. Coadyuvar en el establecimiento ... las normas técnicas que deberán aplicarse en los procesos de
 *     ^ numbered item; a page break cut it (the furniture between is already gone)
 * > | - selección del personal directivo de las Unidades y Subdelegaciones Médicas, ...
 *     ^ bullet + lowercase after an open sentence: the rest of item 14, joined
 * > | - Determinar y establecer la metodología para llevar a cabo la evaluación ...
 *     ^ bullet + capital: an item that lost its number (2.1 prints items 1-13 so)
 * > | 17. Cumplir con lo que establece el artículo 244 de la Ley, a través de las siguientes funciones:
 * > | - Proponer al Comité de Inversiones las alternativas de inversión ...;
 *     ^ after an item ending in `:`, bullets and `a)` lines are its sub-items, joined to it
 * > |  - a) Ordenar el inicio de actos de comprobación fiscal, ...
 * > | - 10.10. Elaborar los informes, reportes, formatos y demás documentación ...
 *     ^ a number printed twice (`10.10.`): item 10, reported
 * > | sistemas de información y comunicaciones con los que deberán operar las Delegaciones ...
 *     ^ no marker: the item above goes on (wrapped, or cut by a page break)
 *
 * Functions are numbered 1..N by position, which is what readers cite; a
 * printed number that disagrees is reported, never silently trusted.
 */

/** `17. Text`, `- 17. Text`, `10.10. Text` (number repeated). */
const numerada = /^\s*(?:-\s+)?(\d{1,3})\.(?:(\d{1,3})\.)?\s+(\S.*)$/;
/** `a) Text`, ` - a) Text`: a lettered sub-item. */
const inciso = /^\s*(?:-\s+)?([a-z])\)\s+(\S.*)$/;
const vineta = /^\s*-\s+(\S.*)$/;
/** An item whose sentence is closed: what follows it is a new item, not its continuation. */
const cierraFrase = /[.;]$/;
/** An item that announces sub-items. */
const anunciaIncisos = /:$/;

export interface ListaDeFunciones {
  funciones: Funcion[];
  /** Lines that became part of a function. */
  colocadas: Colocadas;
  avisos: Aviso[];
}

/**
 * Reads the lines after `Funciones:` (non-blank, furniture gone). Lines before
 * the first item are not placed: they are reported, the caller's report lists them.
 */
export function leerFunciones(archivo: string, lines: readonly Line[]): ListaDeFunciones {
  const funciones: Funcion[] = [];
  const colocadas: number[] = [];
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const impresos: (number | null)[] = [];
  /** True while the current item is collecting sub-items (it ended in `:`). */
  let conIncisos = false;
  const nueva = (line: Line, texto: string, impreso: number | null) => {
    funciones.push({ n: funciones.length + 1, texto, linea: line.n });
    impresos.push(impreso);
    colocadas.push(line.n);
    conIncisos = anunciaIncisos.test(texto);
  };
  const unir = (line: Line, texto: string) => {
    const actual = funciones.at(-1);
    if (!actual) {
      avisar('texto-antes-de-funciones', line.n, `la línea no es una función numerada y va antes de la primera («${texto.slice(0, 60)}»); se esperaba «1. ...» tras «Funciones:».`);
      return;
    }
    actual.texto = joinWrapped(actual.texto, texto);
    colocadas.push(line.n);
  };

  for (const line of lines) {
    const text = line.texto.trim();
    if (text === '') continue;
    const numero = numerada.exec(line.texto);
    if (numero) {
      const [, primero = '', segundo, texto = ''] = numero;
      if (segundo !== undefined) {
        avisar('numero-de-funcion-repetido', line.n, `la función se imprimió como «${primero}.${segundo}.»; se lee como ${primero}. Revise la fuente.`);
      }
      nueva(line, texto.trim(), Number(primero));
      continue;
    }
    const letra = inciso.exec(line.texto);
    if (letra && funciones.length > 0) {
      // A lettered line only makes sense under an item that announced it.
      unir(line, `${letra[1]}) ${letra[2]?.trim() ?? ''}`);
      conIncisos = true;
      continue;
    }
    const bala = vineta.exec(line.texto);
    if (bala) {
      const texto = bala[1]?.trim() ?? '';
      const actual = funciones.at(-1);
      if (actual && conIncisos) unir(line, texto);
      else if (actual && /^\p{Ll}/u.test(texto) && !cierraFrase.test(actual.texto)) unir(line, texto);
      else nueva(line, texto, null);
      continue;
    }
    unir(line, text);
  }

  impresos.forEach((impreso, i) => {
    const funcion = funciones[i];
    if (impreso !== null && funcion && impreso !== i + 1) {
      avisar(
        'numeracion-de-funciones',
        funcion.linea,
        `la función impresa como ${impreso}. ocupa la posición ${i + 1} de su lista; se publica como ${i + 1}. Revise si falta o sobra un número en la fuente.`,
      );
    }
  });
  const vacias = funciones.filter((funcion) => funcion.texto === '');
  for (const funcion of vacias) avisar('funcion-vacia', funcion.linea, `la función ${funcion.n} no tiene texto.`);
  const kept = funciones.filter((funcion) => funcion.texto !== '').map((funcion, i) => ({ ...funcion, n: i + 1 }));
  return { funciones: kept, colocadas: colocadasPor('funciones', colocadas), avisos };
}
