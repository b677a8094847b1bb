import type { Aviso, Funcion, Line } from '../../../src/model/index.ts';

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

export interface ListaNumerada {
  funciones: Funcion[];
  /** Lines that became part of an item. */
  colocadas: number[];
  avisos: Aviso[];
}

/**
 * Reads a list of functions: numbered items, bulleted items whose number was
 * lost, and wrapped lines that continue the item above. Items are numbered
 * 1..N by position, which is what readers cite; a printed number that
 * disagrees with the position is reported, never silently trusted or dropped.
 *
 * Lines before the first item are not placed: the caller decides what they are.
 */
export function parseNumberedList(archivo: string, lines: readonly Line[]): ListaNumerada {
  const funciones: Funcion[] = [];
  const colocadas: number[] = [];
  const avisos: Aviso[] = [];
  const printed: (number | null)[] = [];
  for (const line of lines) {
    const text = line.texto.trim();
    if (text === '') continue;
    const numbered = numberedItem.exec(line.texto);
    const bullet = numbered ? null : bulletItem.exec(line.texto);
    if (numbered || bullet) {
      const texto = (numbered ? numbered[2] : bullet?.[1])?.trim() ?? '';
      funciones.push({ n: funciones.length + 1, texto, linea: line.n, ...withOriginal(line, texto) });
      printed.push(numbered ? Number(numbered[1]) : null);
      colocadas.push(line.n);
      continue;
    }
    const last = funciones.at(-1);
    if (!last) continue;
    last.texto = joinWrapped(last.texto, text);
    if (last.original !== undefined || line.original !== undefined) {
      last.original = joinWrapped(last.original ?? last.texto, line.original?.trim() ?? text);
    }
    colocadas.push(line.n);
  }
  printed.forEach((number, i) => {
    const funcion = funciones[i];
    if (number !== null && funcion && number !== i + 1) {
      avisos.push({
        archivo,
        linea: funcion.linea,
        nivel: 'aviso',
        regla: 'numeracion-de-funciones',
        mensaje: `la función impresa como ${number}. ocupa la posición ${i + 1} de su lista; se publica como ${i + 1}. Revise si falta o sobra un número en la fuente.`,
      });
    }
  });
  for (const funcion of funciones) {
    if (funcion.texto === '') {
      avisos.push({ archivo, linea: funcion.linea, nivel: 'aviso', regla: 'funcion-vacia', mensaje: `la función ${funcion.n} no tiene texto.` });
    }
  }
  // An empty item is reported above; the others keep consecutive numbers.
  const kept = funciones.filter((funcion) => funcion.texto !== '').map((funcion, i) => ({ ...funcion, n: i + 1 }));
  return { funciones: kept, colocadas, avisos };
}

/** Joins a wrapped line to the text before it, undoing a hyphenated line break (`adminis-` + `tración`). */
export function joinWrapped(before: string, after: string): string {
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}

function withOriginal(line: Line, texto: string): { original?: string } {
  if (line.original === undefined) return {};
  const original = (numberedItem.exec(line.original)?.[2] ?? bulletItem.exec(line.original)?.[1] ?? line.original).trim();
  return original === texto ? {} : { original };
}
