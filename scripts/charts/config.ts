import type { ChartKind } from './spec.ts';

/**
 * How charts are drawn: Mermaid's settings and the role each kind of chart
 * is announced with. Part of the code every drawn chart is named by
 * (store.ts `codigoDeDibujo`): change anything here and every chart is drawn
 * again by the next `npm run ingest`.
 */

/**
 * Mermaid settings for every chart. A fixed theme and font keep Mermaid's
 * stylesheet the same for all charts of a kind, so it is shared
 * (src/styles/charts.css) instead of repeated; `useMaxWidth: false` keeps the natural size (text at
 * 16 px, a wide chart scrolls instead of shrinking).
 */
export const mermaidConfig = {
  theme: 'neutral',
  fontFamily: 'arial,sans-serif',
  securityLevel: 'strict',
  // Shapes drawn with rough.js jitter from this seed; 0 would mean a random one per run.
  handDrawnSeed: 1,
  htmlLabels: true,
  // The procedure's flow chart sets its own spacing in its source (src/lib/flow-chart.ts).
  flowchart: { useMaxWidth: false, htmlLabels: true, wrappingWidth: 200, curve: 'basis' },
} as const;

/** How screen readers announce each kind (instead of Mermaid's `flowchart-v2`). */
export const roleDescriptions: Record<ChartKind, string> = {
  organigrama: 'organigrama',
  flujo: 'diagrama de flujo',
};
