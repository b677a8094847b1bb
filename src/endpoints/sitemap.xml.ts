import type { APIRoute } from 'astro';
import { cargarSitio } from '../lib/cargar-sitio.ts';
import { rutas } from '../lib/urls.ts';

/**
 * sitemap.xml: home, institutions, documents and unit pages (no redirects,
 * no aliases), absolute URLs under the base path. No dates: the build stays
 * byte-identical from run to run. Routed by astro.config.ts only when the
 * build has an origin (SITE_URL): the protocol takes absolute URLs alone.
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml necesita SITE_URL: astro.config.ts no debería haberlo enrutado sin ella.');
  const sitio = await cargarSitio();
  const rutasPublicadas = [
    rutas.inicio(),
    ...sitio.instituciones.flatMap((g) => [
      rutas.institucion(g.institucion.id),
      ...g.documentos.flatMap((d) => [rutas.documento(d.id), ...d.unidades.map((u) => rutas.unidad(d.id, u.unidad))]),
    ]),
  ];
  const escapar = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cuerpo = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...rutasPublicadas.map((r) => `<url><loc>${escapar(rutas.publica(r, site))}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(cuerpo, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
