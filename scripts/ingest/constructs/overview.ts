import type { Aviso, Bloque, Line, Seccion } from '../../../src/model/index.ts';
import { avisador } from '../avisos.ts';
import { colocadasPor, juntar, type Colocadas } from '../colocadas.ts';
import { joinInto } from './numbered-list.ts';
import { romanValue, toRoman } from '../../../src/lib/romanos.ts';

/**
 * The overview of a manual: numbered sections (Introducción, Objetivo, Marco
 * Jurídico, ...) whose text is paragraphs and lists. Shared by the manual
 * families; each passes how its section headings look.
 *
 * > | 3. Marco Jurídico-Administrativo
 *     ^ section heading
 * > | I. Constitución Política de los Estados Unidos Mexicanos. DOF 05 de febrero de 1917 y sus reformas.
 *     ^ numbered item (`numero: 'I'`)
 * > | II. Leyes
 *     ^ a category over the list below: a paragraph
 * > | - Ley Orgánica de la Administración Pública Federal. DOF 29 de diciembre de 1976 y sus reformas.
 *     ^ bulleted item
 * > |  Oficial de la Federación el 24 de abril de 1972 y sus reformas.
 *     ^ indented: continues the item above
 */

/** A section title is a short line; a longer one is a sentence. */
const tituloSeccionLongitudMax = 80;
const tituloSeccionPalabrasMax = 8;
/** A category over a list (`II. Leyes`, `VI. Otras disposiciones jurídico-administrativas`) is a few words. */
const categoriaLongitudMax = 60;

export interface EncabezadoSeccion {
  /** Numeral as printed, without its period. */
  numero: string | null;
  /** Title as printed, without numeral or trailing period. */
  titulo: string;
}

/**
 * Recognizes a section heading in a line's text; `anterior` is the numeral of
 * the section before (null for the first), so a heading must follow in sequence
 * and a numbered item inside a section is not taken for one.
 */
export type DetectorEncabezado = (texto: string, anterior: string | null) => EncabezadoSeccion | null;

/** Sections numbered `1.`, `2.`, ... in order. */
export const encabezadoArabigo: DetectorEncabezado = (texto, anterior) => {
  const match = /^\s*(\d{1,2})\.?[ \t]+(\p{Lu}.*)$/u.exec(texto);
  if (!match?.[1] || !match[2]) return null;
  if (anterior !== null && Number(match[1]) !== Number(anterior) + 1) return null;
  const titulo = tituloDeSeccion(match[2]);
  return titulo ? { numero: match[1], titulo } : null;
};

/** Sections numbered `I.`, `II.`, ... in order. */
export const encabezadoRomano: DetectorEncabezado = (texto, anterior) => {
  const match = new RegExp(`^\\s*(${romano.source})\\.[ \\t]+(\\p{Lu}.*)$`, 'u').exec(texto);
  if (!match?.[1] || !match[2]) return null;
  const valor = romanValue(match[1]);
  if (valor === null || (anterior === null ? valor < 1 : valor !== (romanValue(anterior) ?? 0) + 1)) return null;
  const titulo = tituloDeSeccion(match[2]);
  return titulo ? { numero: match[1], titulo } : null;
};

function tituloDeSeccion(text: string): string | null {
  // A tab inside is an Índice entry's page column (`Introducción\t4`).
  if (text.trim().includes('\t')) return null;
  const titulo = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '').trimEnd();
  if (titulo.length > tituloSeccionLongitudMax || titulo.split(' ').length > tituloSeccionPalabrasMax) return null;
  if (/[.;:,]$/.test(titulo)) return null;
  return titulo;
}

/** The kind of a section from its title, for the site to find e.g. the glossary. */
export function tipoDeSeccion(titulo: string): Seccion['tipo'] {
  const t = titulo
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  if (t.includes('introduccion')) return 'introduccion';
  if (t.includes('antecedente')) return 'antecedentes';
  if (/marco (juridico|normativo|legal)/.test(t)) return 'marco-juridico';
  if (t.includes('atribuciones')) return 'atribuciones';
  if (t.startsWith('politica')) return 'politicas';
  if (t.startsWith('mision')) return 'mision';
  if (t.startsWith('vision')) return 'vision';
  if (/^(glosario|definiciones|terminos)/.test(t)) return 'glosario';
  if (t.startsWith('organigrama')) return 'organigrama';
  if (t.startsWith('estructura')) return 'estructura';
  if (t.startsWith('objetivo')) return 'objetivo';
  if (/^(indice|contenido)$/.test(t)) return 'indice';
  return 'otra';
}

