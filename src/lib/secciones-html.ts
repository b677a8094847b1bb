/**
 * A document body as rendered HTML, cut at its top-level `<h2>` headings, so
 * a page can put structured content (a procedure's glossary, policies,
 * activities, flow) inside the section of the body that announces it, and
 * keep every line of the body it does not replace.
 */

export interface SeccionHtml {
  /** The `<h2>`'s id (`definiciones`), or null for text before the first heading. */
  id: string | null;
  /** Normalized heading text (`descripcion de actividades`). */
  titulo: string;
  /** The `<h2>` element alone. */
  encabezado: string;
  /** What follows the heading, up to the next `<h2>`. */
  cuerpo: string;
}

const encabezadoH2 = /^<h2\b[^>]*>[\s\S]*?<\/h2>/;

/** Cuts rendered Markdown at each `<h2`; our own pipeline writes them, so a regular expression is enough. */
export function dividirEnSecciones(html: string): SeccionHtml[] {
  return html
    .split(/(?=<h2[\s>])/)
    .filter((trozo) => trozo.trim() !== '')
    .map((trozo) => {
      const m = encabezadoH2.exec(trozo);
      if (!m) return { id: null, titulo: '', encabezado: '', cuerpo: trozo };
      const encabezado = m[0];
      return {
        id: /\sid="([^"]*)"/.exec(encabezado)?.[1] ?? null,
        titulo: textoPlano(encabezado),
        encabezado,
        cuerpo: trozo.slice(encabezado.length),
      };
    });
}

function textoPlano(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[\divxlc]+(?:\.[\divxlc]+)*\.?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The structured parts of a procedure page. */
export type ParteProcedimiento = 'objetivo' | 'ambito' | 'base-normativa' | 'definiciones' | 'politicas' | 'actividades' | 'diagrama';

/** Default headings for parts the body does not announce. */
export const titulosPartes: Record<ParteProcedimiento, { id: string; titulo: string }> = {
  objetivo: { id: 'objetivo', titulo: 'Objetivo' },
  ambito: { id: 'ambito-de-aplicacion', titulo: 'Ámbito de aplicación' },
  'base-normativa': { id: 'base-normativa', titulo: 'Base normativa' },
  definiciones: { id: 'definiciones', titulo: 'Definiciones' },
  politicas: { id: 'politicas', titulo: 'Políticas' },
  actividades: { id: 'descripcion-de-actividades', titulo: 'Descripción de actividades' },
  diagrama: { id: 'diagrama-de-flujo', titulo: 'Diagrama de flujo' },
};

/** Which part a body section announces, by its title. */
export function parteDeSeccion(titulo: string): ParteProcedimiento | null {
  if (/^objetivo/.test(titulo)) return 'objetivo';
  if (/^ambito/.test(titulo)) return 'ambito';
  if (/^base normativa|^marco (juridico|normativo)/.test(titulo)) return 'base-normativa';
  if (/^definiciones|^glosario/.test(titulo)) return 'definiciones';
  if (/^politicas/.test(titulo)) return 'politicas';
  if (/actividades/.test(titulo)) return 'actividades';
  if (/^diagrama/.test(titulo)) return 'diagrama';
  return null;
}

/** One block of a procedure page, in order. */
export type BloqueProcedimiento =
  | { tipo: 'html'; html: string }
  /** `enCuerpo`: placed after a body section that already prints the part's text as published. */
  | { tipo: 'parte'; parte: ParteProcedimiento; enCuerpo: boolean }
  | { tipo: 'titulo'; id: string; titulo: string };

/**
 * The page in order: each body section, whole, then the structured part it
 * announces; parts the body never announces come last under their own
 * headings. `disponibles`: the parts that have data.
 */
export function planProcedimiento(secciones: readonly SeccionHtml[], disponibles: ReadonlySet<ParteProcedimiento>): BloqueProcedimiento[] {
  const bloques: BloqueProcedimiento[] = [];
  const colocadas = new Set<ParteProcedimiento>();
  for (const seccion of secciones) {
    const parte = seccion.id === null ? null : parteDeSeccion(seccion.titulo);
    const usar = parte !== null && disponibles.has(parte) && !colocadas.has(parte) ? parte : null;
    bloques.push({ tipo: 'html', html: seccion.encabezado + seccion.cuerpo });
    if (usar) {
      bloques.push({ tipo: 'parte', parte: usar, enCuerpo: true });
      colocadas.add(usar);
    }
  }
  for (const parte of Object.keys(titulosPartes) as ParteProcedimiento[]) {
    if (!disponibles.has(parte) || colocadas.has(parte)) continue;
    bloques.push({ tipo: 'titulo', ...titulosPartes[parte] }, { tipo: 'parte', parte, enCuerpo: false });
  }
  return bloques;
}

/** An estatuto article that creates a unit, and that unit's page. */
export interface ArticuloConUnidad {
  articulo: number;
  unidad: { nombre: string; url: string };
}

/**
 * After each article heading of the rendered estatuto (`<h5 id="articulo-25">`)
 * whose article creates a unit, a line linking to the unit's page.
 *
 * > | <h5 id="articulo-25">Artículo 25</h5>
 *     -> <h5 id="articulo-25">Artículo 25</h5><p class="nota">Unidad: <a href="/…/unidad-de-atencion-a-la-salud/">Unidad de Atención a la Salud</a></p>
 */
export function enlazarArticulos(html: string, articulos: readonly ArticuloConUnidad[]): string {
  const porNumero = new Map(articulos.map((a) => [a.articulo, a.unidad]));
  return html.replace(/(<h([2-6]) id="articulo-(\d+)">[\s\S]*?<\/h\2>)/g, (encabezado: string, _: string, __: string, numero: string) => {
    const unidad = porNumero.get(Number(numero));
    return unidad ? `${encabezado}<p class="nota">Unidad: <a href="${escaparAtributo(unidad.url)}">${escaparTexto(unidad.nombre)}</a></p>` : encabezado;
  });
}

function escaparTexto(texto: string): string {
  return texto.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escaparAtributo(texto: string): string {
  return escaparTexto(texto).replace(/"/g, '&quot;');
}
