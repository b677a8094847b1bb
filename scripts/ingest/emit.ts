import type { RootContent } from 'mdast';
import type {
  Articulo,
  Bloque,
  Catalogo,
  Division,
  Documento,
  DocumentoDatos,
  DocumentoFrontmatter,
  Registro,
  Seccion,
  Unidad,
  UnidadFrontmatter,
} from '../../src/model/index.ts';
import { aliasesOf, assignIdentities, slug } from './identity.ts';
import { heading, list, markdownFile, paragraph, text, yamlFile } from './markdown.ts';
import { toRoman } from '../../src/lib/romanos.ts';

/** A generated file, its path relative to the content directory. */
export interface ArchivoGenerado {
  ruta: string;
  contenido: string;
}

export interface Emision {
  /** Overview, one file per unit, and the registry. */
  archivos: ArchivoGenerado[];
  /** The document's open data (datos/<institucion>/<documento>.json). */
  datos: DocumentoDatos;
  registro: Registro;
}

/** Site-relative URLs: no leading slash, so they hold under any base path. */
export const urls = {
  documento: (catalogo: Pick<Catalogo, 'id' | 'institucion'>) => `${catalogo.institucion.id}/${catalogo.id}/`,
  unidad: (catalogo: Pick<Catalogo, 'id' | 'institucion'>, unidad: string) => `${catalogo.institucion.id}/${catalogo.id}/${unidad}/`,
};

/**
 * The last stage: a document and its catalog entry become Markdown files
 * (frontmatter validated by the site's schemas), the registry, and open data.
 * Pure: the previous registry comes in, the new one goes out.
 */
export function emit(documento: Documento, catalogo: Catalogo, previo: Registro | null): Emision {
  const { slugs, registro } = assignIdentities(documento.unidades, previo);
  const slugOf = (clave: string | null) => (clave === null ? null : (slugs.get(clave) ?? null));
  const base = `${catalogo.institucion.id}/${catalogo.id}`;
  const numeracion = documento.familia === 'estatuto' ? 'romana' : 'arabiga';

  const archivos: ArchivoGenerado[] = [
    { ruta: `${base}/index.md`, contenido: overviewFile(documento, catalogo) },
    ...documento.unidades.map((unidad) => {
      const id = slugOf(unidad.clave) ?? slug(unidad.nombre);
      return { ruta: `${base}/${id}.md`, contenido: unitFile(unidad, id, slugOf(unidad.padre), aliasesOf(registro, id)) };
    }),
    { ruta: `${base}/_registro.yaml`, contenido: yamlFile(registro) },
  ];

  function unitFile(unidad: Unidad, id: string, padre: string | null, alias: string[]): string {
    const reparadas = unidad.funciones.filter((funcion) => funcion.original !== undefined);
    const frontmatter: UnidadFrontmatter = {
      unidad: id,
      documento: base,
      institucion: catalogo.institucion.id,
      numeral: unidad.numeral,
      nombre: unidad.nombre,
      tipo: unidad.tipo,
      padre,
      orden: unidad.orden,
      objetivo: unidad.objetivo,
      numeracion,
      totalFunciones: unidad.funciones.length,
      ...(unidad.articulo === undefined ? {} : { articulo: unidad.articulo }),
      ...(unidad.rotulo === undefined ? {} : { rotulo: unidad.rotulo }),
      ...numerosImpresos(unidad, numeracion),
      ...(unidad.listas === undefined ? {} : { listas: unidad.listas }),
      ...(unidad.comunes === undefined ? {} : { comunes: unidad.comunes }),
      ...(unidad.puesto ? { puesto: true as const } : {}),
      ...(unidad.modificacion === undefined ? {} : { modificacion: unidad.modificacion }),
      ...(unidad.nombreOriginal !== undefined || unidad.objetivoOriginal !== undefined || reparadas.length > 0
        ? {
            reparado: {
              ...(unidad.nombreOriginal === undefined ? {} : { nombre: unidad.nombreOriginal }),
              ...(unidad.objetivoOriginal === undefined ? {} : { objetivo: unidad.objetivoOriginal }),
              funciones: reparadas.map((funcion) => ({ n: funcion.n, original: funcion.original ?? '' })),
            },
          }
        : {}),
      fuente: unidad.fuente,
      notas: unidad.notas,
      alias,
    };
    return markdownFile(frontmatter, cuerpoDeUnidad(unidad));
  }

  return { archivos, datos: openData(documento, catalogo, slugOf), registro };
}

