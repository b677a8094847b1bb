import { describe, expect, it } from 'vitest';
import { renderizar } from './procesador.ts';

describe('rehypeHeadingAnchors', () => {
  it('gives headings ASCII anchors without accents', async () => {
    const html = await renderizar('### TÍTULO PRIMERO. DISPOSICIONES GENERALES\n', {});
    expect(html).toContain('<h3 id="titulo-primero-disposiciones-generales">');
  });

  it('keeps anchors unique in the file, around ids chosen by other plugins', async () => {
    const html = await renderizar('## Introducción\n\n## Introducción\n\n## Otra\n', {
      secciones: [{ numero: null, titulo: 'Otra', tipo: 'otra', ancla: 'introduccion' }],
    });
    expect([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1])).toEqual(['introduccion-2', 'introduccion-3', 'introduccion']);
  });
});
