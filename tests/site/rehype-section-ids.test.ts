import { describe, expect, it } from 'vitest';
import { renderizar } from './procesador.ts';

const secciones = [
  { numero: '1', titulo: 'Introducción', tipo: 'introduccion', ancla: 'introduccion' },
  { numero: '3', titulo: 'Marco Jurídico-Administrativo', tipo: 'marco-juridico', ancla: 'marco-juridico-administrativo' },
];

describe('rehypeSectionIds', () => {
  it('gives section headings the anchors chosen by the ingest', async () => {
    const html = await renderizar('## Introducción\n\nTexto.\n\n## Marco Jurídico-Administrativo\n\n- Ley.\n', { secciones });
    expect(html).toContain('<h2 id="introduccion"><span class="numeral">1.</span> Introducción</h2>');
    expect(html).toContain('<h2 id="marco-juridico-administrativo"><span class="numeral">3.</span> Marco Jurídico-Administrativo</h2>');
  });

  it('matches titles ignoring accents and case, and leaves other headings to the default', async () => {
    const html = await renderizar('## INTRODUCCION\n\n## Otra cosa\n', { secciones: secciones.slice(0, 1) });
    expect(html).toContain('<h2 id="introduccion"><span class="numeral">1.</span> INTRODUCCION</h2>');
    expect(html).toContain('<h2 id="otra-cosa">Otra cosa</h2>');
  });

  it('folds the printed table of contents into a closed details that search ignores', async () => {
    const conIndice = [{ numero: null, titulo: 'Índice', tipo: 'indice', ancla: 'indice' }, ...secciones.slice(0, 1)];
    const html = await renderizar('## Índice\n\n- 1 Introducción 4\n\n## Introducción\n\nTexto.\n', { secciones: conIndice });
    expect(html).toMatch(/^<details class="indice-impreso" data-pagefind-ignore=""><summary id="indice">Índice<\/summary>\s*<ul>\s*<li>1 Introducción 4<\/li>\s*<\/ul>\s*<\/details>/);
    expect(html).toContain('<h2 id="introduccion"><span class="numeral">1.</span> Introducción</h2>');
  });
});
