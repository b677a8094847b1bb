import type { Line } from '../../../src/model/index.ts';
import { encabezadoRecurrente, numeroDePaginaAlBorde, pieRecurrente, ruidoDeEscaneo, saltoDePagina } from './paginas.ts';
import { leerEtiqueta } from '../constructs/bloque-etiquetado.ts';
import { leerEncabezadoDeSeccion } from '../constructs/seccion.ts';
import { lineRule, type FurnitureRule } from './rule.ts';

/** A title is printed in the text's first few lines. */
const tituloLineasMax = 3;
/** A running header repeats on most pages; three sightings tell it from a heading. */
const runningHeaderRepeatsMin = 3;
/** Shorter all-caps lines are headings or OCR'd chart boxes, not running headers. */
const runningHeaderLengthMin = 20;
/**
 * A running header tops most pages, so from its first to its last sighting it
 * spans much of the file. A heading repeated on a few neighbouring pages does
 * not: `DISPOSICIONES GENERALES` under three títulos of an estatuto, a
 * `CÉDULA DE ACTUALIZACIÓN` on the few pages of its cédulas. Those are
 * headings and stay.
 */
const runningHeaderSpanShareMin = 0.25;

/**
 * Running header: an all-caps line repeated all through the file, wherever
 * the pages break (a text whose pages are not marked, a PDF whose header was
 * printed as text). The title, which a document may print again before its
 * body and at its end, is not one: a line among the text's first lines is
 * the title.
 *
 * > | MANUAL DE ORGANIZACIÓN DE LA UNIDAD DE ASUNTOS JURÍDICOS
 *     ^ repeated after each page's blank lines, from the second page to the last
 */
export const runningHeader: FurnitureRule = {
  regla: 'encabezado-de-pagina',
  drop(lines) {
    const titulo = new Set(lines.filter((line) => line.texto.trim() !== '').slice(0, tituloLineasMax).map((line) => line.texto.trim()));
    const sightings = new Map<string, { count: number; first: number; last: number }>();
    for (const line of lines) {
      const key = line.texto.trim();
      if (!isHeaderShaped(key) || titulo.has(key) || esRotuloDelDocumento(key)) continue;
      const seen = sightings.get(key);
      if (seen) {
        seen.count++;
        seen.last = line.n;
      } else sightings.set(key, { count: 1, first: line.n, last: line.n });
    }
    const spanMin = lines.length * runningHeaderSpanShareMin;
    const dropped = new Set<number>();
    for (const line of lines) {
      const seen = sightings.get(line.texto.trim());
      if (seen && seen.count >= runningHeaderRepeatsMin && seen.last - seen.first >= spanMin) dropped.add(line.n);
    }
    return dropped;
  },
};

/**
 * A label or a section heading of the document itself (`OBJETIVO GENERAL DEL
 * PUESTO`, `FUNCIONES ESPECÍFICAS`, `DESCRIPCIÓN DE PUESTOS`): repeated in
 * capitals all through a manual by puesto, and never furniture.
 */
function esRotuloDelDocumento(texto: string): boolean {
  return leerEtiqueta(texto) !== null || leerEncabezadoDeSeccion(texto) !== null;
}

/** Long, with letters and no lowercase letter. Tests stop at the first lowercase letter: this runs on every line. */
function isHeaderShaped(text: string): boolean {
  return text.length >= runningHeaderLengthMin && !/\p{Ll}/u.test(text) && /\p{L}/u.test(text);
}

/**
 * Page number of a controlled document.
 *
 * > | 	Instituto de Seguridad y ...	Hoja:	10 de 474
 */
export const pageNumber = lineRule('numero-de-hoja', [/\bHoja:\s*\d+\s+de\s+\d+\s*$/, /^\s*Página\s+\d+\s+de\s+\d+\s*$/i]);

