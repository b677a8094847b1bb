import type { APIRoute } from 'astro';
import { rutas } from '../lib/urls.ts';

/**
 * robots.txt, pointing at the sitemap when there is one: the `Sitemap:` line
 * takes an absolute URL, so a build without SITE_URL has neither.
 */
export const GET: APIRoute = ({ site }) => {
  const mapa = site ? `Sitemap: ${rutas.publica(rutas.ruta('sitemap.xml'), site)}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${mapa}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
