import { readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { llenarPlantilla, partirPlantilla, valoresDe } from '../lib/plantilla-redireccion.ts';
import { plantillasDeRedireccion, rutaDePlantilla, type PaginaRedireccion, type TipoDeRedireccion } from '../lib/redirecciones.ts';

/**
 * Redirect pages written without Astro's render. Half the site's pages (the
 * numeral and article aliases and old slugs: 664 of 1,340) are the same
 * page with five values changed; rendered one by one they cost Astro about
 * 0.6 s of a build (measured on 2 cores, cold and warm alike). In a build,
 * the routes leave them out (src/lib/redirecciones.ts
 * `redireccionesAparte`) and render instead one page each with marks for
 * the values (src/lib/plantilla-redireccion.ts), Astro renders the list of
 * pages (src/endpoints/redirecciones.json.ts), and when it is done this
 * writes every page from its route's template and removes the templates
 * and the list. `astro dev`, or
 * ORGANICA_REDIRECCIONES=astro, renders them through the routes as any page.
 */

const rutaLista = 'organica-redirecciones.json';

export function redireccionesEscritas(): AstroIntegration {
  return {
    name: 'organica:redirecciones',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        const aparte = command === 'build' && process.env['ORGANICA_REDIRECCIONES'] !== 'astro';
        // Read by the routes while Astro renders them, in this same process.
        if (aparte) process.env['ORGANICA_REDIRECCIONES_APARTE'] = '1';
        else delete process.env['ORGANICA_REDIRECCIONES_APARTE'];
        if (!aparte) return;
        injectRoute({ pattern: `/${rutaLista}`, entrypoint: './src/endpoints/redirecciones.json.ts' });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['ORGANICA_REDIRECCIONES_APARTE'] !== '1') return;
        const salida = fileURLToPath(dir);
        const paginas = JSON.parse(readFileSync(join(salida, rutaLista), 'utf8')) as (PaginaRedireccion & { canonica: string })[];
        const plantillas = new Map<TipoDeRedireccion, ReturnType<typeof partirPlantilla>>();
        const plantillaDe = (tipo: TipoDeRedireccion) => {
          let plantilla = plantillas.get(tipo);
          if (!plantilla) {
            plantilla = partirPlantilla(readFileSync(join(salida, rutaDePlantilla(tipo), 'index.html'), 'utf8'));
            plantillas.set(tipo, plantilla);
          }
          return plantilla;
        };
        // All at once: the file system works in Node's thread pool while this thread fills the next
        // template (about 0.4 s written one after another, measured in a warm build).
        await Promise.all(
          paginas.map(async (pagina) => {
            const html = llenarPlantilla(plantillaDe(pagina.tipo), valoresDe(pagina));
            await mkdir(join(salida, pagina.ruta), { recursive: true });
            await writeFile(join(salida, pagina.ruta, 'index.html'), html);
          }),
        );
        rmSync(join(salida, rutaLista));
        rmSync(join(salida, plantillasDeRedireccion.institucion), { recursive: true });
        logger.info(`${paginas.length} páginas de redirección escritas desde una plantilla`);
      },
    },
  };
}