/**
 * The signature strip at the foot of every page of a controlled document, in
 * the shapes controlled manuals print it: bare labels, labels with blanks to
 * sign on, labels followed by each signer's name and post, and the rules under them.
 *
 * > | Elaboró	Revisó	Aprobó
 * > | Elaboró _____ Revisó _____ Aprobó _____
 * > | Elaboró Rafael Xavier Limón Corona Jefe del ...	Revisó Carlos ...	Aprobó Juan ...
 * > | --	--	---
 */
export const signatureStrip = lineRule('bloque-de-firmas', [
  /^\s*Elaboró\s+Revisó\s+Aprobó\s*$/,
  /^\s*Elaboró\s*_{3,}\s*Revisó\s*_{3,}\s*Aprobó\s*_*\s*$/,
  /^\s*Elaboró\s[^\t]*\tRevisó\s[^\t]*\tAprobó\s[^\t]*$/,
  /^\s*-{3,}(\s+-{3,})+\s*$/,
  /^\s*-{2,}(\t+-{2,}){2}\s*$/,
]);

/** The bare strip that a row of signers' names stands above. */
const bareSignatureStrip = /^\s*Elaboró\s+Revisó\s+Aprobó\s*$/;
/** Elaboró, Revisó, Aprobó: one cell per signer. */
const signerCells = 3;

/**
 * The signers' names and posts, one tab-separated cell per signer, printed
 * just above a bare signature strip (the next non-blank line). Without the
 * strip below it a tabbed row is content (a table of posts) and stays.
 *
 * > | Act. Rosa Icela Frutis Eslava Jefa de Departamento	Dra. Rocio ... Jefe de Servicios	Lic. Ramiro ... Subdirector de ...
 *     ^ three cells
 * > | Elaboró	Revisó	Aprobó
 */
export const signerNames: FurnitureRule = {
  regla: 'firmantes-de-hoja',
  drop(lines) {
    const dropped = new Set<number>();
    let row: Line | null = null;
    for (const line of lines) {
      if (line.texto.trim() === '') continue;
      const strip = bareSignatureStrip.test(line.texto);
      if (row && strip) dropped.add(row.n);
      const cells = !strip && line.texto.includes('\t') ? line.texto.split('\t').filter((cell) => cell.trim() !== '') : [];
      row = cells.length === signerCells ? line : null;
    }
    return dropped;
  },
};

/**
 * The control table in the header of a controlled document's page.
 *
 * > | 		Código:
 * > | 	Dirección Médica	Código:
 * > | 	Manual de Organización General del ...	Revisión	0
 * > | 		Fecha de Elaboración:	25/10/2016
 */
const controlTableLines = lineRule('tabla-de-control', [
  /^(?:.*\t)?\s*Código:\s*$/,
  /\tRevisión(?:\t\s*\d*)?\s*$/,
  /^(?:.*\t)?\s*Fecha de Elaboración:(?:\t[\d/]*)?\s*$/,
]);
/** Each pattern needs one of these words; lines without them (nearly all) skip the patterns. */
const controlTableWords = ['Código:', 'Revisión', 'Fecha de Elaboración:'];
export const controlTable: FurnitureRule = {
  regla: controlTableLines.regla,
  drop: (lines) => controlTableLines.drop(lines.filter((line) => controlTableWords.some((word) => line.texto.includes(word)))),
};

/** The labels of a page header's control table, each alone on its line when the table came apart. */
const controlLabelAlone = /^\s*(?:Código:|Revisión(?:\s+\d+)?|Fecha de Elaboración:(?:\s*[\d/]+)?)\s*$/;
const pageLabelAlone = /^\s*Hoja:\s*$/;
const pageOfPagesAlone = /^\s*\d+\s+de\s+\d+\s*$/;
/** The text cells of the file's whole page headers (`Instituto de ...`, `Manual de ...`, `Dirección Médica`). */
const headerCell = /^\t?([^\t]+)\t(?:Hoja:|Código:|Revisión)/;
/** A split header's cells sit just around its `Hoja:`: one before, the rest of the table after. */
const splitHeaderLinesBefore = 1;
const splitHeaderLinesAfter = 6;

