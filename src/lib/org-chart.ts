import type { UnidadFrontmatter } from '../model/contenido.ts';
import { escapeMermaidHref, escapeMermaidText, type ChartSpec } from '../../scripts/charts/spec.ts';
import { crearRutas } from './urls.ts';

/**
 * The org chart of one unit, as Mermaid source and as a tree for the
 * screen-reader list: the unit's superior, the unit, its sub-units and theirs.
 * Pure; the same call in src/components/OrgChart.astro and in
 * scripts/charts/render.ts gives the same bytes, so the SVG drawn at build
 * time is found again by its hash.
 *
 * > | organigrama(coordinacion, unidadesDelDocumento, '/manuales/')
 *     -> flowchart LR (left to right: a unit with many sub-units grows down the page, which scrolls, instead of sideways): superior --> unidad --> subunidades --> sus subunidades
 *        (deeper levels summed up in a "+N subunidades" node)
 */

/** What the chart reads of a unit: its identity, place in the tree and name. */
export type UnidadOrganigrama = Pick<UnidadFrontmatter, 'unidad' | 'documento' | 'numeral' | 'nombre' | 'padre' | 'orden'>;

/**
 * More direct sub-units than this and the rest are summed up in one "+N"
 * node. Each box is about 260 px wide with its gap, so 16 make a chart of
 * about 4,200 px that the reader scrolls sideways; the page lists every
 * sub-unit anyway.
 */
export const subunidadesDirectasMax = 16;

/**
 * Sub-units of the second level drawn at most (the widest row of a big
 * chart). Taken in document order, all of one parent or none: a parent whose
 * children no longer fit shows a "+N" node instead. With 30, the ISSSTE's
 * Dirección de Administración drew 10,385 px wide.
 */
export const segundoNivelMax = 16;

/** The anchor of a unit page's list of sub-units, where a "+N" node leads. */
export const anclaSubunidades = 'subunidades';

export interface NodoOrganigrama {
  /** Mermaid node id (`n0`, `n1`, ...), in drawing order. */
  id: string;
  /**
   * `superior`: the unit's superior; `actual`: the unit; `subunidad`: a
   * sub-unit; `resumen`: "+N subunidades" standing for units not drawn.
   */
  rol: 'superior' | 'actual' | 'subunidad' | 'resumen';
  /** Label as shown, plain text (`7.1.1 Coordinación de ...`, `+4 subunidades`). */
  etiqueta: string;
  /** Absolute URL (base path included) of the unit page, or of its list of sub-units for a summary. */
  url: string;
  /** For a summary: how many units it stands for. */
  resumidas?: number;
  hijos: NodoOrganigrama[];
}

export interface Organigrama extends ChartSpec {
  kind: 'organigrama';
  /** The same tree, superior first, for the nested list of links. */
  arbol: NodoOrganigrama;
}

/**
 * Builds the chart of `unidad` from its document's units. `base` is the site's
 * base path (`/`, `/manuales/`); every node links to its unit under it.
 */
export function organigrama(unidad: UnidadOrganigrama, unidades: readonly UnidadOrganigrama[], base: string): Organigrama {
  const rutas = crearRutas(base);
  const urlDe = (u: UnidadOrganigrama) => rutas.unidad(u.documento, u.unidad);
  const { hijosDe, descendientes } = indiceDe(unidades);
  let siguienteId = 0;
  const nodo = (rol: NodoOrganigrama['rol'], etiqueta: string, url: string): NodoOrganigrama => ({
    id: `n${siguienteId++}`,
    rol,
    etiqueta,
    url,
    hijos: [],
  });
  const resumen = (cuantas: number, de: UnidadOrganigrama): NodoOrganigrama => ({
    ...nodo('resumen', `+${cuantas} ${cuantas === 1 ? 'subunidad' : 'subunidades'}`, `${urlDe(de)}#${anclaSubunidades}`),
    resumidas: cuantas,
  });

  const padre = unidad.padre === null ? undefined : unidades.find((u) => u.unidad === unidad.padre && u.unidad !== unidad.unidad);
  const superior = padre ? nodo('superior', etiquetaDe(padre), urlDe(padre)) : null;
  const actual = nodo('actual', etiquetaDe(unidad), urlDe(unidad));
  superior?.hijos.push(actual);

  // A cycle in `padre` (bad data) must not draw a unit twice.
  const dibujadas = new Set([unidad.unidad, padre?.unidad]);
  const nuevas = (lista: readonly UnidadOrganigrama[]) => lista.filter((x) => !dibujadas.has(x.unidad));
  const hijos = nuevas(hijosDe.get(unidad.unidad) ?? []);
  for (const hijo of hijos) dibujadas.add(hijo.unidad);
  const dibujados = hijos.length > subunidadesDirectasMax ? hijos.slice(0, subunidadesDirectasMax - 1) : hijos;
  let cupo = segundoNivelMax;
  for (const hijo of dibujados) {
    const nodoHijo = nodo('subunidad', etiquetaDe(hijo), urlDe(hijo));
    actual.hijos.push(nodoHijo);
    const nietos = nuevas(hijosDe.get(hijo.unidad) ?? []);
    if (nietos.length === 0) continue;
    if (nietos.length > cupo) {
      nodoHijo.hijos.push(resumen(descendientes(hijo.unidad), hijo));
      continue;
    }
    cupo -= nietos.length;
    for (const nieto of nietos) {
      dibujadas.add(nieto.unidad);
      const nodoNieto = nodo('subunidad', etiquetaDe(nieto), urlDe(nieto));
      nodoHijo.hijos.push(nodoNieto);
      const mas = descendientes(nieto.unidad);
      if (mas > 0) nodoNieto.hijos.push(resumen(mas, nieto));
    }
  }
  const omitidos = hijos.slice(dibujados.length);
  if (omitidos.length > 0) {
    actual.hijos.push(resumen(omitidos.reduce((suma, u) => suma + 1 + descendientes(u.unidad), 0), unidad));
  }

  const arbol = superior ?? actual;
  const title = `Organigrama de ${etiquetaDe(unidad)}`;
  const description = describir(unidad, padre, hijos.length, descendientes(unidad.unidad));
  return { kind: 'organigrama', source: mermaid(arbol, title, description), title, description, arbol };
}