/**
 * A unit's body: its functions as ordered lists, one per article when
 * several give them (each under its heading), broken where a paragraph of
 * the unit that is no function sits between two of them.
 */
function cuerpoDeUnidad(unidad: Unidad): RootContent[] {
  const cuerpo: RootContent[] = [];
  const parrafos = unidad.parrafos ?? [];
  const cortes = new Set([...parrafos.map((parrafo) => parrafo.despuesDe), ...(unidad.listas ?? []).map((lista) => lista.desde - 1)]);
  let desde = 0;
  const cerrarLista = (hasta: number) => {
    if (hasta > desde) cuerpo.push(list(unidad.funciones.slice(desde, hasta).map((funcion) => funcion.texto), true, desde + 1));
    desde = hasta;
  };
  for (let k = 0; k <= unidad.funciones.length; k++) {
    if (!cortes.has(k) && k < unidad.funciones.length) continue;
    cerrarLista(k);
    const lista = unidad.listas?.find((otra) => otra.desde === k + 1);
    if (lista) cuerpo.push(heading(3, `${lista.rotulo} (artículo ${lista.articulo})`));
    for (const parrafo of parrafos.filter((otro) => otro.despuesDe === k)) cuerpo.push(paragraph(text(parrafo.texto)));
  }
  return cuerpo;
}

/**
 * Each function's number as printed, when that is not the plain sequence
 * (`1.`, `2.`... or `I.`, `II.`... within each article's list): a fracción
 * sequence with a gap, letters, the numbers a scan kept.
 */
function numerosImpresos(unidad: Unidad, numeracion: 'arabiga' | 'romana'): { numeros?: string[] } {
  const inicioDeLista = (n: number) => Math.max(1, ...(unidad.listas ?? []).filter((lista) => lista.desde <= n).map((lista) => lista.desde));
  const esperado = (n: number) => {
    const posicion = n - inicioDeLista(n) + 1;
    return numeracion === 'romana' ? toRoman(posicion) : String(posicion);
  };
  const impresos = unidad.funciones.map((funcion) => funcion.fraccion ?? unidad.numeros?.[funcion.n - 1] ?? esperado(funcion.n));
  return impresos.some((impreso, i) => impreso !== esperado(i + 1)) ? { numeros: impresos } : {};
}

function overviewFile(documento: Documento, catalogo: Catalogo): string {
  const anclas = uniqueAnchors(documento.secciones.map((seccion) => seccion.titulo));
  const frontmatter: DocumentoFrontmatter = {
    id: catalogo.id,
    institucion: catalogo.institucion,
    titulo: catalogo.titulo,
    tituloCorto: catalogo.tituloCorto,
    familia: documento.familia,
    archivo: catalogo.archivo,
    edicion: catalogo.edicion,
    fechas: catalogo.fechas,
    fuente: { ...catalogo.fuente, ...documento.fuente },
    modificaciones: documento.fechas.modificaciones,
    acuerdos: documento.acuerdos,
    secciones: documento.secciones.map((seccion, i) => ({ numero: seccion.numero, titulo: seccion.titulo, tipo: seccion.tipo, ancla: anclas[i] ?? '' })),
    totalUnidades: documento.unidades.length,
    totalFunciones: documento.unidades.reduce((sum, unidad) => sum + unidad.funciones.length, 0),
    ...(documento.procedimiento === undefined ? {} : { procedimiento: documento.procedimiento }),
  };
  const body: RootContent[] = documento.secciones.flatMap(sectionBody);
  if (documento.estatuto) {
    body.push(heading(2, 'Articulado'), ...documento.estatuto.articulos.flatMap(articleBody));
    for (const division of documento.estatuto.divisiones) body.push(...divisionBody(division, 3));
    if (documento.estatuto.transitorios.length > 0) {
      body.push(heading(3, 'Artículos transitorios'), ...documento.estatuto.transitorios.map((parrafo) => paragraph(text(parrafo))));
    }
  }
  return markdownFile(frontmatter, body);
}

function sectionBody(seccion: Seccion): RootContent[] {
  return [heading(2, seccion.titulo), ...seccion.bloques.map(blockBody)];
}

/**
 * A block of an overview section. A list whose printed numerals a Markdown
 * `<ol>` cannot rebuild (roman fracciones, `5.1`, a gap) keeps them as text
 * in an unordered list, so readers see the numbers the source gives.
 */
