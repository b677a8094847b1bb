/**
 * The markup a procedure's text carries from its PDF-to-Markdown conversion:
 * Markdown pipe tables, HTML inside their cells, Markdown links and autolinks
 * inside paragraphs. All of it is parsed with libraries (micromark for
 * Markdown, parse5 through hast-util-from-html for HTML) and turned into plain
 * text: no markup from the source reaches the model.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes as MdastNodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Regla } from '../../../../src/model/index.ts';

/** Reports a problem in the markup; the caller adds file and line. */
export type AlAvisar = (regla: Regla, mensaje: string) => void;

/** A paragraph of an HTML table cell, in reading order. */
export interface Parrafo {
  texto: string;
  /** `text-align: center` (or `<center>`, `align="center"`): the source's headings and branch labels. */
  centrado: boolean;
  /**
   * Text that sat directly inside a list, outside any `<p>` or `<li>`: list
   * items whose markers the conversion lost (`<ol style="list-style-type: none"> Solicita ... Acuerda ...`).
   */
  sueltoEnLista: boolean;
}

/**
 * Elements whose content is not text to publish (code, embedded objects,
 * forms). Their content is dropped and reported, never passed on.
 */
const elementosDescartados = new Set([
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'canvas',
  'audio', 'video', 'head', 'meta', 'link', 'title', 'base', 'form', 'input', 'button', 'select', 'textarea', 'img',
]);
/** Elements that hold one paragraph of text. */
const elementosDeParrafo = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'caption', 'figcaption', 'pre', 'address']);
/** Elements that hold paragraphs (and, for lists, loose text). */
const elementosContenedores = new Set([
  'ol', 'ul', 'div', 'section', 'article', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'dl', 'blockquote', 'figure',
  'center', 'body', 'html', 'main', 'header', 'footer', 'nav', 'aside',
]);
/** Inline elements: their text joins the paragraph around them. */
const elementosEnLinea = new Set([
  'span', 'b', 'strong', 'em', 'i', 'u', 'a', 'sup', 'sub', 'font', 'small', 'big', 'mark', 'abbr', 'code', 's',
  'strike', 'del', 'ins', 'q', 'cite', 'time', 'label', 'br', 'wbr', 'kbd', 'var', 'samp', 'dfn',
]);
const listas = new Set(['ol', 'ul']);

/** Collapses runs of whitespace (line breaks from `<br>`, tabs, non-breaking spaces) to one space. */
export function espacios(texto: string): string {
  return texto.replace(/\s+/gu, ' ').trim();
}

function parseHtml(html: string, alAvisar: AlAvisar): Root {
  return fromHtml(html, {
    fragment: true,
    onerror(error) {
      // A cut tag (`<p style="text-al`) loses text; say so. parse5 reports
      // unclosed elements silently, which the source has everywhere (`<ol>`).
      alAvisar('html-mal-formado', `HTML mal formado en la celda (${error.reason}); revise si la fila está cortada.`);
    },
  });
}

function esCentrado(element: Element): boolean {
  const style = element.properties['style'];
  const align = element.properties['align'];
  return (
    element.tagName === 'center' ||
    (typeof style === 'string' && /text-align\s*:\s*center/iu.test(style)) ||
    (typeof align === 'string' && align.toLowerCase() === 'center')
  );
}

/**
 * The paragraphs of an HTML fragment (a table cell), as plain text.
 *
 * > | <p style="text-align: center;">Etapas I</p> <ol style="list-style-type: none"> Solicita ... MC. Acuerda ...
 *       ^ centered paragraph                        ^ loose text in a list: items that lost their markers
 */
