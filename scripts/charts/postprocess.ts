/**
 * Mermaid's SVG -> the SVG the site inlines. Pure string work on the
 * serializer's output (regular: double-quoted attributes, no comments).
 *
 * - its `<style>` goes (every chart shares src/styles/charts.css);
 * - the render id (`organica-7`, which depends on the batch) becomes the
 *   chart's own id, so the same chart gives the same bytes in any run, and
 *   ids Mermaid left unprefixed get that id as prefix;
 * - markers, filters and gradients nothing points at go, and so do empty edge
 *   labels and Mermaid's bookkeeping attributes (`data-points`, ...);
 * - `<p>` inside label `<span>`s goes (a `<p>` in a `<span>` is invalid HTML);
 * - `xlink:href` becomes `href`; title and description are set from the
 *   chart's own text (Mermaid strips `<`, `&` from accTitle), and the role
 *   description names the chart in Spanish.
 *
 * > | <svg id="organica-3" class="flowchart" aria-roledescription="flowchart-v2" ...><style>#organica-3{...}</style>
 *     -> <svg id="chart-1a2b3c4d5e6f" class="chart-svg" aria-roledescription="organigrama" ...>
 */

export interface PostProcessOptions {
  /** The id Mermaid drew the chart with (RenderResult.id). */
  renderId: string;
  /** The chart's stable id (cache.ts `chartId`). */
  id: string;
  title: string;
  description: string;
  roleDescription: string;
}

/** The class every chart's `<svg>` gets; src/styles/charts.css is scoped by it. */
export const chartSvgClass = 'chart-svg';

export function postProcessSvg(svg: string, options: PostProcessOptions): string {
  const { renderId, id } = options;
  let out = svg.replace(/<style>[\s\S]*?<\/style>/g, '');
  // The render id ends in its batch index: `organica-3` must not match inside `organica-30`.
  out = out.replace(new RegExp(`${escapeRegExp(renderId)}(?!\\d)`, 'g'), id);

  // Ids Mermaid does not prefix (a subgraph's cluster is `id="c0"`) get the chart's id, so two
  // charts, or a chart and the page, never share one.
  for (const bare of new Set(idsOf(out).filter((x) => !x.startsWith(id) && !x.includes(id)))) {
    const scoped = `${id}-${bare}`;
    out = out.split(`id="${bare}"`).join(`id="${scoped}"`).split(`url(#${bare})`).join(`url(#${scoped})`);
  }

  out = out.replace(
    /<g class="edgeLabel"><g class="label"[^>]*><foreignObject width="0" height="0">[\s\S]*?<\/foreignObject><\/g><\/g>/g,
    '',
  );
  out = out.replace(/ data-(?:points|look|et|edge|id)="[^"]*"/g, '');
  out = out.replace(/ style="[;\s]*"/g, '');
  out = out.replace(/<\/p><p>/g, '<br/>').replace(/<\/?p>/g, '');

  out = dropUnreferenced(out, /<marker id="([^"]+)"[\s\S]*?<\/marker>/g);
  out = dropUnreferenced(out, /<defs><filter id="([^"]+)"[\s\S]*?<\/filter><\/defs>/g);
  out = dropUnreferenced(out, /<linearGradient id="([^"]+)"[\s\S]*?<\/linearGradient>/g);

  out = out.replace(/ xlink:href=/g, ' href=');
  if (!/xlink:/.test(out.replace(/ xmlns:xlink="[^"]*"/, ''))) out = out.replace(/ xmlns:xlink="[^"]*"/, '');

  out = conTitulo(out, options.title, options.description);
  out = out.replace(/^<svg([^>]*?) aria-roledescription="[^"]*"/, `<svg$1 aria-roledescription="${escapeXml(options.roleDescription)}"`);
  out = out.replace(/^<svg([^>]*?) class="[^"]*"/, `<svg$1 class="${chartSvgClass}"`);
  return out;
}

/**
 * A drawn chart as one page shows it: nodes take the page's roles (the
 * class `rol` on the node's `<g>`: `actual`, `superior`, ...) and the chart
 * its title and description. For a unit shown on its superior's chart
 * (src/lib/org-chart.ts `organigramaDePagina`); pure string work on a cached
 * SVG, so the drawing is shared and no page needs Chromium.
 */
export function marcarNodos(svg: string, cambios: readonly { id: string; rol: string }[], title: string, description: string): string {
  const chart = /^<svg id="([^"]+)"/.exec(svg)?.[1];
  let out = svg;
  for (const { id, rol } of cambios) {
    const nodo = new RegExp(`<g class="([^"]*)" id="${escapeRegExp(`${chart}-flowchart-${id}-`)}\\d+"`);
    const match = nodo.exec(out);
    if (!chart || !match) throw new Error(`Chart ${chart ?? '(no id)'} has no node ${id}: was it drawn from another source?`);
    const clases = (match[1] ?? '').split(' ').filter((c) => !rolesDeNodo.has(c));
    out = out.replace(match[0], match[0].replace(`class="${match[1]}"`, `class="${[...clases, rol].join(' ')}"`));
  }
  return conTitulo(out, title, description);
}

/**
 * A drawn chart under the site's base path. Charts are drawn once with
 * links from the site root, whatever the base of the build, so one drawing
 * serves every deployment; a page under `/manuales/` moves its links there.
 * The links are the only bytes the base changes: Mermaid's layout does not
 * read them.
 *
 * > | <a href="/imss/uit/a/" transform="...">   with base '/manuales/'
 *     -> <a href="/manuales/imss/uit/a/" transform="...">
 */
export function enBase(svg: string, base: string): string {
  return base === '/' ? svg : svg.replaceAll(' href="/', ` href="${escapeXml(base)}`);
}

/** The classes src/lib/org-chart.ts gives nodes by their role on the page. */
const rolesDeNodo = new Set(['superior', 'actual', 'subunidad', 'resumen']);

function conTitulo(svg: string, title: string, description: string): string {
  return svg
    .replace(/(<title id="[^"]*">)[\s\S]*?(<\/title>)/, (_, open: string, close: string) => open + escapeXml(title) + close)
    .replace(/(<desc id="[^"]*">)[\s\S]*?(<\/desc>)/, (_, open: string, close: string) => open + escapeXml(description) + close);
}

/**
 * Mermaid's stylesheet of a chart with the render id replaced by `#chart`,
 * to compare charts (they should all share one) and to review
 * src/styles/charts.css after a Mermaid upgrade.
 */
export function extractStyle(svg: string, renderId: string): string {
  const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
  return style.replace(new RegExp(`${escapeRegExp(renderId)}(?!\\d)`, 'g'), 'chart');
}

/** Every `id="..."` in a fragment, in order (a page must not repeat one). */
export function idsOf(svg: string): string[] {
  return [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Removes each element matched by `pattern` (group 1 = its id) that no `url(#id)` or `#id"` points at. */
function dropUnreferenced(svg: string, pattern: RegExp): string {
  return svg.replace(pattern, (element: string, elementId: string) => {
    const rest = svg.replace(element, '');
    return rest.includes(`url(#${elementId})`) || rest.includes(`"#${elementId}"`) ? element : '';
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