/**
 * A page header whose table came apart into one cell per line (org-chart
 * pages set in landscape). Found by `Hoja:` alone followed by `N de M`;
 * around them it drops the control labels and the text cells that the file's
 * whole headers print (so a title elsewhere in the file is never touched).
 *
 * > | Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado
 * > | Hoja:
 * > | 26 de 474
 * > | Manual de Organización General del Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado
 * > | Código:
 * > | Revisión
 * > | Fecha de Elaboración:
 */
export const splitPageHeader: FurnitureRule = {
  regla: 'encabezado-de-hoja-partido',
  drop(lines) {
    const cells = new Set<string>();
    for (const line of lines) {
      const cell = line.texto.includes('\t') ? headerCell.exec(line.texto)?.[1]?.trim() : undefined;
      if (cell) cells.add(cell);
    }
    const text = lines.filter((line) => line.texto.trim() !== '');
    const isHeaderLine = (line: Line) => controlLabelAlone.test(line.texto) || cells.has(line.texto.trim());
    const dropped = new Set<number>();
    text.forEach((line, i) => {
      const next = text[i + 1];
      if (!pageLabelAlone.test(line.texto) || !next || !pageOfPagesAlone.test(next.texto)) return;
      dropped.add(line.n).add(next.n);
      for (let j = i - 1; j >= Math.max(0, i - splitHeaderLinesBefore); j--) {
        const before = text[j];
        if (!before || !isHeaderLine(before)) break;
        dropped.add(before.n);
      }
      for (let j = i + 2; j < Math.min(text.length, i + 2 + splitHeaderLinesAfter); j++) {
        const after = text[j];
        if (!after || !isHeaderLine(after)) break;
        dropped.add(after.n);
      }
    });
    return dropped;
  },
};

/**
 * The Diario Oficial's page header, left alone on its line where the PDF
 * broke a page (in the middle of a list, too),
 * or whole with the weekday and section.
 *
 * > | DIARIO OFICIAL
 * > | Lunes 26 de diciembre de 2022	DIARIO OFICIAL	(Primera Sección)
 */
export const dofPageHeader = lineRule('encabezado-dof', [
  /^\s*DIARIO OFICIAL\s*$/,
  /^\s*(?:Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo)\s+\d{1,2}\s+de\s+\p{L}+\s+de\s+\d{4}\s+DIARIO OFICIAL(?:\s+\([^)]*Sección\))?\s*$/u,
  /^\s*\([^)]*Sección\)\s+DIARIO OFICIAL\s+(?:Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo)\s+\d{1,2}\s+de\s+\p{L}+\s+de\s+\d{4}\s*$/u,
]);

export const pageFurniture: readonly FurnitureRule[] = [
  runningHeader,
  pageNumber,
  signatureStrip,
  signerNames,
  controlTable,
  splitPageHeader,
  dofPageHeader,
  saltoDePagina,
  encabezadoRecurrente,
  pieRecurrente,
  numeroDePaginaAlBorde,
  ruidoDeEscaneo,
];

/**
 * Noise a PDF-to-text step leaves in a line that stays: `**bold**` markers,
 * a converter's `## ` heading marks, and the form feed that marked a page (the
 * pages were read before). Changes text, drops nothing.
 */
/** A line without a converter's emphasis and heading marks, page breaks kept: what the furniture rules compare. */
export function sinMarcado(line: Line): Line {
  if (!line.texto.includes('**') && !/^\f?#/u.test(line.texto)) return line;
  return { ...line, texto: line.texto.replaceAll('**', '').replace(/^(\f?)#{1,6}\s+/u, '$1') };
}

export function stripMarkup(line: Line): Line {
  if (!line.texto.includes('**') && !line.texto.includes('\f') && !line.texto.startsWith('#')) return line;
  return { ...line, texto: line.texto.replaceAll('**', '').replaceAll('\f', '').replace(/^#{1,6}\s+/u, '') };
}
