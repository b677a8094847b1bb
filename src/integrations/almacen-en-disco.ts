import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The content store read from disk by the page bundle, not inlined into it.
 *
 * Astro bundles the pages with the whole content store as one string literal
 * (the virtual module `astro:data-layer-content`, `export default
 * JSON.parse("…")`): 5 to 8 MB for the shipped documents, which every later
 * plugin, the bundler and the writer go through, and the renderer parses
 * again. In a static build the bundle runs only here, during the build, so
 * the module can read that same text from a file instead: this writes what
 * Astro would have inlined to the cache folder and gives the bundler a module
 * of two lines (the file sits beside Astro's own store, one build at a time
 * per cache folder, as that store already needs). Bundling went from about
 * 0.9-1.4 s to 0.5-0.9 s on 2 cores (warm builds, A/B), the pages byte for
 * byte the same. Should Astro change the module's shape, nothing matches here
 * and the store is inlined as before: slower, never different. Astro could do
 * the same itself in static builds.
 */
const modulo = '\0astro:data-layer-content';
/** Astro's environments that run the pages during a build (the browser's never imports the store). */
const entornosQueRenderizan = new Set(['prerender', 'ssr']);

export function almacenLeidoDeDisco(): AstroIntegration {
  return {
    name: 'organica:almacen-en-disco',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const archivo = fileURLToPath(new URL('organica-almacen.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'organica:almacen-en-disco',
                apply: 'build',
                transform: {
                  // Before any other plugin reads the 5-8 MB of code.
                  order: 'pre',
                  filter: { id: new RegExp(`^${modulo}$`) },
                  async handler(code, id) {
                    const texto = id === modulo && entornosQueRenderizan.has(this.environment.name) ? textoInlinado(code) : null;
                    if (texto === null) return null;
                    await writeFile(archivo, texto);
                    return {
                      code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(archivo)}, 'utf8'));\n`,
                      map: { mappings: '' },
                    };
                  },
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