function blockBody(bloque: Bloque): RootContent {
  if (bloque.tipo === 'parrafo') return paragraph(text(bloque.texto));
  const printed = bloque.items.map((item) => item.numero);
  const plainCount = printed.every((numero, i) => numero === undefined || numero === String(i + 1));
  if (!bloque.ordenada || plainCount) return list(bloque.items.map((item) => item.texto), bloque.ordenada);
  return list(bloque.items.map((item) => (item.numero === undefined ? item.texto : `${item.numero}. ${item.texto}`)), false);
}

/** Títulos, capítulos and secciones as headings (h3 down to h5); each article an h6 `Artículo N`. */
function divisionBody(division: Division, depth: 3 | 4 | 5): RootContent[] {
  const title = division.titulo ? `${division.rotulo}. ${division.titulo}` : division.rotulo;
  return [
    heading(depth, title),
    ...division.articulos.flatMap(articleBody),
    ...division.divisiones.flatMap((child) => divisionBody(child, Math.min(depth + 1, 5) as 3 | 4 | 5)),
  ];
}

/** An article: its heading, the paragraphs before its fracciones, the fracciones, then any closing paragraphs. */
function articleBody(articulo: Articulo): RootContent[] {
  const before = articulo.parrafos.slice(0, articulo.parrafosIniciales);
  const after = articulo.parrafos.slice(articulo.parrafosIniciales);
  return [
    // A provision printed without `Artículo N.` keeps its place under a plain heading.
    heading(6, articulo.numero === null ? 'Disposición sin número de artículo' : `Artículo ${articulo.numero}`),
    ...before.map((parrafo) => paragraph(text(parrafo))),
    ...(articulo.fracciones.length > 0 ? [listaDeFracciones(articulo)] : []),
    ...after.map((parrafo) => paragraph(text(parrafo))),
  ];
}

/**
 * An article's fracciones: an ordered list when they run I, II, III...; where
 * the printed numerals do not (a gap, letters), each item keeps its numeral
 * as text (`XI. ...`) in a plain list, which the site anchors by it.
 */
function listaDeFracciones(articulo: Articulo): RootContent {
  const enOrden = articulo.fracciones.every((fraccion, i) => fraccion.numero === toRoman(i + 1));
  if (enOrden) return list(articulo.fracciones.map((fraccion) => fraccion.texto), true);
  return list(articulo.fracciones.map((fraccion) => `${fraccion.numero}. ${fraccion.texto}`), false);
}

function uniqueAnchors(titles: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const base = slug(title);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  });
}

function openData(documento: Documento, catalogo: Catalogo, slugOf: (clave: string | null) => string | null): DocumentoDatos {
  const procedimiento = documento.procedimiento;
  return {
    id: catalogo.id,
    institucion: catalogo.institucion,
    titulo: catalogo.titulo,
    familia: documento.familia,
    url: urls.documento(catalogo),
    edicion: catalogo.edicion,
    acuerdos: documento.acuerdos,
    unidades: documento.unidades.map((unidad) => {
      const id = slugOf(unidad.clave) ?? '';
      const url = urls.unidad(catalogo, id);
      return {
        id,
        numeral: unidad.numeral,
        nombre: unidad.nombre,
        ...(unidad.nombreOriginal === undefined ? {} : { nombreOriginal: unidad.nombreOriginal }),
        tipo: unidad.tipo,
        padre: slugOf(unidad.padre),
        url,
        objetivo: unidad.objetivo,
        ...(unidad.objetivoOriginal === undefined ? {} : { objetivoOriginal: unidad.objetivoOriginal }),
        funciones: unidad.funciones.map((funcion) => ({
          n: funcion.n,
          texto: funcion.texto,
          ...(funcion.original === undefined ? {} : { original: funcion.original }),
          ...(funcion.fraccion === undefined ? {} : { fraccion: funcion.fraccion }),
          url: `${url}#funcion-${funcion.n}`,
        })),
        fuente: unidad.fuente,
        ...(unidad.articulo === undefined ? {} : { articulo: unidad.articulo }),
        ...(unidad.modificacion === undefined ? {} : { modificacion: unidad.modificacion }),
        notas: unidad.notas,
      };
    }),
    ...(procedimiento
      ? {
          definiciones: procedimiento.definiciones,
          politicas: procedimiento.politicas,
          actividades: procedimiento.actividades,
          baseNormativa: procedimiento.baseNormativa,
        }
      : {}),
  };
}
