import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { aRomano } from '../lib/texto.ts';
import { frontmatterDe } from './frontmatter.ts';
import { esElemento, inicioDeLista, parrafosEnLinea, textoDe } from './hast.ts';

/**
 * rehypeArticulos: in an estatuto overview, each article and fracción gets an
 * anchor, and fracciones show their Roman numerals.
 *
 *   <h6>Artículo 25</h6> <p>Son facultades ...:</p> <ol><li>Establecer ...</li></ol>
 *   ->
 *   <h6 id="articulo-25">Artículo 25</h6> <p>...</p>
 *   <ol class="fracciones"><li id="articulo-25-fraccion-i"><a class="n" href="#articulo-25-fraccion-i">I.</a> Establecer ...</li></ol>
 *
 * Only documents with `familia: estatuto`; a list belongs to the last article
 * heading before it. An article heading sits one level below the división
 * heading before it (`h6` under a capítulo `h4` becomes `h5`), so the outline
 * never skips a level.
 */

const articuloTitulo = /^Art[íi]culo\s+(\d+)\b/;
/** HTML has six heading levels. */
const nivelMax = 6;

export function rehypeArticulos() {
  return (tree: Root, file: VFile): void => {
    if (frontmatterDe(file)['familia'] !== 'estatuto') return;
    let articulo: number | null = null;
    let nivelDivision = 1;
    let nivelAnterior = 1;
    for (const nodo of tree.children) {
      if (!esElemento(nodo)) continue;
      if (/^h[1-6]$/.test(nodo.tagName)) {
        const m = articuloTitulo.exec(textoDe(nodo).trim());
        articulo = m ? Number(m[1]) : null;
        if (m) nodo.properties['id'] = `articulo-${articulo}`;
        // The ingest writes every article-level heading (numbered or not) as h6.
        if (m || nodo.tagName === `h${nivelMax}`) {
          nodo.tagName = `h${Math.min(nivelMax, nivelDivision + 1)}`;
        } else {
          // Any other heading never skips a level either.
          nivelDivision = Math.min(Number(nodo.tagName.slice(1)), nivelAnterior + 1);
          nodo.tagName = `h${nivelDivision}`;
        }
        nivelAnterior = Number(nodo.tagName.slice(1));
      } else if ((nodo.tagName === 'ol' || nodo.tagName === 'ul') && articulo !== null) {
        anclarFracciones(nodo, articulo);
      }
    }
  };
}

/** The numeral a plain list's item keeps as text (`XI. Supervisar ...`, `a. Asistir ...`). */
const numeralImpreso = /^([IVXLCDM]+|[a-zñ]|\d{1,3})\.\s+/u;

function anclarFracciones(ol: Element, articulo: number): void {
  // An ordered list runs I, II, III...; a plain list carries each numeral as printed.
  const impresos = ol.tagName === 'ul';
  if (impresos && !ol.children.filter((li) => esElemento(li, 'li')).every((li) => numeralImpreso.test(textoDe(li as Element).trim()))) return;
  ol.properties['className'] = ['fracciones'];
  let n = inicioDeLista(ol);
  for (const li of ol.children) {
    if (!esElemento(li, 'li')) continue;
    const romano = impresos ? (numeralImpreso.exec(textoDe(li).trim())?.[1] ?? aRomano(n)) : aRomano(n);
    if (impresos) quitarNumeral(li);
    const id = `articulo-${articulo}-fraccion-${romano.toLowerCase()}`;
    li.properties['id'] = id;
    li.children = [
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['n'], href: `#${id}` },
        children: [
          { type: 'element', tagName: 'span', properties: { className: ['vh'] }, children: [{ type: 'text', value: 'Fracción ' }] },
          { type: 'text', value: `${romano}.` },
        ],
      },
      { type: 'text', value: ' ' },
      ...parrafosEnLinea(li.children),
    ];
    n++;
  }
}

/** Takes the printed numeral off an item's first text: the anchor shows it. */
function quitarNumeral(li: Element): void {
  const primero = parrafosEnLinea(li.children)[0];
  const hoja = primero && 'children' in primero ? primero.children.find((hijo) => hijo.type === 'text') : primero;
  if (hoja && hoja.type === 'text') hoja.value = hoja.value.replace(numeralImpreso, '');
}
