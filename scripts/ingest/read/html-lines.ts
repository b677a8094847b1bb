import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * HTML (mammoth's rendering of a Word file, or a DOF page) to text lines in
 * the shape of the corpus's other texts. Pure.
 *
 * - a paragraph, a heading, a list item, a table row is one line; a `<br>`
 *   breaks it;
 * - paragraphs and headings are set apart by a blank line, the items of a
 *   list are not, and a nested list is indented four spaces a level;
 * - a table row's cells are separated by three spaces (a row of the
 *   `Elaboró / Revisó / Aprobó` table stays a row);
 * - runs of spaces inside a line collapse to one; scripts, styles and images
 *   give nothing.
 *
 * > | <h1>MANUAL DE ORGANIZACIÓN</h1><ol><li>I. Planear</li><li>II. Dirigir</li></ol>
 * > | 'MANUAL DE ORGANIZACIÓN', '', 'I. Planear', 'II. Dirigir'
 */
export function lineasDeHtml(html: string): string[] {
  const out: string[] = [];
  const blank = () => {
    if (out.length > 0 && out.at(-1) !== '') out.push('');
  };
  const block = (element: Element, indent: string, separate: boolean) => {
    for (const text of textOf(element.children)) {
      if (separate) blank();
      out.push(indent + text);
      separate = false;
    }
  };
  const walk = (nodes: readonly (ElementContent | Root['children'][number])[], depth: number) => {
    for (const node of nodes) {
      if (node.type !== 'element') {
        if (node.type === 'text' && node.value.trim() !== '') {
          blank();
          out.push(node.value.replace(/\s+/g, ' ').trim());
        }
        continue;
      }
      const name = node.tagName;
      if (skipped.has(name)) continue;
      if (name === 'ol' || name === 'ul') {
        if (depth === 0) blank();
        walk(node.children, depth + 1);
        if (depth === 0) blank();
      } else if (name === 'li') {
        const own = node.children.filter((child) => !(child.type === 'element' && (child.tagName === 'ol' || child.tagName === 'ul')));
        block({ ...node, children: own }, '    '.repeat(Math.max(0, depth - 1)), false);
        // A nested list adds its own level.
        walk(
          node.children.filter((child) => child.type === 'element' && (child.tagName === 'ol' || child.tagName === 'ul')),
          depth,
        );
      } else if (name === 'tr') {
        const cells = node.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'));
        const row = cells.map((cell) => textOf(cell.children).join(' ')).filter((text) => text !== '');
        if (row.length > 0) out.push(row.join('   '));
      } else if (name === 'table') {
        blank();
        walk(node.children, depth);
        blank();
      } else if (/^h[1-6]$/.test(name) || name === 'p') {
        block(node, '', true);
      } else walk(node.children, depth);
    }
  };
  const tree = fromHtml(html, { fragment: false });
  walk(tree.children, 0);
  while (out.at(-1) === '') out.pop();
  return out;
}

const skipped = new Set(['script', 'style', 'head', 'img', 'noscript', 'template', 'svg']);

/** An element's text as lines: `<br>` breaks, other markup only styles. */
function textOf(nodes: readonly ElementContent[]): string[] {
  let text = '';
  const visit = (list: readonly ElementContent[]) => {
    for (const node of list) {
      if (node.type === 'text') text += node.value;
      else if (node.type === 'element') {
        if (node.tagName === 'br') text += '\n';
        else if (!skipped.has(node.tagName)) visit(node.children);
      }
    }
  };
  visit(nodes);
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter((line) => line !== '');
}