/**
 * The chart a unit's page shows. A unit with sub-units shows its own; a unit
 * without them shows its superior's, where it stands among its siblings,
 * marked as the page's unit: a chart of one box under another says little,
 * and it spares a drawing per leaf (457 of the corpus's 664 units), the
 * build's dearest step. `dibujo` is the chart that is drawn and cached;
 * `cambios` are the roles its nodes take on this page
 * (scripts/charts/postprocess.ts `marcarNodos`), `arbol` the tree with them.
 * Title and description are the unit's own.
 *
 * > | organigramaDePagina(division, unidades, '/')   (division has no sub-units)
 *     -> { dibujo: organigrama(coordinacion, ...), cambios: [{ id: 'n1', rol: 'superior' }, { id: 'n3', rol: 'actual' }], ... }
 */
export interface OrganigramaDePagina {
  dibujo: Organigrama;
  title: string;
  description: string;
  arbol: NodoOrganigrama;
  cambios: { id: string; rol: NodoOrganigrama['rol'] }[];
}

export function organigramaDePagina(unidad: UnidadOrganigrama, unidades: readonly UnidadOrganigrama[], base: string): OrganigramaDePagina {
  const propio = organigrama(unidad, unidades, base);
  const { title, description } = propio;
  const tieneSubunidades = (indiceDe(unidades).hijosDe.get(unidad.unidad)?.length ?? 0) > 0;
  const padre = tieneSubunidades ? undefined : unidades.find((u) => u.unidad === unidad.padre && u.unidad !== unidad.unidad);
  if (!padre) return { dibujo: propio, title, description, arbol: propio.arbol, cambios: [] };

  const dibujo = organigrama(padre, unidades, base);
  const url = crearRutas(base).unidad(unidad.documento, unidad.unidad);
  const delPadre = dibujo.arbol.rol === 'actual' ? dibujo.arbol : dibujo.arbol.hijos[0];
  const propia = delPadre?.hijos.find((n) => n.rol === 'subunidad' && n.url === url);
  // Not drawn in the superior's chart (beyond its "+N" node): the unit keeps its own.
  if (!delPadre || !propia) return { dibujo: propio, title, description, arbol: propio.arbol, cambios: [] };
  const cambios = [
    { id: delPadre.id, rol: 'superior' as const },
    { id: propia.id, rol: 'actual' as const },
  ];
  const conRol = (n: NodoOrganigrama): NodoOrganigrama => ({
    ...n,
    rol: cambios.find((c) => c.id === n.id)?.rol ?? n.rol,
    hijos: n.hijos.map(conRol),
  });
  return { dibujo, title, description, arbol: conRol(dibujo.arbol), cambios };
}

/** `7.1.1 Coordinación de ...`; the name alone where the unit has no numeral (estatuto). */
export function etiquetaDe(unidad: Pick<UnidadOrganigrama, 'numeral' | 'nombre'>): string {
  return unidad.numeral ? `${unidad.numeral} ${unidad.nombre}` : unidad.nombre;
}

