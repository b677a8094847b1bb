import { describe, expect, it } from 'vitest';
import { textoInlinado } from '../../src/integrations/almacen-en-disco.ts';

describe('textoInlinado: the store Astro would inline into the page bundle', () => {
  it('gives back the text of Astro’s module, quotes, escapes and line breaks included', () => {
    const almacen = JSON.stringify([['unidades', { 'imss/uit/a': { body: 'dice "hola"\n\\ y </script>' } }]]);
    expect(textoInlinado(`export default JSON.parse(${JSON.stringify(almacen)})`)).toBe(almacen);
  });

  it('leaves any other shape to Astro', () => {
    expect(textoInlinado('export default new Map()')).toBeNull();
    expect(textoInlinado('export default{"unidades":[(await import("astro:data-layer-content-chunk:0.json"))]}')).toBeNull();
    expect(textoInlinado('export default JSON.parse(datos)')).toBeNull();
    expect(textoInlinado('export default JSON.parse("a") + JSON.parse("b")')).toBeNull();
  });
});
