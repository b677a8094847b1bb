import { describe, expect, it } from 'vitest';
import { extractStyle, idsOf, marcarNodos, postProcessSvg } from '../../scripts/charts/postprocess.ts';

/** The shape of Mermaid 11's flowchart SVG, cut down: what postprocess.ts relies on. */
const raw = (renderId: string) =>
  `<svg id="${renderId}" width="276" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" class="flowchart" height="294" viewBox="0 0 276 294" role="graphics-document document" aria-roledescription="flowchart-v2" aria-describedby="chart-desc-${renderId}" aria-labelledby="chart-title-${renderId}">` +
  `<title id="chart-title-${renderId}">Organigrama de "X"  &amp;amp; co</title><desc id="chart-desc-${renderId}">d</desc>` +
  `<style>#${renderId}{font-family:arial,sans-serif;font-size:16px;}#${renderId} .node rect{fill:#eee;}</style>` +
  `<g><marker id="${renderId}_flowchart-v2-pointEnd" class="marker"><path d="M 0 0 z"/></marker>` +
  `<marker id="${renderId}_flowchart-v2-circleEnd" class="marker"><circle cx="5"/></marker>` +
  `<g class="root"><g class="clusters"><g class="cluster swimlane" id="c0" data-id="c0"><rect class="swimlane-body" fill="none"/></g></g>` +
  `<g class="edgePaths"><path d="M1,2L3,4" id="${renderId}-L_n0_n1_0" class="flowchart-link" style=";" data-edge="true" data-et="edge" data-id="L_n0_n1_0" data-points="W3siw==" data-look="classic" marker-end="url(#${renderId}_flowchart-v2-pointEnd)"/></g>` +
  `<g class="edgeLabels"><g class="edgeLabel"><g class="label" data-id="L_n0_n1_0" transform="translate(0, 0)"><foreignObject width="0" height="0"><div xmlns="http://www.w3.org/1999/xhtml" class="labelBkg"><span class="edgeLabel"></span></div></foreignObject></g></g></g>` +
  `<g class="nodes"><a xlink:href="/imss/uit/a/" data-look="classic" transform="translate(138, 83)"><g class="node default actual clickable" id="${renderId}-flowchart-n0-0"><rect class="basic label-container" style="" x="-130"/>` +
  `<g class="label" style="" transform="translate(-100, -60)"><rect/><foreignObject width="200" height="120"><div xmlns="http://www.w3.org/1999/xhtml" style="display: table;"><span class="nodeLabel"><p>Dirección &lt;script&gt;</p></span></div></foreignObject></g></g></a></g></g></g>` +
  `<defs><filter id="${renderId}-drop-shadow" height="130%"><feDropShadow dx="4"/></filter></defs>` +
  `<linearGradient id="${renderId}-gradient"><stop offset="0%"/></linearGradient></svg>`;

const options = {
  id: 'chart-0123456789ab',
  title: 'Organigrama de "X" <script> & co',
  description: 'Depende de A & B.',
  roleDescription: 'organigrama',
};

describe('postProcessSvg', () => {
  const svg = postProcessSvg(raw('organica-1'), { ...options, renderId: 'organica-1' });

  it("drops Mermaid's <style>: every chart shares src/styles/charts.css", () => {
    expect(svg).not.toContain('<style');
    expect(svg).toMatch(/^<svg id="chart-0123456789ab" [^>]*class="chart-svg"/);
  });

  it('gives the same bytes whatever batch position the chart was drawn at', () => {
    expect(postProcessSvg(raw('organica-17'), { ...options, renderId: 'organica-17' })).toBe(svg);
    expect(svg).not.toContain('organica');
  });

  it('does not mistake render id organica-1 for a prefix of organica-10', () => {
    const ten = postProcessSvg(raw('organica-10'), { ...options, renderId: 'organica-1' });
    expect(ten).toContain('organica-10');
  });

  it('scopes every id by the chart id, unprefixed swimlane ids too, and keeps references working', () => {
    const ids = idsOf(svg);
    expect(ids.every((id) => id.includes(options.id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('chart-0123456789ab-c0');
    for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
    for (const [, ref] of svg.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)) expect(ids).toContain(ref);
  });

  it('drops markers, filters and gradients nothing points at, empty edge labels and bookkeeping attributes', () => {
    expect(svg).toContain('_flowchart-v2-pointEnd"');
    expect(svg).not.toContain('circleEnd');
    expect(svg).not.toContain('drop-shadow');
    expect(svg).not.toContain('gradient');
    expect(svg).not.toContain('class="edgeLabel"');
    expect(svg).not.toMatch(/data-(points|look|et|edge|id)=|style=""|style=";"/);
  });

  it('writes valid HTML for inlining: no <p> inside a <span>, href instead of xlink:href', () => {
    expect(svg).toContain('<span class="nodeLabel">Dirección &lt;script&gt;</span>');
    expect(svg).not.toContain('xlink');
    expect(svg).toContain('<a href="/imss/uit/a/" transform="translate(138, 83)">');
  });

  it('sets title and description from the chart text, escaped, and the role description in Spanish', () => {
    expect(svg).toContain('<title id="chart-title-chart-0123456789ab">Organigrama de &quot;X&quot; &lt;script&gt; &amp; co</title>');
    expect(svg).toContain('<desc id="chart-desc-chart-0123456789ab">Depende de A &amp; B.</desc>');
    expect(svg).toContain('aria-roledescription="organigrama"');
  });
});

describe('marcarNodos', () => {
  const svg = postProcessSvg(raw('organica-1'), { ...options, renderId: 'organica-1' });

  it("gives nodes the page's roles and the chart the page's title and description, escaped", () => {
    const pagina = marcarNodos(svg, [{ id: 'n0', rol: 'superior' }], 'Organigrama de <b>', 'B depende de "A".');
    expect(pagina).toContain('<g class="node default clickable superior" id="chart-0123456789ab-flowchart-n0-0">');
    expect(pagina).not.toContain('actual');
    expect(pagina).toContain('<title id="chart-title-chart-0123456789ab">Organigrama de &lt;b&gt;</title>');
    expect(pagina).toContain('<desc id="chart-desc-chart-0123456789ab">B depende de &quot;A&quot;.</desc>');
    // Nothing else moves: the drawing is shared by every page that shows it.
    expect(pagina.replace(/<g class="[^"]*" id="chart-0123456789ab-flowchart-n0-0">/, '').replace(/<title[\s\S]*<\/desc>/, '')).toBe(
      svg.replace(/<g class="[^"]*" id="chart-0123456789ab-flowchart-n0-0">/, '').replace(/<title[\s\S]*<\/desc>/, ''),
    );
  });

  it('fails on a node the drawing does not have, instead of marking nothing', () => {
    expect(() => marcarNodos(svg, [{ id: 'n1', rol: 'actual' }], 't', 'd')).toThrow(/chart-0123456789ab has no node n1/);
    // n1 must not match n10.
    expect(() => marcarNodos(svg.replace('flowchart-n0-0', 'flowchart-n10-0'), [{ id: 'n1', rol: 'actual' }], 't', 'd')).toThrow();
  });
});

describe('extractStyle', () => {
  it('gives the stylesheet with the render id neutralized, to compare charts', () => {
    expect(extractStyle(raw('organica-3'), 'organica-3')).toBe(extractStyle(raw('organica-12'), 'organica-12'));
    expect(extractStyle(raw('organica-3'), 'organica-3')).toBe('#chart{font-family:arial,sans-serif;font-size:16px;}#chart .node rect{fill:#eee;}');
  });
});