export function parrafosDeHtml(html: string, alAvisar: AlAvisar): Parrafo[] {
  const parrafos: Parrafo[] = [];
  let suelto = '';
  let sueltoEnLista = false;
  let sueltoCentrado = false;
  const cerrarSuelto = () => {
    const texto = espacios(suelto);
    if (texto !== '') parrafos.push({ texto, centrado: sueltoCentrado, sueltoEnLista });
    suelto = '';
    sueltoEnLista = false;
    sueltoCentrado = false;
  };
  const recorrer = (nodos: readonly (RootContent | ElementContent)[], enLista: boolean, centrado: boolean) => {
    for (const nodo of nodos) {
      if (nodo.type === 'text') {
        if (nodo.value.trim() !== '') {
          if (suelto.trim() === '') {
            sueltoEnLista = enLista;
            sueltoCentrado = centrado;
          }
        }
        suelto += nodo.value;
        continue;
      }
      if (nodo.type === 'comment') {
        if (nodo.value.trim() !== '') alAvisar('html-comentario', `se descarta un comentario HTML («${espacios(nodo.value).slice(0, 40)}»).`);
        continue;
      }
      if (nodo.type !== 'element') continue;
      const tag = nodo.tagName;
      if (elementosDescartados.has(tag)) {
        alAvisar('html-descartado', `se descarta un elemento <${tag}> y su contenido; no es texto del documento.`);
        continue;
      }
      const esteCentrado = centrado || esCentrado(nodo);
      if (elementosEnLinea.has(tag)) {
        if (tag === 'br' || tag === 'wbr') suelto += ' ';
        else recorrer(nodo.children, enLista, esteCentrado);
        continue;
      }
      const tieneBloques = nodo.children.some(
        (hijo) => hijo.type === 'element' && (elementosDeParrafo.has(hijo.tagName) || elementosContenedores.has(hijo.tagName)),
      );
      if (elementosDeParrafo.has(tag) && !tieneBloques) {
        cerrarSuelto();
        const texto = espacios(textoDeHtml(nodo.children, alAvisar));
        if (texto !== '') parrafos.push({ texto, centrado: esteCentrado, sueltoEnLista: false });
        continue;
      }
      if (!elementosDeParrafo.has(tag) && !elementosContenedores.has(tag)) {
        alAvisar('html-desconocido', `elemento <${tag}> no reconocido; se conserva solo su texto.`);
        recorrer(nodo.children, enLista, esteCentrado);
        continue;
      }
      cerrarSuelto();
      // An `<li>` holding paragraphs is one item: its loose text is not an item that lost its marker.
      recorrer(nodo.children, listas.has(tag) || (enLista && tag !== 'li'), esteCentrado);
      cerrarSuelto();
    }
  };
  recorrer(parseHtml(html, alAvisar).children, false, false);
  cerrarSuelto();
  return parrafos;
}

/** The text of HTML nodes, dropping (and reporting) what is not text. */
function textoDeHtml(nodos: readonly (RootContent | ElementContent)[], alAvisar: AlAvisar): string {
  let texto = '';
  for (const nodo of nodos) {
    if (nodo.type === 'text') texto += nodo.value;
    else if (nodo.type === 'comment') {
      if (nodo.value.trim() !== '') alAvisar('html-comentario', `se descarta un comentario HTML («${espacios(nodo.value).slice(0, 40)}»).`);
    } else if (nodo.type === 'element') {
      if (elementosDescartados.has(nodo.tagName)) {
        alAvisar('html-descartado', `se descarta un elemento <${nodo.tagName}> y su contenido; no es texto del documento.`);
      } else if (nodo.tagName === 'br' || nodo.tagName === 'wbr') texto += ' ';
      else {
        if (!elementosEnLinea.has(nodo.tagName) && !elementosDeParrafo.has(nodo.tagName) && !elementosContenedores.has(nodo.tagName)) {
          alAvisar('html-desconocido', `elemento <${nodo.tagName}> no reconocido; se conserva solo su texto.`);
        }
        // Block boundaries inside inline text still separate words.
        const bloque = !elementosEnLinea.has(nodo.tagName);
        texto += (bloque ? ' ' : '') + textoDeHtml(nodo.children, alAvisar) + (bloque ? ' ' : '');
      }
    }
  }
  return texto;
}

