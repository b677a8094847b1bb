import type { Aviso, Bloque, Line, Seccion } from '../../../../src/model/index.ts';
import { colocadasPor, colocar, juntar, type Colocadas } from '../../colocadas.ts';
import { fechaEnEspanol } from '../../constructs/fechas.ts';
import { joinWrapped } from '../../constructs/numbered-list.ts';
import { parseBloques } from '../../constructs/overview.ts';
import { leerEncabezado } from './encabezados.ts';

/**
 * The pages of the Normateca compilation around the manual proper: the cover,
 * the technical card, the update certificates, the printed contents. Helpers
 * to turn them into sections.
 */

/** `FICHA TÉCNICA`, the Normateca's card with the dates of the manual and of each amendment. */
export const rotuloFicha = /^\s*FICHA\s+T[ÉE]CNICA\s*$/i;
/** `CÉDULA DE ACTUALIZACIÓN`, one per amendment, repeated on each of its pages. */
export const rotuloCedula = /^\s*C[ÉE]DULA\s+DE\s+ACTUALIZACI[ÓO]N\s*$/i;
/** `Contenido`, the printed table of contents. */
export const rotuloIndice = /^\s*(?:Contenido|[ÍI]ndice)\s*$/i;
/** The column header of the contents (`	Página`). */
const cabeceraDePagina = /^\s*P[áa]ginas?\s*$/i;

/** A title is a few short lines; more is a paragraph. */
const tituloLineasMax = 3;
const tituloLongitudMax = 200;

/** Consecutive non-blank lines: a paragraph, or a title broken over lines. */
export function grupos(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let actual: Line[] = [];
  for (const line of lines) {
    if (line.texto.trim() === '') {
      if (actual.length > 0) out.push(actual);
      actual = [];
    } else actual.push(line);
  }
  if (actual.length > 0) out.push(actual);
  return out;
}

export function unirGrupo(grupo: readonly Line[]): string {
  return grupo.map((line) => line.texto.trim()).reduce((a, b) => (a === '' ? b : joinWrapped(a, b)), '');
}

const comparable = (texto: string) => texto.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();

export interface Portada {
  titulo: string | null;
  institucion: string | null;
  /** Lines of every printing of the title and the institution's name. */
  colocadas: Colocadas;
}

/**
 * The document's title (`Manual de Organización General del ...`) and
 * institution (the group right below it that the title names) from the
 * groups of `lines` (the front matter outside acuerdos). Every later group
 * that repeats either (the cover before the contents) is placed with them.
 *
 * > | Manual de Organización General del Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado
 * > |
 * > | **Instituto de Seguridad y Servicios Sociales de los
 * > | Trabajadores del Estado**
 *     ^ two lines, one name: the institution
 */
export function leerPortada(lines: readonly Line[]): Portada {
  const colocadas: Colocadas = new Map();
  const gs = grupos(lines);
  const i = gs.findIndex((g) => g.length <= tituloLineasMax && /^Manual\s+de\s+Organizaci[óo]n\b/i.test(unirGrupo(g)) && unirGrupo(g).length <= tituloLongitudMax);
  const tituloGrupo = gs[i];
  if (!tituloGrupo) return { titulo: null, institucion: null, colocadas };
  const titulo = unirGrupo(tituloGrupo).replace(/\.$/, '');
  const siguiente = gs[i + 1];
  const candidata = siguiente ? unirGrupo(siguiente) : '';
  const institucion = siguiente && siguiente.length <= tituloLineasMax && candidata !== '' && comparable(titulo).includes(comparable(candidata)) ? candidata.replace(/\.$/, '') : null;
  for (const g of gs) {
    const texto = comparable(unirGrupo(g));
    if (texto === comparable(titulo) || (institucion !== null && texto === comparable(institucion))) colocar(colocadas, 'portada', g);
  }
  return { titulo, institucion, colocadas };
}

/**
 * A table row (cells separated by tabs) as a list item, so a card's fields
 * and a chart's table of posts read as rows rather than one run-on paragraph.
 *
 * > | Fecha de Integración:	9 de enero de 2017.
 *     -> `- Fecha de Integración: 9 de enero de 2017.`
 * > | 1	COORDINADOR GENERAL	MCS	1
 *     -> `- 1 | COORDINADOR GENERAL | MCS | 1`
 */
export function filaComoItem(line: Line): Line {
  const celdas = line.texto
    .split('\t')
    .map((celda) => celda.trim())
    .filter((celda) => celda !== '');
  if (!line.texto.includes('\t')) return { ...line, texto: line.texto.trim() };
  if (celdas.length <= 1) return { ...line, texto: celdas[0] ?? '' };
  const [primera = '', ...resto] = celdas;
  const texto = celdas.length === 2 && primera.endsWith(':') ? `${primera} ${resto.join('')}` : celdas.join(' | ');
  return { ...line, texto: `- ${texto}` };
}

export interface SeccionLeida {
  seccion: Seccion;
  colocadas: Colocadas;
  avisos: Aviso[];
}

/**
 * A section of the compilation (card, certificates): its heading, then its
 * lines as paragraphs and rows; later printings of the heading (one per page)
 * are placed but not repeated in the text.
 */
