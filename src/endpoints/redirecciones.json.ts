import type { APIRoute } from 'astro';
import { cargarSitio } from '../lib/cargar-sitio.ts';
import { paginasDeRedireccion } from '../lib/redirecciones.ts';
import { rutas } from '../lib/urls.ts';

/**
 * Every redirect page of the site with its values (src/lib/redirecciones.ts
 * `paginasDeRedireccion`, and the canonical URL as the routes make it), for
 * src/integrations/redirecciones.ts, which routes this in a build, writes the
 * pages from it and removes it.
 */
export const GET: APIRoute = async ({ site }) => {
  const sitio = await cargarSitio();
  const paginas = paginasDeRedireccion(sitio.documentos.values(), rutas).map((pagina) => ({ ...pagina, canonica: rutas.publica(pagina.destino, site) }));
  return new Response(JSON.stringify(paginas), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
