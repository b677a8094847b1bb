import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { anclaFraccion, anclaFuncion, articuloDeFuncion, etiquetaCitable, etiquetaFuncion } from '../lib/cita.ts';
import type { UnidadFrontmatter } from '../model/contenido.ts';
import { frontmatterDe } from './frontmatter.ts';
import { esElemento, inicioDeLista, parrafosEnLinea } from './hast.ts';

/**
 * rehypeFunctionAnchors: the functions list of a unit file becomes citable.
 *
 *   <ol><li>Supervisar ...</li></ol>
 *   ->
 *   <ol class="funciones">
 *     <li id="funcion-3" data-n="3" data-pagefind-title="Función 3">
 *       <a class="n" href="#funcion-3"><span class="vh">Función </span>3.</a> Supervisar ...
 *     </li>
 *   </ol>
 *
 * The number is the permalink (works without JavaScript; `li:target` highlights
 * it); `data-n` is the label the "Copiar cita" script puts in the citation;
 * `data-pagefind-title` makes each function a Pagefind sub-result. An estatuto
 * unit (`numeracion: romana`) shows fracciones `IV.` and the link also carries
 * `id="fraccion-iv"`. A function repaired from a scan (`reparado.funciones`)
 * gets class `reparada` and the scan's text in a closed `<details>` that search
 * ignores. Only unit files (frontmatter with `unidad` and `numeracion`) change.
 */
export function rehypeFunctionAnchors() {
  return (tree: Root, file: VFile): void => {
    const datos = frontmatterDe(file);
    if (typeof datos['unidad'] !== 'string' || (datos['numeracion'] !== 'arabiga' && datos['numeracion'] !== 'romana')) return;
    const numeracion = datos['numeracion'];
    const unidad: UnidadAnclada = {
      numeracion,
      numeros: Array.isArray(datos['numeros']) ? (datos['numeros'] as string[]) : undefined,
      listas: Array.isArray(datos['listas']) ? (datos['listas'] as NonNullable<UnidadFrontmatter['listas']>) : undefined,
      articulo: typeof datos['articulo'] === 'number' ? datos['articulo'] : undefined,
    };
    const originales = originalesReparados(datos['reparado']);
    let total = 0;
    for (const ol of tree.children) {
      if (!esElemento(ol, 'ol')) continue;
      ol.properties['className'] = numeracion === 'romana' ? ['funciones', 'romana'] : ['funciones'];
      let n = inicioDeLista(ol);
      for (const li of ol.children) {
        if (!esElemento(li, 'li')) continue;
        anclarFuncion(li, n, unidad, originales.get(n));
        n++;
        total++;
      }
    }
    const declarado = datos['totalFunciones'];
    if (typeof declarado === 'number' && declarado !== total) {
      file.message(`La unidad ${datos['unidad']} declara ${declarado} funciones y su lista tiene ${total}; se esperaba una lista ordenada con una función por elemento.`, {
        ruleId: 'total-funciones',
        source: 'rehype-function-anchors',
      });
    }
  };
}

interface UnidadAnclada {
  numeracion: 'arabiga' | 'romana';
  numeros: string[] | undefined;
  listas: UnidadFrontmatter['listas'];
  articulo: number | undefined;
}

function anclarFuncion(li: Element, n: number, unidad: UnidadAnclada, original: string | undefined): void {
  const { numeracion } = unidad;
  const ancla = anclaFuncion(n);
  const etiqueta = etiquetaFuncion(n, numeracion, unidad.numeros);
  const fraccion = anclaFraccion(etiqueta, unidad.listas ? articuloDeFuncion(n, unidad) : undefined);
  const palabra = numeracion === 'romana' ? 'Fracción' : 'Función';
  const enlace: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['n'], href: `#${ancla}`, ...(numeracion === 'romana' ? { id: fraccion } : {}) },
    children: [span(['vh'], `${palabra} `), { type: 'text', value: `${etiqueta}.` }],
  };
  li.properties = {
    ...li.properties,
    id: ancla,
    dataN: etiquetaCitable(n, { ...unidad, numeral: null, nombre: '' }),
    dataPagefindTitle: `${palabra} ${etiqueta}`,
    ...(original === undefined ? {} : { className: ['reparada'] }),
  };
  const cuerpo = parrafosEnLinea(li.children);
  li.children = [enlace, { type: 'text', value: ' ' }, ...cuerpo, ...(original === undefined ? [] : [detallesOriginal(original)])];
}

function span(className: string[], texto: string): Element {
  return { type: 'element', tagName: 'span', properties: { className }, children: [{ type: 'text', value: texto }] };
}

function detallesOriginal(original: string): Element {
  return {
    type: 'element',
    tagName: 'details',
    properties: { className: ['original'], dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: 'Texto recuperado de un escaneo' }] },
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [{ type: 'text', value: `El texto reconocido del escaneo decía: «${original}»` }],
      },
    ],
  };
}

/** `reparado.funciones` -> original text by function number. */
function originalesReparados(reparado: unknown): Map<number, string> {
  const salida = new Map<number, string>();
  if (!reparado || typeof reparado !== 'object') return salida;
  const funciones = (reparado as { funciones?: unknown }).funciones;
  if (!Array.isArray(funciones)) return salida;
  for (const f of funciones) {
    if (f && typeof f === 'object' && typeof f.n === 'number' && typeof f.original === 'string') salida.set(f.n, f.original);
  }
  return salida;
}