export interface Resumen {
  secciones: Seccion[];
  /** Lines placed: headings and every line of a section's text. Lines before the first heading are left to the caller. */
  colocadas: Colocadas;
  avisos: Aviso[];
}

/** Reads `lines` as numbered sections, each heading starting a section that runs to the next. */
export function parseOverview(archivo: string, lines: readonly Line[], encabezado: DetectorEncabezado = encabezadoArabigo): Resumen {
  const abiertas: { encabezado: EncabezadoSeccion; linea: number; cuerpo: Line[] }[] = [];
  const encabezados: number[] = [];
  for (const line of lines) {
    const actual = abiertas.at(-1);
    const heading = line.texto.trim() === '' ? null : encabezado(line.texto, actual?.encabezado.numero ?? null);
    if (heading) {
      abiertas.push({ encabezado: heading, linea: line.n, cuerpo: [] });
      encabezados.push(line.n);
    } else actual?.cuerpo.push(line);
  }
  const colocadas = colocadasPor('overview', encabezados);
  const avisos: Aviso[] = [];
  const secciones = abiertas.map(({ encabezado: { numero, titulo }, linea, cuerpo }): Seccion => {
    const leido = parseBloques(archivo, cuerpo);
    juntar(colocadas, leido.colocadas);
    avisos.push(...leido.avisos);
    const ultima = cuerpo.findLast((line) => line.texto.trim() !== '');
    return { numero, titulo, tipo: tipoDeSeccion(titulo), bloques: leido.bloques, fuente: { archivo, desde: linea, hasta: ultima?.n ?? linea } };
  });
  return { secciones, colocadas, avisos };
}