/** Plain text of one line of Markdown, and the web addresses its links point to. */
export interface TextoPlano {
  texto: string;
  enlaces: string[];
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
function escaparHtml(texto: string): string {
  return texto.replace(/[&<>]/gu, (c) => htmlEscapes[c] ?? c);
}

/**
 * The plain text of a line of Markdown: links and autolinks give their text,
 * escapes and entities are decoded, inline HTML is parsed as HTML (so a
 * `<script>` split over several Markdown nodes is still dropped whole).
 *
 * > | ... con base en lo establecido en el [“Procedimiento para la identificación ...”](#).
 *                                            ^ text kept, the dead `#` link dropped
 * > | ... en la siguiente liga: <http://intranet/normatividad/...pdf>
 *                                 ^ autolink: its address, without the brackets
 */
export function textoPlano(markdown: string, alAvisar: AlAvisar): TextoPlano {
  if (!/[<>&[\]\\`*_]/u.test(markdown)) return { texto: espacios(markdown), enlaces: [] };
  const enlaces: string[] = [];
  const aHtml = (nodo: MdastNodes): string => {
    switch (nodo.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        return escaparHtml(nodo.value);
      case 'html':
        return nodo.value;
      case 'break':
        return ' ';
      case 'image':
        return escaparHtml(nodo.alt ?? '');
      case 'link':
        if (/^https?:\/\//iu.test(nodo.url)) enlaces.push(nodo.url);
        return nodo.children.map(aHtml).join('');
      default:
        return 'children' in nodo ? nodo.children.map((hijo) => aHtml(hijo)).join(' ') : '';
    }
  };
  // Markdown joins a paragraph's children without separators; block children get a space.
  const arbol = fromMarkdown(markdown);
  const html = arbol.children.map((bloque) => ('children' in bloque ? bloque.children.map((hijo: MdastNodes) => aHtml(hijo)).join('') : aHtml(bloque))).join(' ');
  const texto = espacios(parrafosDeHtml(html, alAvisar).map((parrafo) => parrafo.texto).join(' '));
  return { texto, enlaces };
}

/** A source row of a Markdown pipe table, split into cells (raw cell source, `\|` unescaped). */
export interface FilaDeTabla {
  celdas: string[];
}

/** Wider rows than this lose their extra cells; no table in the corpus comes close. */
const columnasMax = 12;
const cabeceraSintetica = `|${' x |'.repeat(columnasMax)}\n|${'---|'.repeat(columnasMax)}\n`;

/**
 * Splits one table row into its cells with micromark's GFM table parser, so
 * escaped pipes and edge pipes follow GFM. Each row is parsed under a
 * synthetic header: a row cut from its table (or a table missing its header)
 * still reads.
 *
 * > | | División de Implementación | <p>7. Resguarda una copia ...</p> |
 *       ^ cell 1                     ^ cell 2 (its HTML untouched)
 */
export function celdasDeFila(fila: string): FilaDeTabla {
  const fuente = cabeceraSintetica + fila.trim();
  const arbol = fromMarkdown(fuente, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const tabla = arbol.children[0];
  if (!tabla || tabla.type !== 'table') return { celdas: [fila.trim()] };
  const filaMd = tabla.children[1];
  if (!filaMd) return { celdas: [] };
  const celdas = filaMd.children.map((celda) => {
    const primero = celda.children[0]?.position?.start.offset;
    const ultimo = celda.children.at(-1)?.position?.end.offset;
    if (primero === undefined || ultimo === undefined) return '';
    return fuente.slice(primero, ultimo).replaceAll('\\|', '|').trim();
  });
  return { celdas };
}

/** A Markdown table's delimiter row (`|---|--|`, `| :-- | --: |`). */
export function esFilaDelimitadora(linea: string): boolean {
  return /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/u.test(linea);
}
