import type { PaginaRedireccion } from './redirecciones.ts';

/**
 * A redirect page from one that Astro rendered with marks in place of its
 * values: each route that makes redirect pages renders
 * src/components/Redireccion.astro once with these marks (at
 * src/lib/redirecciones.ts `rutaDePlantilla`), and each of its redirect
 * pages is that HTML with every mark replaced by its value, escaped as Astro
 * escapes it where the mark stands. The bytes are the ones
 * Astro gives for the page (tests/site/build.test.ts compares all of them);
 * 664 pages cost a few milliseconds instead of going through Astro's render.
 *
 * > | <a href="ORGANICAMARCADESTINO">ORGANICAMARCATITULO</a>
 *     -> <a href="/imss/uit/direccion-general/">Dirección General</a>
 */

/** Marks: letters only, so no escaping changes them and they occur nowhere else. */
export const marcas = {
  destino: 'ORGANICAMARCADESTINO',
  canonica: 'ORGANICAMARCACANONICA',
  titulo: 'ORGANICAMARCATITULO',
  motivo: 'ORGANICAMARCAMOTIVO',
  prefijoFraccion: 'ORGANICAMARCAPREFIJOFRACCION',
} as const;

export type ValoresRedireccion = Record<keyof typeof marcas, string>;

/** The values of a page: its props as the routes pass them (no prefix: `''`, Redireccion's default). */
export function valoresDe(pagina: PaginaRedireccion & { canonica: string }): ValoresRedireccion {
  const { destino, canonica, titulo, motivo, prefijoFraccion = '' } = pagina;
  return { destino, canonica, titulo, motivo, prefijoFraccion };
}

/** Where a mark stands, which decides how Astro escapes a value there. */
type Contexto = 'texto' | 'atributo' | 'script';

/** Astro's escaping in each place (astro/dist/runtime/server: escapeHTML, toAttributeString, stringifyForScript). */
const escapar: Record<Contexto, (valor: string) => string> = {
  texto: (v) => v.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c] ?? c),
  atributo: (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;'),
  // define:vars writes `const destino = "…";`: the mark's quotes are part of the JSON string.
  script: (v) => JSON.stringify(v).replace(/</g, '\\u003c'),
};

type Parte = string | { marca: keyof typeof marcas; contexto: Contexto };

/**
 * The template cut at its marks, each with its context: inside `<script>`
 * (the mark with its quotes), inside a tag (an attribute), or text.
 * Throws when the template has no mark of some value: Redireccion.astro
 * changed and this no longer reproduces it.
 */
export function partirPlantilla(html: string): Parte[] {
  const porMarca = new Map<string, keyof typeof marcas>(Object.entries(marcas).map(([clave, marca]) => [marca, clave as keyof typeof marcas]));
  const patron = new RegExp(`"?(${Object.values(marcas).join('|')})"?`, 'g');
  const partes: Parte[] = [];
  const vistas = new Set<string>();
  let desde = 0;
  for (const m of html.matchAll(patron)) {
    const antes = html.slice(0, m.index);
    const enScript = antes.lastIndexOf('<script') > antes.lastIndexOf('</script');
    const contexto: Contexto = enScript ? 'script' : antes.lastIndexOf('<') > antes.lastIndexOf('>') ? 'atributo' : 'texto';
    // Outside a script the quotes around a mark are the attribute's own: they stay.
    const conComillas = contexto === 'script';
    const inicio = conComillas ? m.index : m.index + (m[0].startsWith('"') ? 1 : 0);
    const fin = conComillas ? m.index + m[0].length : inicio + m[1]!.length;
    if (conComillas && !(m[0].startsWith('"') && m[0].endsWith('"'))) throw new Error(`plantilla de redirección: ${m[1]} en un script sin comillas`);
    partes.push(html.slice(desde, inicio), { marca: porMarca.get(m[1]!)!, contexto });
    vistas.add(m[1]!);
    desde = fin;
  }
  partes.push(html.slice(desde));
  const faltan = Object.values(marcas).filter((marca) => !vistas.has(marca));
  if (faltan.length > 0) throw new Error(`plantilla de redirección: no aparece ${faltan.join(', ')}; ¿cambió src/components/Redireccion.astro?`);
  return partes;
}

/** A redirect page's HTML: the template's parts with the page's values, escaped for where each stands. */
export function llenarPlantilla(partes: readonly Parte[], valores: ValoresRedireccion): string {
  return partes.map((parte) => (typeof parte === 'string' ? parte : escapar[parte.contexto](valores[parte.marca]))).join('');
}

/** Redireccion.astro's props. */
export interface PropsRedireccion {
  destino: string;
  canonica: string;
  titulo: string;
  motivo: string;
  prefijoFraccion?: string;
}

/** The props of a redirect page as its route renders it. */
export function propsDeRedireccion(pagina: PaginaRedireccion, canonica: string): PropsRedireccion {
  const { destino, titulo, motivo, prefijoFraccion } = pagina;
  return { destino, canonica, titulo, motivo, ...(prefijoFraccion !== undefined ? { prefijoFraccion } : {}) };
}

/** The props of a route's template page: a mark for each value. */
export const propsDePlantilla: PropsRedireccion = { ...marcas };
