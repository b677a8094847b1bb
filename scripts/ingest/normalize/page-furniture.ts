import type { Line } from '../../../src/model/index.ts';
import { lineRule, type FurnitureRule } from './rule.ts';

/** A running header repeats on most pages; three sightings tell it from a heading. */
const runningHeaderRepeatsMin = 3;
/** Shorter all-caps lines are headings or OCR'd chart boxes, not running headers. */
const runningHeaderLengthMin = 20;

/**
 * Running header: an all-caps line repeated at the top of pages.
 *
 * > | MANUAL DE ORGANIZACIÓN DE LA UNIDAD DE INTEGRIDAD Y TRANSPARENCIA DEL IMSS
 *     ^ repeated 52 times, each after a page's blank lines
 */
export const runningHeader: FurnitureRule = {
  regla: 'encabezado-de-pagina',
  drop(lines) {
    const counts = new Map<string, number>();
    for (const line of lines) {
      const key = line.texto.trim();
      if (isHeaderShaped(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const dropped = new Set<number>();
    for (const line of lines) {
      if ((counts.get(line.texto.trim()) ?? 0) >= runningHeaderRepeatsMin) dropped.add(line.n);
    }
    return dropped;
  },
};

function isHeaderShaped(text: string): boolean {
  if (text.length < runningHeaderLengthMin) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

/**
 * Page number of a controlled document.
 *
 * > | 	Instituto de Seguridad y ...	Hoja:	10 de 474
 */
export const pageNumber = lineRule('numero-de-hoja', [/\bHoja:\s*\d+\s+de\s+\d+\s*$/, /^\s*Página\s+\d+\s+de\s+\d+\s*$/i]);

/**
 * The signature strip at the foot of every page of a controlled document.
 *
 * > | Elaboró	Revisó	Aprobó
 */
export const signatureStrip = lineRule('bloque-de-firmas', [/^\s*Elaboró\s+Revisó\s+Aprobó\s*$/, /^\s*-{3,}(\s+-{3,})+\s*$/]);

/**
 * The control table in the header of a controlled document's page.
 *
 * > | 		Código:
 * > | 	Manual de Organización General del ...	Revisión	0
 * > | 		Fecha de Elaboración:	25/10/2016
 */
export const controlTable = lineRule('tabla-de-control', [
  /^(?:.*\t)?\s*Código:\s*$/,
  /\tRevisión(?:\t\s*\d*)?\s*$/,
  /^(?:.*\t)?\s*Fecha de Elaboración:(?:\t[\d/]*)?\s*$/,
]);

export const pageFurniture: readonly FurnitureRule[] = [runningHeader, pageNumber, signatureStrip, controlTable];

/** Markup noise a PDF-to-text step leaves: `**bold**` markers. Changes text, drops nothing. */
export function stripMarkup(line: Line): Line {
  if (!line.texto.includes('**')) return line;
  return { ...line, texto: line.texto.replaceAll('**', '') };
}