/** A valid roman numeral (not `CIVIL`, which only looks like one). */
const romano = /(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})/;
const bullet = /^\s*[-•*]\s+(.*)$/;
const numeralDeItem = new RegExp(
  `^(?:(${romano.source})\\.|(\\d{1,3}(?:\\.\\d{1,3})+)\\.?|(\\d{1,3})[.)]|([a-z])[.)])\\s+(\\S.*)$`,
  'u',
);
const terminaFrase = /[.:;!?"”»]$/u;

interface Item {
  texto: string;
  original?: string;
  numero?: string;
  /** Printed with a bullet (`- `), not only a numeral. */
  vineta: boolean;
}

/**
 * A list item: a bullet with or without a numeral, or a numeral alone
 * (roman `IV.`, arabic `3.`, lettered `a)`; a bare decimal `6.1 ...` without
 * bullet is a sub-heading, read as a paragraph).
 *
 * > | - **XIV.** Determinar los créditos a favor del Instituto ...
 * > | - 5.1 Impulsará acciones para fortalecer la cultura de integridad en el Instituto.
 * > | I. Constitución Política de los Estados Unidos Mexicanos. ...
 */
export function leerItem(texto: string): Item | null {
  const conVineta = bullet.exec(texto);
  const resto = (conVineta ? conVineta[1] : texto)?.trim() ?? '';
  const numerado = numeralDeItem.exec(resto);
  if (numerado) {
    const [, roman, decimal, arabic, letter, text] = numerado;
    if (decimal && !conVineta) return null;
    const numero = roman ?? decimal ?? arabic ?? letter;
    if (numero && text) return { texto: text.trim(), numero, vineta: conVineta !== null };
  }
  return conVineta ? { texto: resto, vineta: true } : null;
}

/** A list being read: its items and the line each starts on. */
interface ListaAbierta {
  bloque: Extract<Bloque, { tipo: 'lista' }>;
  items: Item[];
  lineas: number[];
}

/** Where the reader stands: inside a paragraph, or on a list's last item (indented `sangria` deep). */
interface Estado {
  destino: { texto: string; original?: string | undefined };
  lista: ListaAbierta | null;
  sangria: number;
}

/**
 * Reads a section's lines as paragraphs and lists, in order. Lines separated
 * by no blank line are one paragraph; a line that starts in lowercase after
 * text with no closing punctuation continues it across a page break; a list
 * runs on across blank lines while items follow; a line indented deeper than
 * a list item (wrapped text or a sub-bullet) belongs to that item.
 */
export function parseBloques(archivo: string, lines: readonly Line[]): { bloques: Bloque[]; colocadas: Colocadas; avisos: Aviso[] } {
  const bloques: Bloque[] = [];
  const listas: ListaAbierta[] = [];
  const colocadas: number[] = [];
  const texto = lines.filter((line) => line.texto.trim() !== '');
  let estado: Estado | null = null;
  let blancaAntes = false;
  for (const line of lines) {
    const text = line.texto.trim();
    if (text === '') {
      blancaAntes = true;
      continue;
    }
    colocadas.push(line.n);
    const sangria = /^[ \t]*/.exec(line.texto)?.[0].length ?? 0;
    const despuesDeBlanca = blancaAntes;
    blancaAntes = false;
    if (estado?.lista && sangria > estado.sangria) {
      joinInto(estado.destino, line, bullet.exec(line.texto)?.[1]?.trim() ?? text);
      continue;
    }
    const item = leerItem(line.texto);
    const categoria = item !== null && esCategoria(item, line, texto);
    if (item && !categoria) {
      if (line.original !== undefined) {
        const original = leerItem(line.original)?.texto ?? line.original.trim();
        if (original !== item.texto) item.original = original;
      }
      let lista: ListaAbierta | null = (estado as Estado | null)?.lista ?? null;
      if (lista) {
        lista.items.push(item);
        lista.lineas.push(line.n);
      } else {
        lista = { bloque: { tipo: 'lista', ordenada: false, items: [] }, items: [item], lineas: [line.n] };
        bloques.push(lista.bloque);
        listas.push(lista);
      }
      estado = { destino: item, lista, sangria };
      continue;
    }
    const continua = estado !== null && (!despuesDeBlanca || (/^\p{Ll}/u.test(text) && !terminaFrase.test(estado.destino.texto)));
    if (estado && continua && !categoria) {
      joinInto(estado.destino, line, text);
      continue;
    }
    const parrafo: Extract<Bloque, { tipo: 'parrafo' }> = { tipo: 'parrafo', texto: text };
    if (line.original !== undefined && line.original.trim() !== text) parrafo.original = line.original.trim();
    bloques.push(parrafo);
    estado = { destino: parrafo, lista: null, sangria };
  }
  const avisos: Aviso[] = [];
  for (const { bloque, items, lineas } of listas) {
    avisos.push(...inferirNumerales(archivo, items, lineas));
    bloque.ordenada = items.some((item) => item.numero !== undefined);
    bloque.items = items.map(({ texto: t, original, numero }) => ({
      texto: t,
      ...(original !== undefined && original !== t ? { original } : {}),
      ...(numero !== undefined ? { numero } : {}),
    }));
  }
  return { bloques, colocadas: colocadasPor('overview', colocadas), avisos };
}

/**
 * A numbered line with no bullet, a few words and no closing punctuation,
 * right above bulleted items: it names the category of the list below.
 *
 * > | II. Leyes
 * > |
 * > | - Ley Orgánica de la Administración Pública Federal. ...
 */
function esCategoria(item: Item, line: Line, texto: readonly Line[]): boolean {
  if (item.vineta || item.numero === undefined) return false;
  if (item.texto.length > categoriaLongitudMax || /[.;:,]$/.test(item.texto)) return false;
  const siguiente = texto[texto.indexOf(line) + 1];
  return siguiente !== undefined && leerItem(siguiente.texto)?.vineta === true;
}

/**
 * An item that lost its numeral between two numbered neighbours gets the one
 * in between (fracción I before II.), reported so a reader can check it.
 *
 * > | - Administrar los seguros de riesgos de trabajo, ...
 *     ^ numeral lost; the next item is `II.`: this is `I`
 * > | - II. Satisfacer las prestaciones que se establecen en esta Ley;
 */
function inferirNumerales(archivo: string, items: Item[], lineas: readonly number[]): Aviso[] {
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const esRomana = items.some((item) => item.numero !== undefined && /^[IVXLCDM]+$/.test(item.numero));
  const valor = (numero: string | undefined): number | null => {
    if (numero === undefined) return null;
    if (esRomana) return romanValue(numero);
    return /^\d+$/.test(numero) ? Number(numero) : null;
  };
  items.forEach((item, i) => {
    if (item.numero !== undefined) return;
    const anterior = i === 0 ? 0 : valor(items[i - 1]?.numero);
    const siguiente = valor(items[i + 1]?.numero);
    if (anterior === null || siguiente === null || siguiente - anterior !== 2) return;
    item.numero = esRomana ? toRoman(anterior + 1) : String(anterior + 1);
    avisar(
      'numeral-inferido',
      lineas[i] ?? 0,
      `el elemento de la lista no tiene numeral; entre ${i === 0 ? 'el inicio' : items[i - 1]?.numero} y ${items[i + 1]?.numero} se numera ${item.numero}. Revise la fuente.`,
    );
  });
  return avisos;
}
