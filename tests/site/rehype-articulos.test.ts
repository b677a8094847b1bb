import { describe, expect, it } from 'vitest';
import { renderizar } from './procesador.ts';

const cuerpo = [
  '## Articulado',
  '### TÍTULO SEGUNDO. DE LA ESTRUCTURA',
  '#### CAPÍTULO II. DE LAS UNIDADES',
  '###### Artículo 25',
  'Son facultades y atribuciones de la Unidad de Atención a la Salud:',
  '1. Establecer las políticas.\n2. Aprobar el programa.\n3. Dirigir la normatividad.\n4. Difundir las políticas.',
  '###### Disposición sin número de artículo',
  'El Órgano de Vigilancia estará integrado por una persona Comisaria.',
  '### Artículos transitorios',
  'PRIMERO. Entra en vigor.',
].join('\n\n');

describe('rehypeArticulos', () => {
  it('anchors each article and each fracción, shown in Roman numerals', async () => {
    const html = await renderizar(cuerpo, { familia: 'estatuto' });
    expect(html).toContain('id="articulo-25">Artículo 25</h5>');
    expect(html).toContain('<ol class="fracciones">');
    expect(html).toContain('<li id="articulo-25-fraccion-iv"><a class="n" href="#articulo-25-fraccion-iv"><span class="vh">Fracción </span>IV.</a> Difundir las políticas.</li>');
  });

  it('puts an article one level below its división so the outline never skips a level', async () => {
    const html = await renderizar(cuerpo, { familia: 'estatuto' });
    const niveles = [...html.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));
    expect(niveles).toEqual([2, 3, 4, 5, 5, 3]);
    for (let i = 1; i < niveles.length; i++) expect(niveles[i]! - niveles[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('does not take "Artículos transitorios" for an article', async () => {
    const html = await renderizar(cuerpo, { familia: 'estatuto' });
    expect(html).toContain('<h3 id="articulos-transitorios">Artículos transitorios</h3>');
  });

  it('only changes estatutos', async () => {
    const html = await renderizar(cuerpo, { familia: 'manual-imss' });
    expect(html).not.toContain('fraccion');
    expect(html).toContain('<h6');
  });
});
