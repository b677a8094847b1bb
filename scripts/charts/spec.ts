/**
 * What every chart of the site is before it is drawn: Mermaid source plus the
 * accessible title and description that go with it. The pure chart builders
 * (src/lib/org-chart.ts, src/lib/flow-chart.ts) make these; the renderer
 * (scripts/charts/render.ts) draws them once and the components read the
 * drawing back by the same hash (scripts/charts/store.ts).
 */

/** The kinds of chart the site draws; each has its own role description for screen readers. */
export type ChartKind = 'organigrama' | 'flujo';

export interface ChartSpec {
  kind: ChartKind;
  /** Mermaid source, byte-identical wherever the same chart is built. */
  source: string;
  /** Accessible name (the SVG's `<title>`), plain text. */
  title: string;
  /** Accessible description (the SVG's `<desc>`), plain text. */
  description: string;
}

/**
 * Characters that mean something to Mermaid's flowchart grammar, its entity
 * pass (`#quot;`, `#35;`), its Markdown pass or the HTML it writes labels into
 * (`:` too: Mermaid's `style ...: ...#...;` rewrite would eat an entity's `;`).
 * Each is written as a Mermaid numeric entity (`#60;`), which Mermaid turns
 * back into the character as text, never as markup.
 *
 * > | Dirección "General" <script>; #1
 *     ^ becomes  Dirección #34;General#34; #60;script#62;#59; #35;1
 */
const mermaidSpecial = /["#&<>;:[\]{}()|`*_~\\%=]/g;

/** Text made safe for a quoted Mermaid label, edge label, subgraph title or accTitle/accDescr. */
export function escapeMermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(mermaidSpecial, (char) => `#${char.charCodeAt(0)};`);
}

/** The inverse of `escapeMermaidText` (whitespace aside), for tests and the title check. */
export function unescapeMermaidText(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** A link target made safe for `click X href "..."`: no quote, no space can end the string. */
export function escapeMermaidHref(href: string): string {
  return encodeURI(decodeURIComponentSafe(href)).replace(/"/g, '%22');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    // Not valid percent-encoding: encode it as it is.
    return text;
  }
}
