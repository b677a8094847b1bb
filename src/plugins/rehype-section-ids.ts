import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { normalizarNombre } from '../lib/texto.ts';
import { frontmatterDe } from './frontmatter.ts';
import { esElemento, textoDe } from './hast.ts';

/**
 * rehypeSectionIds: the overview's section headings get the anchors the
 * ingest chose (`secciones[].ancla` in the frontmatter), so the table of
 * contents and citations link to them.
 *
 *   secciones: [{ numero: '3', titulo: Marco Jurídico-Administrativo, ancla: marco-juridico-administrativo }]
 *   <h2>Marco Jurídico-Administrativo</h2>
 *   ->
 *   <h2 id="marco-juridico-administrativo"><span class="numeral">3.</span> Marco Jurídico-Administrativo</h2>
 *
 * (the section's `numero`, where it has one, goes before the title as printed).
 * Headings are matched to sections in order, by title ignoring accents and
 * case; other headings keep Astro's default ids. A section with no heading is
 * reported with the file's name. The printed table of contents (`tipo:
 * indice`), kept so no source line is lost, folds into a closed <details> that
 * search ignores: the site has its own navigation.
 */
export function rehypeSectionIds() {
  return (tree: Root, file: VFile): void => {
    const secciones = seccionesDe(frontmatterDe(file)['secciones']);
    if (secciones.length === 0) return;
    let siguiente = 0;
    const plegadas = new Set<Element>();
    for (const nodo of tree.children) {
      if (!esElemento(nodo, 'h2') || siguiente >= secciones.length) continue;
      const seccion = secciones[siguiente]!;
      if (normalizarNombre(textoDe(nodo)) !== normalizarNombre(seccion.titulo)) continue;
      nodo.properties['id'] = seccion.ancla;
      // The source prints the numeral (`3. Marco Jurídico`); the title in the body omits it.
      if (typeof seccion.numero === 'string' && seccion.numero !== '') {
        nodo.children.unshift(
          { type: 'element', tagName: 'span', properties: { className: ['numeral'] }, children: [{ type: 'text', value: `${seccion.numero}.` }] },
          { type: 'text', value: ' ' },
        );
      }
      if (seccion.tipo === 'indice') plegadas.add(nodo);
      siguiente++;
    }
    if (plegadas.size > 0) tree.children = plegarIndices(tree.children, plegadas);
    for (const faltante of secciones.slice(siguiente)) {
      file.message(`La sección «${faltante.titulo}» (ancla ${faltante.ancla}) no tiene encabezado h2 en el cuerpo; se esperaba en el orden del frontmatter.`, {
        ruleId: 'seccion-sin-encabezado',
        source: 'rehype-section-ids',
      });
    }
  };
}

interface SeccionLeida {
  titulo: string;
  ancla: string;
  numero?: unknown;
  tipo?: unknown;
}

function seccionesDe(valor: unknown): SeccionLeida[] {
  if (!Array.isArray(valor)) return [];
  return valor.filter(
    (s): s is SeccionLeida => !!s && typeof s.titulo === 'string' && typeof s.ancla === 'string' && s.ancla !== '',
  );
}

/** Each heading in `plegadas` and what follows it up to the next h2 -> one closed <details>. */
function plegarIndices(nodos: RootContent[], plegadas: ReadonlySet<Element>): RootContent[] {
  const salida: RootContent[] = [];
  let abierto: Element | null = null;
  for (const nodo of nodos) {
    if (esElemento(nodo, 'h2')) {
      abierto = null;
      if (plegadas.has(nodo)) {
        abierto = {
          type: 'element',
          tagName: 'details',
          properties: { className: ['indice-impreso'], dataPagefindIgnore: '' },
          children: [{ type: 'element', tagName: 'summary', properties: { id: nodo.properties['id'] }, children: [...nodo.children] }],
        };
        salida.push(abierto);
        continue;
      }
    }
    if (abierto && nodo.type !== 'doctype') abierto.children.push(nodo as ElementContent);
    else salida.push(nodo);
  }
  return salida;
}
