import type { APIRoute } from 'astro';
import { rutas } from '../lib/urls.ts';

/** robots.txt pointing at the sitemap (absolute URL, base path included). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${rutas.absoluta(rutas.ruta('sitemap.xml'), site ?? 'http://localhost:4321/')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