export function seccionDeCompilacion(archivo: string, titulo: Line, lines: readonly Line[], repetido: RegExp): SeccionLeida {
  const colocadas = colocadasPor('encabezado', [titulo, ...lines.filter((line) => repetido.test(line.texto))]);
  const cuerpo = lines.filter((line) => !repetido.test(line.texto)).map(filaComoItem);
  const leido = parseBloques(archivo, cuerpo);
  juntar(colocadas, leido.colocadas);
  const ultima = lines.findLast((line) => line.texto.trim() !== '')?.n ?? titulo.n;
  return {
    seccion: { numero: null, titulo: titulo.texto.trim(), tipo: 'otra', bloques: leido.bloques, fuente: { archivo, desde: titulo.n, hasta: ultima } },
    colocadas,
    avisos: leido.avisos,
  };
}

/** The card's dates: expedition, first publication, and the publication of each amendment after `MODIFICACIONES:`. */
export function fechasDeFicha(lines: readonly Line[]): { expedicion: string | null; publicacion: string | null; modificaciones: string[] } {
  let expedicion: string | null = null;
  let publicacion: string | null = null;
  const modificaciones: string[] = [];
  let enModificaciones = false;
  for (const line of lines) {
    const texto = line.texto.trim();
    if (/^MODIFICACIONES:?$/i.test(texto)) enModificaciones = true;
    const fecha = fechaEnEspanol(texto);
    if (!fecha) continue;
    if (/^FECHA\s+DE\s+EXPEDICI[ÓO]N\b/i.test(texto)) expedicion ??= fecha;
    else if (/^FECHA\s+DE\s+PUBLICACI[ÓO]N\b/i.test(texto)) {
      if (enModificaciones) modificaciones.push(fecha);
      else publicacion ??= fecha;
    }
  }
  return { expedicion, publicacion, modificaciones };
}

/**
 * The printed contents as a section of kind `indice`: its entries as one list
 * (numeral as `numero`, the page after `…`), its footnotes as paragraphs.
 *
 * > | III. Marco Jurídico	8
 * > | 2. Dirección Médica (M)⁵	83
 * > | ⁵ Modificación publicada en el Diario Oficial de la Federación el 9 de mayo de 2018.
 */
export function seccionIndice(archivo: string, titulo: Line, lines: readonly Line[]): SeccionLeida {
  const colocadas = colocadasPor('indice', [titulo]);
  const bloques: Bloque[] = [];
  let lista: Extract<Bloque, { tipo: 'lista' }> | null = null;
  for (const line of lines) {
    const texto = line.texto.trim();
    if (texto === '') continue;
    colocar(colocadas, 'indice', [line]);
    if (cabeceraDePagina.test(texto)) continue;
    const pagina = /\t\s*(\d+)\s*$/.exec(line.texto)?.[1];
    const sinPagina = line.texto.replace(/\t\s*\d*\s*$/, '').trim();
    const romano = /^([IVXLC]+|[A-Z])[.)]\s+(.+)$/.exec(sinPagina);
    const entrada = romano ? { numero: romano[1] ?? '', nombre: (romano[2] ?? '').replace(/\.$/, '') } : null;
    const unidad = entrada ? null : leerEncabezado(sinPagina);
    if (line.texto.includes('\t') && (entrada || unidad)) {
      if (!lista) {
        lista = { tipo: 'lista', ordenada: true, items: [] };
        bloques.push(lista);
      }
      // The amendment mark stays in the entry: it is what the contents say.
      const nombre = entrada ? entrada.nombre : sinPagina.replace(/^\s*(?:-\s+)?\d+(?:\.\d+)*\.?\s+/, '');
      lista.items.push({ numero: entrada ? entrada.numero : (unidad?.numeral ?? ''), texto: pagina ? `${nombre} … ${pagina}` : nombre });
      continue;
    }
    lista = null;
    bloques.push({ tipo: 'parrafo', texto });
  }
  const ultima = lines.findLast((line) => line.texto.trim() !== '')?.n ?? titulo.n;
  return {
    seccion: { numero: null, titulo: titulo.texto.trim(), tipo: 'indice', bloques, fuente: { archivo, desde: titulo.n, hasta: ultima } },
    colocadas,
    avisos: [],
  };
}

/**
 * "III. Marco Jurídico" as a list: each instrument's name with the line that
 * dates it; a line ending in `:` (`Leyes:`) is a category heading (a paragraph).
 *
 * > | Ley Orgánica de la Administración Pública Federal.
 * > | Publicada en el Diario Oficial de la Federación, el 29 de diciembre de 1976 y sus reformas.
 *     -> one item: `Ley Orgánica ... Federal. Publicada en el Diario Oficial ...`
 */
export function bloquesMarcoJuridico(lines: readonly Line[]): { bloques: Bloque[]; colocadas: Colocadas } {
  const bloques: Bloque[] = [];
  const colocadas: Colocadas = new Map();
  let lista: Extract<Bloque, { tipo: 'lista' }> | null = null;
  for (const line of lines) {
    const texto = line.texto.trim().replace(/^-\s+/, '');
    if (texto === '') continue;
    colocar(colocadas, 'texto', [line]);
    const ultimo = lista?.items.at(-1);
    if (/^(?:Publicad[oa]|Promulgad[oa]|Expedid[oa]|Reformad[oa]|[ÚU]ltima\s+reforma)\b/i.test(texto) && ultimo) {
      ultimo.texto = `${ultimo.texto} ${texto}`;
      continue;
    }
    if (/:$/.test(texto)) {
      bloques.push({ tipo: 'parrafo', texto });
      lista = null;
      continue;
    }
    if (!lista) {
      lista = { tipo: 'lista', ordenada: false, items: [] };
      bloques.push(lista);
    }
    lista.items.push({ texto });
  }
  return { bloques, colocadas };
}
