import type { Root } from 'hast';
import { anclasUnicas } from '../lib/texto.ts';
import { esElemento, textoDe } from './hast.ts';

/**
 * rehypeHeadingAnchors: every heading still without an id gets an ASCII one,
 * unique in the file, so anchors read the same in any browser's address bar.
 * Runs after the plugins that choose specific ids (sections, articles).
 *
 *   <h3>TÍTULO PRIMERO. DISPOSICIONES GENERALES</h3>
 *   ->
 *   <h3 id="titulo-primero-disposiciones-generales">...</h3>
 */
export function rehypeHeadingAnchors() {
  return (tree: Root): void => {
    const ocupadas = new Set<string>();
    const pendientes = [];
    for (const nodo of tree.children) {
      if (!esElemento(nodo) || !/^h[1-6]$/.test(nodo.tagName)) continue;
      const id = nodo.properties['id'];
      if (typeof id === 'string' && id !== '') ocupadas.add(id);
      else pendientes.push(nodo);
    }
    const propuestas = anclasUnicas([...ocupadas, ...pendientes.map((h) => textoDe(h))]).slice(ocupadas.size);
    pendientes.forEach((h, i) => {
      let ancla = propuestas[i]!;
      for (let n = 2; ocupadas.has(ancla); n++) ancla = `${propuestas[i]}-${n}`;
      ocupadas.add(ancla);
      h.properties['id'] = ancla;
    });
  };
}
