import { describe, expect, it } from 'vitest';
import { renderizar } from './procesador.ts';

const unidad = { unidad: 'coordinacion', numeracion: 'arabiga', totalFunciones: 3 };
const lista = '1. Supervisar el Comité.\n2. Coordinar las acciones.\n3. Las demás que le confieran.\n';

describe('rehypeFunctionAnchors', () => {
  it('gives every function an anchor, its number as a permalink and its label for the citation', async () => {
    const html = await renderizar(lista, unidad);
    expect(html).toContain(
      '<li id="funcion-2" data-n="2" data-pagefind-title="Función 2"><a class="n" href="#funcion-2"><span class="vh">Función </span>2.</a> Coordinar las acciones.</li>',
    );
    expect(html.match(/<li id="funcion-\d+"/g)).toEqual(['<li id="funcion-1"', '<li id="funcion-2"', '<li id="funcion-3"']);
    expect(html).toContain('<ol class="funciones">');
  });

  it('numbers an estatuto unit in fracciones with a fraccion-iv alias', async () => {
    const html = await renderizar('1. a\n2. b\n3. c\n4. d\n', { ...unidad, numeracion: 'romana', totalFunciones: 4 });
    expect(html).toContain('<ol class="funciones romana">');
    expect(html).toContain('<li id="funcion-4" data-n="IV" data-pagefind-title="Fracción IV"><a class="n" href="#funcion-4" id="fraccion-iv">');
  });

  it('keeps the number on the text line when the list is loose', async () => {
    const html = await renderizar('1. Uno.\n\n2. Dos.\n', { ...unidad, totalFunciones: 2 });
    expect(html).toContain('<span class="vh">Función </span>2.</a> Dos.</li>');
    expect(html).not.toMatch(/<li[^>]*>\s*<a[^>]*>.*?<\/a> <p>/);
  });

  it('marks a repaired function and keeps the scan text folded and out of search', async () => {
    const html = await renderizar(lista, { ...unidad, reparado: { funciones: [{ n: 2, original: 'Coordinar las accioncs.' }] } });
    expect(html).toMatch(/<li id="funcion-2" [^>]*class="reparada"/);
    expect(html).toContain('<details class="original" data-pagefind-ignore=""><summary>Texto recuperado de un escaneo</summary><p>El texto reconocido del escaneo decía: «Coordinar las accioncs.»</p></details></li>');
    expect(html.match(/reparada/g)).toHaveLength(1);
  });

  it('continues numbering from the start of a second list', async () => {
    const html = await renderizar('1. Uno.\n2. Dos.\n\nPárrafo intercalado.\n\n3. Tres.\n', { ...unidad });
    expect(html).toContain('<li id="funcion-3"');
  });

  it('warns, with the unit, when the list does not hold totalFunciones items', async () => {
    const { createMarkdownProcessor } = await import('@astrojs/markdown-remark');
    const { rehypeFunctionAnchors } = await import('../../src/plugins/rehype-function-anchors.ts');
    const mensajes: string[] = [];
    const procesador = await createMarkdownProcessor({
      rehypePlugins: [rehypeFunctionAnchors, () => (_: unknown, file: { messages: { message: string }[] }) => void mensajes.push(...file.messages.map((m) => m.message))],
    });
    await procesador.render(lista, { frontmatter: { ...unidad, totalFunciones: 5 } });
    expect(mensajes).toEqual(['La unidad coordinacion declara 5 funciones y su lista tiene 3; se esperaba una lista ordenada con una función por elemento.']);
  });

  it('leaves documents that are not units untouched', async () => {
    const html = await renderizar(lista, { id: 'uit', secciones: [] });
    expect(html).not.toContain('funcion-');
    expect(html).toContain('<ol>');
  });
});
