import type { Line } from '../../src/model/index.ts';

/**
 * What placed a line: the construct that read it, named as its file in
 * constructs/, or, where a family reads the line with its own code, the part
 * of the document it read it as. `organica parse --lineas` prints it beside
 * each line, and the report counts lines by it (`colocadasPor`), so any line's
 * place can be traced to the code that chose it.
 */
export type Colocador =
  // Constructs (constructs/<name>.ts).
  /** A DOF acuerdo: its title, text, signature and footnotes. */
  | 'acuerdo-dof'
  /** A label that opens a part of a unit (`Objetivo`, `Funciones:`, `Órgano Administrativo: ...`), the heading above it, the objetivo it opens, a post's fields. */
  | 'bloque-etiquetado'
  /** A unit's numbered heading (`1.5.2 Departamento de ...`). */
  | 'encabezado-numerado'
  /** A line of a unit's list of functions, read by the list-of-functions construct. */
  | 'lista-de-funciones'
  /** A line of a numbered list of functions (`3. Validar ...`). */
  | 'numbered-list'
  /** A numbered section's heading, paragraphs and lists. */
  | 'overview'
  /** The heading of a part of a manual that is not a unit (`INTRODUCCIÓN`, `CONTROL DE CAMBIOS`). */
  | 'seccion'
  /** A footnote, published in the document's notes. */
  | 'notas'
  // Parts a family reads itself (families/).
  /** The cover: title, institution, dates, a procedure's clave. */
  | 'portada'
  /** Signatures and the authorization of a document. */
  | 'firma'
  /** A contents list. */
  | 'indice'
  /** A heading the family recognizes: a unit's, a chapter's, a section's. */
  | 'encabezado'
  /** A unit's objetivo, label and text. */
  | 'objetivo'
  /** A unit's list of functions, label and items, read by the family. */
  | 'funciones'
  /** A section's text: paragraphs, lists, tables outside the activities. */
  | 'texto'
  /** A list of units that gives the tree (`Estructura Orgánica`). */
  | 'estructura'
  /** An org chart drawn in text. */
  | 'organigrama'
  /** An article, its fracciones, and the títulos and capítulos around them. */
  | 'articulado'
  /** A procedure's table of activities. */
  | 'actividades';

/** Lines placed, each with what placed it. */
export type Colocadas = Map<number, Colocador>;

/**
 * Records that `por` placed `lineas`. A line placed before keeps what placed
 * it first: the first reader to claim a line is the one that decided its place.
 */
export function colocar(colocadas: Colocadas, por: Colocador, lineas: Iterable<number | Line>): void {
  for (const linea of lineas) {
    const n = typeof linea === 'number' ? linea : linea.n;
    if (!colocadas.has(n)) colocadas.set(n, por);
  }
}

/** `lineas`, all placed by `por`: what a construct that reads one kind of line returns. */
export function colocadasPor(por: Colocador, lineas: Iterable<number | Line>): Colocadas {
  const colocadas: Colocadas = new Map();
  colocar(colocadas, por, lineas);
  return colocadas;
}

/** Adds the lines another reader placed, each with its own placer (a line placed before keeps its first). */
export function juntar(colocadas: Colocadas, otras: ReadonlyMap<number, Colocador>): void {
  for (const [n, por] of otras) if (!colocadas.has(n)) colocadas.set(n, por);
}
