import { describe, expect, it } from 'vitest';
import { llenarPlantilla, marcas, partirPlantilla } from '../../src/lib/plantilla-redireccion.ts';

/** A redirect page from the page Astro rendered with marks: each value escaped as Astro escapes it where it stands. */

const plantilla = [
  `<title>Redirección a ${marcas.titulo} · Orgánica</title><link rel="canonical" href="${marcas.canonica}">`,
  `<script>(function(){const destino = "${marcas.destino}";\nconst prefijoFraccion = "${marcas.prefijoFraccion}";\nlocation.replace(destino);})();</script>`,
  `<meta http-equiv="refresh" content="0; url=${marcas.destino}">`,
  `<p>${marcas.motivo}</p><p>Continúe en <a href="${marcas.destino}">${marcas.titulo}</a>.</p>`,
].join('');

describe('llenarPlantilla', () => {
  it('escapes text, attributes and script values as Astro does', () => {
    const html = llenarPlantilla(partirPlantilla(plantilla), {
      destino: '/a/"b"&c/</script>',
      canonica: 'https://x.example/a/?q=1&r=2',
      titulo: `Jefatura "A" & <B> de l'Área`,
      motivo: 'Cambió.',
      prefijoFraccion: 'articulo-14-',
    });
    expect(html).toBe(
      [
        `<title>Redirección a Jefatura &quot;A&quot; &amp; &lt;B&gt; de l&#39;Área · Orgánica</title><link rel="canonical" href="https://x.example/a/?q=1&amp;r=2">`,
        `<script>(function(){const destino = "/a/\\"b\\"&c/\\u003c/script>";\nconst prefijoFraccion = "articulo-14-";\nlocation.replace(destino);})();</script>`,
        `<meta http-equiv="refresh" content="0; url=/a/&quot;b&quot;&amp;c/</script>">`,
        `<p>Cambió.</p><p>Continúe en <a href="/a/&quot;b&quot;&amp;c/</script>">Jefatura &quot;A&quot; &amp; &lt;B&gt; de l&#39;Área</a>.</p>`,
      ].join(''),
    );
  });

  it('refuses a page where a value has no mark: the component changed', () => {
    expect(() => partirPlantilla(plantilla.replace(marcas.motivo, 'fijo'))).toThrow(/no aparece ORGANICAMARCAMOTIVO/);
  });
});
