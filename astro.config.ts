import type { AstroIntegration } from 'astro';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { rehypeFunctionAnchors } from './src/plugins/rehype-function-anchors.ts';
import { rehypeSectionIds } from './src/plugins/rehype-section-ids.ts';
import { rehypeArticulos } from './src/plugins/rehype-articulos.ts';
import { rehypeHeadingAnchors } from './src/plugins/rehype-heading-anchors.ts';
import { cacheDeAstro } from './src/lib/cache-de-astro.ts';
import { normalizarBase, origenPublicado } from './src/lib/urls.ts';
import { almacenLeidoDeDisco } from './src/integrations/almacen-en-disco.ts';
import { redireccionesEscritas } from './src/integrations/redirecciones.ts';

/**
 * Build-time settings come from the environment so one build can be deployed
 * anywhere: `BASE_PATH=/manuales/` serves the site from a sub-path,
 * `SITE_URL` is the origin used for canonical URLs, citations and the sitemap,
 * `CONTENT_DIR` (read by src/content.config.ts) points at another content tree.
 */
const base = normalizarBase(process.env['BASE_PATH'] ?? '/');
/**
 * Where the site is published; used only where a page names itself to others
 * (canonical, JSON-LD, citations, sitemap). Without SITE_URL there is none
 * (`Astro.site` is undefined): those carry site paths and there is no sitemap.
 */
const site = origenPublicado(process.env['SITE_URL'])?.href;

/**
 * No request to anybody: Astro would report every command (build, dev,
 * check) to its servers, with a `git` call to name the project, and `astro
 * dev` would ask npm for a newer Astro. A site built on an intranet asks
 * nobody anything. Astro reads these variables when it would ask, after it
 * has loaded this file.
 */
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
process.env['ASTRO_DISABLE_UPDATE_CHECK'] = 'true';

/** The content layer caches rendered entries in cacheDir: one per content tree. */
const contenido = process.env['CONTENT_DIR'];
const cacheDir = contenido ? `./${cacheDeAstro(contenido)}` : undefined;

/**
 * sitemap.xml only when the origin is known: the sitemap protocol takes
 * absolute URLs alone, and a sitemap of another host's URLs is worse than none.
 */
const mapaDelSitio: AstroIntegration = {
  name: 'organica:sitemap',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      if (site) injectRoute({ pattern: '/sitemap.xml', entrypoint: './src/endpoints/sitemap.xml.ts' });
    },
  },
};

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  integrations: [mapaDelSitio, redireccionesEscritas(), almacenLeidoDeDisco()],
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  build: {
    format: 'directory',
    // Pages render while earlier ones are written: measured on 2 cores, 1,340 pages,
    // 1 -> 4 cut the Astro step by about 1 s (8 or 16 gain nothing more). Output is the same.
    concurrency: 4,
    // One stylesheet shared by every page (cached once) instead of inline copies.
    inlineStylesheets: 'never',
  },
  // Pages are read, not navigated as an app: no prefetch, no client router.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      // Straight quotes in the sources stay straight: a citation copies the text as published.
      smartypants: false,
      rehypePlugins: [rehypeFunctionAnchors, rehypeSectionIds, rehypeArticulos, rehypeHeadingAnchors],
    }),
    syntaxHighlight: false,
  },
});
