import type { Aviso, Funcion, Line } from '../../../src/model/index.ts';
import { avisador } from '../avisos.ts';
import { colocadasPor, type Colocadas } from '../colocadas.ts';

/**
 * A numbered item, optionally behind a bullet.
 *
 * > | 3. Validar procesos de mejora regulatoria ...
 * > | - 11. Proponer al H. Consejo Técnico ...
 *       ^ number, then the text
 */
const numberedItem = /^\s*(?:[-•*]\s+)?(\d{1,3})[.)]\s+(.*)$/;
/**
 * A bulleted item whose number was lost.
 *
 * > | - Administrar el desarrollo de la infraestructura ...
 */
const bulletItem = /^\s*[-•*]\s+(.*)$/;
/** Leading whitespace: how deep a line is indented. */
const indentation = /^[ \t]*/;

export interface ListaNumerada {
  funciones: Funcion[];
  /** Lines that became part of an item. */
  colocadas: Colocadas;
  avisos: Aviso[];
}

/**
 * Reads a list of functions: numbered items, bulleted items whose number was
 * lost, and wrapped lines that continue the item above. Items are numbered
 * 1..N by position, which is what readers cite; a printed number that
 * disagrees with the position is reported, never silently trusted or dropped.
 *
 * A bullet indented deeper than the item above is part of that item (its
 * sub-items, a. b. c., or a second paragraph), not a function of its own:
 *
 * > | - 17. Llevar a cabo los actos relacionados con:
 * > |  - a. El registro de patrones y demás sujetos obligados;
 *      ^ deeper than `- 17.`: joined to function 17
 *
 * Lines before the first item are not placed: the caller decides what they are.
 */
export function parseNumberedList(archivo: string, lines: readonly Line[]): ListaNumerada {
  const funciones: Funcion[] = [];
  const colocadas: number[] = [];
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const printed: (number | null)[] = [];
  let itemIndent = 0;
  for (const line of lines) {
    const text = line.texto.trim();
    if (text === '') continue;
    const indent = indentation.exec(line.texto)?.[0].length ?? 0;
    // A deeper bullet that carries a function number (`  - 5. ...`) is still a function: only lettered or bare ones nest.
    const deeper = funciones.length > 0 && indent > itemIndent && !numberedItem.test(line.texto);
    const subItem = deeper ? bulletItem.exec(line.texto) : null;
    if (subItem) {
      const last = funciones.at(-1);
      if (last) joinInto(last, line, subItem[1]?.trim() ?? '');
      colocadas.push(line.n);
      continue;
    }
    const numbered = numberedItem.exec(line.texto);
    const bullet = numbered ? null : bulletItem.exec(line.texto);
    if (numbered || bullet) {
      const texto = (numbered ? numbered[2] : bullet?.[1])?.trim() ?? '';
      funciones.push({ n: funciones.length + 1, texto, linea: line.n, ...withOriginal(line, texto) });
      printed.push(numbered ? Number(numbered[1]) : null);
      colocadas.push(line.n);
      itemIndent = indent;
      continue;
    }
    const last = funciones.at(-1);
    if (!last) continue;
    joinInto(last, line, text);
    colocadas.push(line.n);
  }
  printed.forEach((number, i) => {
    const funcion = funciones[i];
    if (number !== null && funcion && number !== i + 1) {
      avisar(
        'numeracion-de-funciones',
        funcion.linea,
        `la función impresa como ${number}. ocupa la posición ${i + 1} de su lista; se publica como ${i + 1}. Revise si falta o sobra un número en la fuente.`,
      );
    }
  });
  for (const funcion of funciones) {
    if (funcion.texto === '') {
      avisar('funcion-vacia', funcion.linea, `la función ${funcion.n} no tiene texto.`);
    }
  }
  // An empty item is reported above; the others keep consecutive numbers.
  const kept = funciones.filter((funcion) => funcion.texto !== '').map((funcion, i) => ({ ...funcion, n: i + 1 }));
  return { funciones: kept, colocadas: colocadasPor('numbered-list', colocadas), avisos };
}

/** Appends a wrapped line (or a sub-item) to a function or paragraph, keeping the scan's text alongside when there is one. */
export function joinInto(destino: { texto: string; original?: string | undefined }, line: Line, text: string): void {
  const before = destino.texto;
  destino.texto = joinWrapped(before, text);
  if (destino.original !== undefined || line.original !== undefined) {
    destino.original = joinWrapped(destino.original ?? before, line.original?.trim() ?? text);
  }
}

/** Joins a wrapped line to the text before it, undoing a hyphenated line break (`adminis-` + `tración`). */
export function joinWrapped(before: string, after: string): string {
  // Onto nothing yet (a marker alone on the line above), the text is the line's.
  if (before === '') return after;
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}

function withOriginal(line: Line, texto: string): { original?: string } {
  if (line.original === undefined) return {};
  const original = (numberedItem.exec(line.original)?.[2] ?? bulletItem.exec(line.original)?.[1] ?? line.original).trim();
  return original === texto ? {} : { original };
}
