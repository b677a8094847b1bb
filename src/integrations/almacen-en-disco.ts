import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';

/**
 * The content store read from disk by the page bundle, not inlined into it.
 *
 * Astro bundles the pages with the whole content store as one string literal
 * (the virtual module `astro:data-layer-content`, `export default
 * JSON.parse("…")`): 5.4 MB for the shipped documents, which every later
 * plugin, the bundler and the writer go through, and the renderer parses
 * again. The prerender bundle of a static build runs only here, in this
 * build, from its own output folder (`.prerender/`, which Astro removes once
 * the pages are written), so the text can go beside it as a file: the bundler
 * gets a module of two lines that reads it. Bundling went from about
 * 0.9-1.4 s to 0.5-0.9 s on 2 cores (warm builds, A/B), the pages byte for
 * byte the same. Should Astro change the module's shape, nothing matches
 * here and the store is inlined as before: slower, never different (the
 * build says which it did; tests/site/build.test.ts checks). Astro could do
 * the same itself in static builds.
 */
const modulo = '\0astro:data-layer-content';
const archivo = 'organica-almacen.json';

export function almacenLeidoDeDisco(): AstroIntegration {
  return {
    name: 'organica:almacen-en-disco',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command !== 'build') return;
        /** The text taken out of the module, until the bundle is written. */
        let pendiente: { ruta: string; texto: string } | null = null;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'organica:almacen-en-disco',
                // Only the bundle that runs during the build: a server bundle (SSR) runs elsewhere, later.
                applyToEnvironment: (entorno) => entorno.name === 'prerender',
                transform: {
                  // Before any other plugin reads the 5 MB of code.
                  order: 'pre',
                  filter: { id: new RegExp(`^${modulo}$`) },
                  handler(code) {
                    const texto = textoInlinado(code);
                    if (texto === null) return null;
                    const { root, build } = this.environment.config;
                    const ruta = join(resolve(root, build.outDir), archivo);
                    pendiente = { ruta, texto };
                    return {
                      code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(ruta)}, 'utf8'));\n`,
                      map: { mappings: '' },
                    };
                  },
                },
                // Written once the bundler has emptied and filled the folder.
                async writeBundle() {
                  if (!pendiente) return;
                  await writeFile(pendiente.ruta, pendiente.texto);
                  logger.info(`almacén de contenido (${(Buffer.byteLength(pendiente.texto) / 1e6).toFixed(1)} MB) leído de un archivo por las páginas, no empaquetado con ellas`);
                  pendiente = null;
                },
              },
            ],
          },
        });
      },
    },
  };
}

/** The text of `export default JSON.parse("…")`, Astro's module of the store; null for any other code. */
export function textoInlinado(code: string): string | null {
  const inicio = 'export default JSON.parse(';
  if (!code.startsWith(inicio) || !code.endsWith(')')) return null;
  try {
    const texto: unknown = JSON.parse(code.slice(inicio.length, -1));
    return typeof texto === 'string' ? texto : null;
  } catch {
    return null;
  }
}