/**
 * The tree as nested lists of links, every entry a link, the unit itself
 * marked `aria-current="page"`: the chart's text alternative.
 */
export function organigramaComoLista(arbol: NodoOrganigrama): string {
  const item = (n: NodoOrganigrama): string => {
    const actual = n.rol === 'actual' ? ' aria-current="page"' : '';
    const hijos = n.hijos.length > 0 ? `<ul>${n.hijos.map(item).join('')}</ul>` : '';
    return `<li><a href="${escapeHtml(n.url)}"${actual}>${escapeHtml(n.etiqueta)}</a>${hijos}</li>`;
  };
  return `<ul>${item(arbol)}</ul>`;
}

interface IndiceArbol {
  hijosDe: Map<string, UnidadOrganigrama[]>;
  descendientes: (slug: string) => number;
}

/**
 * The tree of a document's units, built once per list: every unit page of a
 * document passes the same array, and a page without sub-units asks for two
 * charts (the ISSSTE's 553 units made this the build's busiest function).
 */
const indices = new WeakMap<readonly UnidadOrganigrama[], IndiceArbol>();

function indiceDe(unidades: readonly UnidadOrganigrama[]): IndiceArbol {
  let indice = indices.get(unidades);
  if (!indice) {
    const hijosDe = indexarHijos(unidades);
    indice = { hijosDe, descendientes: contarDescendientes(hijosDe) };
    indices.set(unidades, indice);
  }
  return indice;
}

/** Children of each unit in document order (`orden`, then slug), by the parent's slug. */
function indexarHijos(unidades: readonly UnidadOrganigrama[]): Map<string, UnidadOrganigrama[]> {
  const hijos = new Map<string, UnidadOrganigrama[]>();
  for (const u of unidades) {
    if (u.padre === null || u.padre === u.unidad) continue;
    const lista = hijos.get(u.padre) ?? [];
    lista.push(u);
    hijos.set(u.padre, lista);
  }
  for (const lista of hijos.values()) lista.sort((a, b) => a.orden - b.orden || (a.unidad < b.unidad ? -1 : a.unidad > b.unidad ? 1 : 0));
  return hijos;
}

/** Counts a unit's descendants (memoized); a cycle in `padre` counts each unit once. */
function contarDescendientes(hijosDe: ReadonlyMap<string, UnidadOrganigrama[]>): (slug: string) => number {
  const memo = new Map<string, number>();
  return (slug) => {
    const cached = memo.get(slug);
    if (cached !== undefined) return cached;
    const vistos = new Set([slug]);
    const pendientes = [slug];
    for (let actual = pendientes.pop(); actual !== undefined; actual = pendientes.pop()) {
      for (const hijo of hijosDe.get(actual) ?? []) {
        if (vistos.has(hijo.unidad)) continue;
        vistos.add(hijo.unidad);
        pendientes.push(hijo.unidad);
      }
    }
    memo.set(slug, vistos.size - 1);
    return vistos.size - 1;
  };
}

function describir(unidad: UnidadOrganigrama, padre: UnidadOrganigrama | undefined, directas: number, total: number): string {
  const arriba = padre ? `${unidad.nombre} depende de ${etiquetaDe(padre)}.` : `${unidad.nombre} no depende de otra unidad del documento.`;
  if (directas === 0) return `${arriba} No tiene subunidades.`;
  const plural = (n: number, una: string, varias: string) => `${n} ${n === 1 ? una : varias}`;
  const abajo = plural(directas, 'subunidad directa', 'subunidades directas');
  return total > directas ? `${arriba} Tiene ${abajo} y ${total} en total.` : `${arriba} Tiene ${abajo}.`;
}

/** Mermaid source: nodes in drawing order, then edges, links and classes (each group in the same order). */
function mermaid(arbol: NodoOrganigrama, title: string, description: string): string {
  const nodos: NodoOrganigrama[] = [];
  const aristas: string[] = [];
  const visitar = (n: NodoOrganigrama) => {
    nodos.push(n);
    for (const hijo of n.hijos) {
      aristas.push(`${n.id} ${hijo.rol === 'resumen' ? '-.->' : '-->'} ${hijo.id}`);
      visitar(hijo);
    }
  };
  visitar(arbol);
  nodos.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  return [
    'flowchart LR',
    `accTitle: ${escapeMermaidText(title)}`,
    `accDescr: ${escapeMermaidText(description)}`,
    ...nodos.map((n) => `${n.id}["${escapeMermaidText(n.etiqueta)}"]`),
    ...aristas,
    ...nodos.map((n) => `click ${n.id} href "${escapeMermaidHref(n.url)}"`),
    ...nodos.map((n) => `class ${n.id} ${n.rol}`),
    '',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
