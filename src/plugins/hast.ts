import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Tiny hast helpers for the site's rehype plugins. */

export function esElemento(nodo: RootContent | ElementContent | Root, nombre?: string): nodo is Element {
  return nodo.type === 'element' && (nombre === undefined || nodo.tagName === nombre);
}

/** Text content of a node (headings, list items). */
export function textoDe(nodo: Element | ElementContent): string {
  if (nodo.type === 'text') return nodo.value;
  if (nodo.type === 'element') return nodo.children.map(textoDe).join('');
  return '';
}

/** The `start` of an `<ol>` (1 when absent or invalid). */
export function inicioDeLista(ol: Element): number {
  const inicio = Number(ol.properties['start'] ?? 1);
  return Number.isInteger(inicio) && inicio > 0 ? inicio : 1;
}

/** A loose list wraps each item in `<p>`; unwrap it so the number sits on the text's line. */
export function parrafosEnLinea(hijos: ElementContent[]): ElementContent[] {
  const utiles = hijos.filter((h) => !(h.type === 'text' && h.value.trim() === ''));
  const [unico] = utiles;
  if (utiles.length === 1 && unico && esElemento(unico, 'p')) return unico.children;
  return hijos;
}
