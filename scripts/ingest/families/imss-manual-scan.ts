import type { Aviso, Bloque, Documento, Line, Seccion, Unidad } from '../../../src/model/index.ts';
import { avisador, type Avisar } from '../avisos.ts';
import { colocadasPor, colocar, juntar, type Colocadas } from '../colocadas.ts';
import type { Lexicon } from '../ocr/lexicon.ts';
import { nombreEnCorpus, variantesEnCorpus } from '../ocr/names.ts';
import { asignarNumerales, comoElemento, recuperarFunciones, type Elemento } from '../ocr/numbering.ts';
import { partirEnParrafos, type Pieza } from '../ocr/page-breaks.ts';
import type { Estructura, Segmento } from '../recognizer.ts';
import { romanValue, toRoman } from '../../../src/lib/romanos.ts';
import { tipoDeSeccion } from '../constructs/overview.ts';
import { tipoConocido, tipoDeUnidad } from '../constructs/tipo-unidad.ts';
import { institucion, vigencia } from './imss-manual/front.ts';
import { distancia, plegar, soloLetras } from '../constructs/texto.ts';
import { tiposDelImss } from './imss-manual/tipos.ts';

/** A chapter title is a few words; more is a sentence. */
const chapterTitleWordsMax = 8;
/** A unit's name is a line or two, not a paragraph. */
const unitNameWordsMax = 25;
/** A line that continues a unit's name directly below it is short (`Institucional`). */
const nameContinuationWordsMax = 8;
/** `funcionessustantivas` has 20 letters; a garbled letter or two is still that heading. */
const functionsTitleDistanceMax = 2;

/**
 * Words a unit's name cannot end with: the name goes on on the next line
 * (`... con las Areas de Atencion y Orientacién a la` / `Derechohabiencia`).
 */
const connectors = new Set(['a', 'al', 'con', 'de', 'del', 'e', 'el', 'en', 'la', 'las', 'los', 'para', 'por', 'y']);
const closing = /[.:;]["”»]?$/u;

/** A numeral alone on its line (`7.1.2`, `5.`), or with text after it. */
const numeralAlone = /^\s*(\d{1,2}(?:\.\d{1,3})*)\.?\s*$/u;
const numeralWithText = /^\s*(\d{1,2}(?:\.\d{1,3})*)\.?\s+(\S.*)$/u;

/**
 * Reads an IMSS manual recovered by OCR (imss-manual.ts delegates here when
 * `segmento.ocr`). Its lines come repaired from normalize, each keeping what
 * the scan printed in `original`; the org charts' word salad and the pages'
 * furniture are already dropped by named rules.
 *
 * What the scan did to the structure, and how it is read back:
 *
 * > |  5.
 * > | Politicas
 * > | 5.1 ... 5.11                     <- the list's numerals, in a run of their own
 * > | Desempefara sus funciones ...    <- then its eleven paragraphs: paired in order
 *
 * > |  7.1
 * > | Funciones Sustantivas            <- the chapter's title under the first unit's numeral
 * > | Direccion de Operaciéon y Evaluacion
 *
 * > |  Coordinacion de Anélisis, Prospectiva y Seguimiento a la Operacion
 * > | Institucional                    <- a unit heading without its numeral: inferred
 * > |                                     from its sub-units (7.1.5.1 ...) and chart 6.1.5
 *
 * > | 1.
 * > | Aprobar el calendario ...        <- functions are the paragraphs, numbered 1..N;
 * > |  10.                                the printed numbers are the check (ocr/numbering.ts)
 *
 * The lexicon (`contexto.lexicon`, else the segment's, as the caller of
 * `parse` gave it) is the corpus the names are checked against (how other
 * documents spell a unit); without one the names are not checked.
 */
export function estructurarEscaneado(segmento: Segmento, contexto: { lexicon?: Lexicon } = {}): Estructura {
  const { archivo, lines } = segmento;
  const colocadas: Colocadas = new Map();
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);

  const partes = dividir(lines);
  colocar(colocadas, 'encabezado', partes.encabezados);
  const secciones: Seccion[] = [];
  let organigramas: Organigrama[] = [];
  let organigramaCapitulo: Capitulo | null = null;
  for (const capitulo of partes.capitulos) {
    if (tipoDeSeccion(capitulo.titulo) === 'organigrama') {
      organigramaCapitulo = capitulo;
      organigramas = leerOrganigramas(capitulo.cuerpo);
      colocar(colocadas, 'organigrama', capitulo.cuerpo.filter((line) => line.texto.trim() !== ''));
      continue;
    }
    const leida = leerSeccion(archivo, capitulo);
    secciones.push(leida.seccion);
    juntar(colocadas, leida.colocadas);
    avisos.push(...leida.avisos);
  }
  if (partes.antes.length > 0) {
    avisar('portada-sin-leer', partes.antes[0]?.n ?? 1, `${partes.antes.length} línea(s) antes de «1. Introducción» no se reconocen; quedan sin ubicar.`);
  }

  const leidas = leerUnidades(archivo, partes.unidades, partes.raiz, organigramas);
  juntar(colocadas, leidas.colocadas);
  avisos.push(...leidas.avisos);
  // Without a corpus to check against, the names stay as the scan's repair left them.
  const lexicon = contexto.lexicon ?? segmento.lexicon;
  for (const unidad of leidas.unidades) {
    const canonico = lexicon ? nombreEnCorpus(unidad.nombre, lexicon) : null;
    if (canonico === null) continue;
    unidad.nombreOriginal ??= unidad.nombre;
    unidad.nombre = canonico;
    unidad.tipo = tipoDeUnidad(canonico, tiposDelImss);
  }
  for (const unidad of leidas.unidades) {
    if (unidad.nombreOriginal === unidad.nombre) delete unidad.nombreOriginal;
    const [variante] = lexicon ? variantesEnCorpus(unidad.nombre, lexicon) : [];
    if (variante === undefined) continue;
    avisar(
      'nombre-distinto-en-corpus',
      unidad.fuente.desde,
      `la unidad ${unidad.numeral} se llama «${unidad.nombre}» en su encabezado y «${variante}» en otro documento del corpus; se publica el nombre del encabezado. Revise cuál es el oficial.`,
    );
  }
  if (organigramaCapitulo) secciones.push(seccionDeOrganigramas(archivo, organigramaCapitulo, organigramas, leidas.unidades, partes.raiz));

  const reparadas = lines.filter((line) => line.original !== undefined);
  if (reparadas[0]) {
    avisar('texto-reparado', reparadas[0].n, `texto reconocido por OCR: se repararon palabras en ${reparadas.length} líneas; cada texto reparado conserva el original de la fuente (\`original\`).`);
  }

  const raiz = leidas.unidades[0];
  const primera = lines.find((line) => line.texto.trim() !== '');
  const ultima = lines.findLast((line) => line.texto.trim() !== '');
  const documento: Documento = {
    familia: 'manual-imss',
    // The scan lost its cover; its page headers title it after the unit it describes.
    titulo: raiz ? `Manual de Organización de la ${raiz.nombre}` : '',
    institucion: institucion(lines),
    fechas: { expedicion: null, publicacion: vigencia(organigramaCapitulo?.cuerpo ?? []), modificaciones: [] },
    acuerdos: [],
    secciones: secciones.sort((a, b) => a.fuente.desde - b.fuente.desde),
    unidades: leidas.unidades,
    fuente: { archivo, desde: primera?.n ?? lines[0]?.n ?? 1, hasta: ultima?.n ?? lines.at(-1)?.n ?? 1 },
  };
  return { documento, colocadas, avisos };
}

/** A numbered chapter of the overview: `3. Marco Jurídico`, or its numeral alone with the title a line or two below. */
interface Capitulo {
  numero: string;
  titulo: string;
  /** Line of the chapter's numeral. */
  linea: number;
  /** The chapter's lines after its heading (title lines excluded). */
  cuerpo: Line[];
}

interface Partes {
  antes: Line[];
  capitulos: Capitulo[];
  /** Lines of the headings (numerals, titles), placed. */
  encabezados: number[];
  /** The functions chapter's number (`7`), whose numerals the units carry. */
  raiz: string | null;
  /** From the first unit's numeral to the end. */
  unidades: Line[];
}

/**
 * Cuts the scan into its chapters, in sequence `1.` `2.` ..., and the units.
 * A chapter heading is its numeral, next in sequence, with a short title on
 * the same line or on a line below it (after any sub-numerals the scan set
 * first, as `6.1` before `Organigramas`). The units start after a
 * `Funciones Sustantivas` chapter heading, or at the first numeral of the
 * next chapter that has a second level (`7.1`, the DOyE scan's case).
 *
 * > |  3. Marco Juridico — Administrativo
 * > |  5.
 * > | Politicas
 */
function dividir(lines: readonly Line[]): Partes {
  const capitulos: Capitulo[] = [];
  const encabezados: number[] = [];
  const antes: Line[] = [];
  let expected = 1;
  let titleLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.texto;
    const unitsStart = new RegExp(`^\\s*${expected}\\.\\d{1,3}`, 'u').test(text) && capitulos.length > 0;
    if (unitsStart) return { antes, capitulos, encabezados, raiz: String(expected), unidades: lines.slice(i) };
    const withTitle = numeralWithText.exec(text);
    const alone = numeralAlone.exec(text);
    if (withTitle && withTitle[1] === String(expected) && esTituloDeCapitulo(withTitle[2] ?? '')) {
      encabezados.push(line.n);
      // `7. Funciones Sustantivas`: the units follow.
      if (esTituloFunciones(withTitle[2] ?? '')) return { antes, capitulos, encabezados, raiz: String(expected), unidades: lines.slice(i + 1) };
      capitulos.push({ numero: String(expected), titulo: limpiar(withTitle[2] ?? ''), linea: line.n, cuerpo: [] });
      expected++;
      continue;
    }
    if (alone && alone[1] === String(expected)) {
      const titulo = tituloDebajo(lines, i + 1);
      if (titulo) {
        encabezados.push(line.n, titulo.n);
        if (esTituloFunciones(titulo.texto)) {
          return { antes, capitulos, encabezados, raiz: String(expected), unidades: lines.slice(i + 1).filter((next) => next.n !== titulo.n) };
        }
        capitulos.push({ numero: String(expected), titulo: limpiar(titulo.texto), linea: line.n, cuerpo: [] });
        titleLines = new Set([titulo.n]);
        expected++;
        continue;
      }
    }
    if (titleLines.has(line.n)) continue;
    const current = capitulos.at(-1);
    if (current) current.cuerpo.push(line);
    else if (text.trim() !== '') antes.push(line);
  }
  return { antes, capitulos, encabezados, raiz: null, unidades: [] };
}

/** The title printed below a chapter's lone numeral, past blank lines and sub-numerals (`6.1`). */
function tituloDebajo(lines: readonly Line[], from: number): Line | null {
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (line.texto.trim() === '' || numeralAlone.test(line.texto)) continue;
    return esTituloDeCapitulo(line.texto) ? line : null;
  }
  return null;
}

function esTituloDeCapitulo(text: string): boolean {
  const title = text.trim();
  return /^\p{Lu}/u.test(title) && title.split(/\s+/u).length <= chapterTitleWordsMax && !/[.;:,]$/u.test(title);
}

function limpiar(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(/\s*\.+$/u, '');
}

/**
 * A chapter of the overview as paragraphs and lists: `e`-bulleted items (and
 * the items after them whose bullet a page break lost), fracciones (`XXIV.`),
 * and numbered items whose numerals the scan printed in a run of their own.
 */
function leerSeccion(archivo: string, capitulo: Capitulo): { seccion: Seccion; colocadas: Colocadas; avisos: Aviso[] } {
  const piezas = partirEnParrafos(capitulo.cuerpo);
  const colocadas = colocadasPor('texto', piezas.flatMap((pieza) => (pieza.tipo === 'numeral' ? [pieza.linea] : pieza.lineas)));
  const avisos: Aviso[] = [];
  const bloques: Bloque[] = [];
  if (piezas.some((pieza) => pieza.tipo === 'numeral')) {
    const asignados = asignarNumerales(archivo, piezas, `${capitulo.numero}. ${capitulo.titulo}`);
    avisos.push(...asignados.avisos);
    bloques.push(...enBloques(asignados.elementos));
  } else {
    bloques.push(...enBloques(piezas.filter((pieza) => pieza.tipo === 'parrafo').map(comoElemento)));
  }
  avisos.push(...secuenciaRomana(archivo, bloques, elementosConLinea(piezas)));
  const ultima = capitulo.cuerpo.findLast((line) => line.texto.trim() !== '');
  return {
    seccion: {
      numero: capitulo.numero,
      titulo: capitulo.titulo,
      tipo: tipoDeSeccion(capitulo.titulo),
      bloques,
      fuente: { archivo, desde: capitulo.linea, hasta: ultima?.n ?? capitulo.linea },
    },
    colocadas,
    avisos,
  };
}

/** The first line of each paragraph, by its text, to point a message at it. */
function elementosConLinea(piezas: readonly Pieza[]): Map<string, number> {
  const lineas = new Map<string, number>();
  for (const pieza of piezas) if (pieza.tipo === 'parrafo') lineas.set(comoElemento(pieza).texto, pieza.lineas[0]?.n ?? 0);
  return lineas;
}

/**
 * Fracciones out of sequence, as a scan misreads them (`XXIl.` for `XXII.`,
 * then `XXII.` where `XXIII.` should be): reported, published as printed.
 */
function secuenciaRomana(archivo: string, bloques: readonly Bloque[], lineas: ReadonlyMap<string, number>): Aviso[] {
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  for (const bloque of bloques) {
    if (bloque.tipo !== 'lista' || !bloque.ordenada) continue;
    bloque.items.forEach((item, i) => {
      const previous = bloque.items[i - 1]?.numero;
      if (i === 0 || !item.numero || !previous || !/^[IVXLC]+$/u.test(item.numero) || !/^[IVXLC]+$/u.test(previous)) return;
      const value = romanValue(item.numero);
      const previousValue = romanValue(previous);
      if (value === null || previousValue === null || value === previousValue + 1) return;
      // After a repeated numeral the sequence resumes (`XXII`, `XXII`, `XXIV`): one message is enough.
      const beforePrevious = bloque.items[i - 2]?.numero;
      if (beforePrevious && value === (romanValue(beforePrevious) ?? 0) + 2) return;
      avisar(
        'numeracion-de-lista',
        lineas.get(item.texto) ?? 0,
        `la fracción ${item.numero} sigue a la ${previous}; se esperaba ${toRoman(previousValue + 1)}. Se publica como está impresa: compare con el documento publicado.`,
      );
    });
  }
  return avisos;
}

/**
 * Paragraphs and lists from a chapter's items, in order. Items with a
 * numeral make an ordered list; a bullet opens a list that every following
 * unmarked paragraph joins (a new page drops the `e` bullet, not the item);
 * an item with no marker outside a list is a paragraph.
 */
function enBloques(elementos: readonly Elemento[]): Bloque[] {
  const bloques: Bloque[] = [];
  let lista: Extract<Bloque, { tipo: 'lista' }> | null = null;
  for (const elemento of elementos) {
    const marca = elemento.marca;
    const item = {
      texto: elemento.texto,
      ...(elemento.original !== undefined ? { original: elemento.original } : {}),
      ...(marca?.valor ? { numero: marca.valor } : {}),
    };
    const ordenada = marca !== null && marca.tipo !== 'vineta';
    if (marca !== null || (lista !== null && !lista.ordenada)) {
      if (!lista || lista.ordenada !== ordenada) {
        lista = { tipo: 'lista', ordenada, items: [] };
        bloques.push(lista);
      }
      lista.items.push(item);
      continue;
    }
    lista = null;
    bloques.push({ tipo: 'parrafo', texto: elemento.texto, ...(elemento.original !== undefined ? { original: elemento.original } : {}) });
  }
  return bloques;
}

/** An org chart as the text names it: its numeral and title (the drawing itself was dropped). */
interface Organigrama {
  numeral: string;
  titulo: string;
  original?: string;
  lineas: number[];
}

/**
 * The org charts' headings, from what normalize left of the chapter: each
 * numeral with the title lines under it (the scan may scramble them:
 * `Coordinacién de Analisis,` / `Institucional` / `Prospectiva y ...`).
 */
function leerOrganigramas(cuerpo: readonly Line[]): Organigrama[] {
  const organigramas: Organigrama[] = [];
  for (const line of cuerpo) {
    const text = line.texto.trim();
    if (text === '' || /^Vigencia\b/iu.test(text)) continue;
    const alone = numeralAlone.exec(line.texto);
    const withTitle = numeralWithText.exec(line.texto);
    if (alone || withTitle) {
      const organigrama: Organigrama = { numeral: (alone ?? withTitle)?.[1] ?? '', titulo: limpiar(withTitle?.[2] ?? ''), lineas: [line.n] };
      if (line.original !== undefined) organigrama.original = limpiar(numeralWithText.exec(line.original)?.[2] ?? '');
      organigramas.push(organigrama);
      continue;
    }
    const current = organigramas.at(-1);
    if (!current) continue;
    current.titulo = limpiar(`${current.titulo} ${text}`);
    current.original = limpiar(`${current.original ?? current.titulo} ${(line.original ?? line.texto).trim()}`);
    current.lineas.push(line.n);
  }
  return organigramas;
}

/** Words of a name as a sorted bag, accents and case aside: the same name even when the scan scrambled its lines. */
function bolsa(text: string): string {
  return (plegar(text).match(/\p{L}+/gu) ?? []).sort().join(' ');
}

/** Chart `6.1.5` draws unit `7.1.5`: the same numeral under the functions chapter's number. */
function numeralDeUnidad(organigrama: string, raiz: string | null): string | null {
  if (raiz === null) return null;
  const [, ...rest] = organigrama.split('.');
  return rest.length > 0 ? [raiz, ...rest].join('.') : null;
}

/**
 * The charts chapter as a section: one item per chart, named after the unit
 * it draws (the scan's title lines may be scrambled; the unit's heading is
 * not), with the `Vigencia` line after them.
 */
function seccionDeOrganigramas(archivo: string, capitulo: Capitulo, organigramas: readonly Organigrama[], unidades: readonly Unidad[], raiz: string | null): Seccion {
  const items = organigramas.map((organigrama) => {
    const numeral = numeralDeUnidad(organigrama.numeral, raiz);
    const unidad = unidades.find((u) => u.numeral === numeral && bolsa(u.nombre) === bolsa(organigrama.titulo));
    const texto = unidad?.nombre ?? organigrama.titulo;
    const original = organigrama.original ?? (unidad && unidad.nombre !== organigrama.titulo ? organigrama.titulo : undefined);
    return { texto, numero: organigrama.numeral, ...(original !== undefined && original !== texto ? { original } : {}) };
  });
  const bloques: Bloque[] = [{ tipo: 'lista', ordenada: true, items }];
  for (const texto of new Set(capitulo.cuerpo.map((line) => line.texto.trim()).filter((text) => /^Vigencia\b/iu.test(text)))) {
    bloques.push({ tipo: 'parrafo', texto });
  }
  const ultima = capitulo.cuerpo.findLast((line) => line.texto.trim() !== '');
  return { numero: capitulo.numero, titulo: capitulo.titulo, tipo: 'organigrama', bloques, fuente: { archivo, desde: capitulo.linea, hasta: ultima?.n ?? capitulo.linea } };
}

/** A unit heading found in the text, before its body is read. */
interface Encabezado {
  numeral: string | null;
  nombre: string;
  original: string;
  /** Lines of the heading: numeral, the chapter title under it (first unit), the name. */
  lineas: number[];
  /** Index in the units' lines where the body starts. */
  cuerpo: number;
}

/** Notes on headings whose numeral was inferred, filled by `inferirNumerales`. */
const inferidos = new WeakMap<Encabezado, string[]>();

interface UnidadesLeidas {
  unidades: Unidad[];
  colocadas: Colocadas;
  avisos: Aviso[];
}

function leerUnidades(archivo: string, lines: readonly Line[], raiz: string | null, organigramas: readonly Organigrama[]): UnidadesLeidas {
  const colocadas: Colocadas = new Map();
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const encabezados = buscarEncabezados(lines, raiz);
  inferirNumerales(encabezados, organigramas, raiz, avisar);
  const unidades: Unidad[] = [];
  encabezados.forEach((encabezado, k) => {
    colocar(colocadas, 'encabezado', encabezado.lineas);
    const next = encabezados[k + 1];
    const end = next ? lines.findIndex((line) => line.n === next.lineas[0]) : lines.length;
    const cuerpo = lines.slice(encabezado.cuerpo, end);
    if (encabezado.numeral === null) return;
    const etiqueta = `${encabezado.numeral} ${encabezado.nombre}`;
    const funciones = recuperarFunciones(archivo, partirEnParrafos(cuerpo), etiqueta);
    juntar(colocadas, funciones.colocadas);
    avisos.push(...funciones.avisos);
    const ultima = cuerpo.findLast((line) => line.texto.trim() !== '');
    const unidad: Unidad = {
      clave: encabezado.numeral,
      numeral: encabezado.numeral,
      nombre: encabezado.nombre,
      tipo: tipoDeUnidad(encabezado.nombre, tiposDelImss),
      padre: null,
      orden: unidades.length,
      objetivo: null,
      funciones: funciones.funciones,
      fuente: { archivo, desde: encabezado.lineas[0] ?? 1, hasta: ultima?.n ?? encabezado.lineas.at(-1) ?? 1 },
      notas: inferidos.get(encabezado) ?? [],
    };
    if (encabezado.original !== encabezado.nombre) unidad.nombreOriginal = encabezado.original;
    unidades.push(unidad);
  });
  enlazar(archivo, unidades, raiz, avisar);
  return { unidades, colocadas, avisos };
}

/**
 * Every unit heading in the units' lines: numeral and name on one line;
 * the numeral alone with the name below it (and, for the first unit, the
 * chapter's title `Funciones Sustantivas` in between); or the name alone,
 * where the scan lost the numeral.
 */
function buscarEncabezados(lines: readonly Line[], raiz: string | null): Encabezado[] {
  const encabezados: Encabezado[] = [];
  const prefix = raiz === null ? /^\d{1,2}\./u : new RegExp(`^${raiz}\\.`, 'u');
  let lastText = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.texto.trim();
    if (text === '') continue;
    const alone = numeralAlone.exec(line.texto);
    const withName = numeralWithText.exec(line.texto);
    const numeral = (alone ?? withName)?.[1] ?? '';
    if ((alone || withName) && prefix.test(numeral) && numeral.includes('.')) {
      const lineas = [line.n];
      let start = i + 1;
      let first: { texto: string; original: string } | null = withName ? { texto: withName[2] ?? '', original: numeralWithText.exec(line.original ?? line.texto)?.[2] ?? withName[2] ?? '' } : null;
      if (!first) {
        let j = siguienteConTexto(lines, i + 1);
        const title = lines[j];
        if (title && esTituloFunciones(title.texto)) {
          lineas.push(title.n);
          j = siguienteConTexto(lines, j + 1);
        }
        const nameLine = lines[j];
        if (!nameLine) break;
        lineas.push(nameLine.n);
        first = { texto: nameLine.texto.trim(), original: (nameLine.original ?? nameLine.texto).trim() };
        start = j + 1;
      }
      const nombre = leerNombre(lines, start, first);
      lineas.push(...nombre.lineas);
      encabezados.push({ numeral, nombre: limpiar(nombre.texto), original: limpiar(nombre.original), lineas, cuerpo: nombre.siguiente });
      i = nombre.siguiente - 1;
      lastText = '';
      continue;
    }
    const opensParagraph = line.texto.startsWith(' ') || (lines[i - 1]?.texto.trim() ?? '') === '';
    if (opensParagraph && closing.test(lastText) && tipoConocido(text, tiposDelImss) !== null && !closing.test(text)) {
      const nombre = leerNombre(lines, i + 1, { texto: text, original: (line.original ?? line.texto).trim() });
      const next = lines[siguienteConTexto(lines, nombre.siguiente)];
      const words = nombre.texto.split(/\s+/u).length;
      if (words <= unitNameWordsMax && !closing.test(nombre.texto) && (!next || /^\s*(?:\p{Lu}|\d)/u.test(next.texto))) {
        encabezados.push({ numeral: null, nombre: limpiar(nombre.texto), original: limpiar(nombre.original), lineas: [line.n, ...nombre.lineas], cuerpo: nombre.siguiente });
        i = nombre.siguiente - 1;
        lastText = '';
        continue;
      }
    }
    lastText = text;
  }
  return encabezados;
}

function siguienteConTexto(lines: readonly Line[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j]?.texto.trim() ?? '') === '') j++;
  return j;
}

function esTituloFunciones(text: string): boolean {
  const letters = soloLetras(text);
  return distancia(letters, 'funcionessustantivas', functionsTitleDistanceMax) <= functionsTitleDistanceMax;
}

/**
 * A unit's name from its first line on: the line directly below continues it
 * when short and open (`... a la Operacion` / `Institucional`), and a name
 * ending in a connector goes on past a blank line (`... Orientacién a la` /
 * `` / `Derechohabiencia`).
 */
function leerNombre(lines: readonly Line[], from: number, first: { texto: string; original: string }): { texto: string; original: string; lineas: number[]; siguiente: number } {
  let texto = first.texto.trim();
  let original = first.original.trim();
  const lineas: number[] = [];
  let j = from;
  for (;;) {
    const lastWord = (texto.split(/\s+/u).at(-1) ?? '').toLowerCase();
    const adjacent = lines[j];
    let candidate: number | null = null;
    if (adjacent && adjacent.texto.trim() !== '') {
      const words = adjacent.texto.trim().split(/\s+/u).length;
      if (words <= nameContinuationWordsMax && !closing.test(adjacent.texto.trim()) && /^\s*\p{L}/u.test(adjacent.texto) && !numeralAlone.test(adjacent.texto)) candidate = j;
    } else if (connectors.has(lastWord)) {
      const k = siguienteConTexto(lines, j);
      const next = lines[k];
      if (next && !numeralAlone.test(next.texto) && !numeralWithText.test(next.texto) && !closing.test(next.texto.trim())) candidate = k;
    }
    if (candidate === null) break;
    const line = lines[candidate] as Line;
    texto = `${texto} ${line.texto.trim()}`;
    original = `${original} ${(line.original ?? line.texto).trim()}`;
    lineas.push(line.n);
    j = candidate + 1;
  }
  return { texto, original, lineas, siguiente: j };
}

/**
 * Gives a numeral to each heading that lost it. The evidence: the numeral
 * its sub-units' numerals share (`7.1.5.1` under `7.1.5`), the next one after
 * its previous sibling (`7.1.4` -> `7.1.5`), and the org chart with the same
 * name (`6.1.5` draws `7.1.5`). Any one will do when the others do not
 * disagree; the unit records what it was inferred from, and the report says so.
 */
function inferirNumerales(encabezados: Encabezado[], organigramas: readonly Organigrama[], raiz: string | null, avisar: Avisar): void {
  encabezados.forEach((encabezado, k) => {
    if (encabezado.numeral !== null) return;
    const evidencias: string[] = [];
    const candidatos = new Set<string>();
    const hijos: string[] = [];
    for (const next of encabezados.slice(k + 1)) {
      if (next.numeral === null) break;
      const parent = next.numeral.split('.').slice(0, -1).join('.');
      if (hijos.length > 0 && parent !== hijos[0]?.split('.').slice(0, -1).join('.')) break;
      hijos.push(next.numeral);
    }
    if (hijos[0]) {
      candidatos.add(hijos[0].split('.').slice(0, -1).join('.'));
      evidencias.push(hijos.length > 1 ? `${hijos[0]}–${hijos.at(-1)}` : hijos[0]);
    }
    const organigrama = organigramas.find((o) => bolsa(o.titulo) === bolsa(encabezado.nombre));
    const deOrganigrama = organigrama ? numeralDeUnidad(organigrama.numeral, raiz) : null;
    if (organigrama && deOrganigrama) {
      candidatos.add(deOrganigrama);
      evidencias.push(organigrama.numeral);
    }
    const linea = encabezado.lineas[0] ?? 1;
    const [numeral] = candidatos;
    const usado = numeral !== undefined && encabezados.some((other) => other.numeral === numeral);
    if (candidatos.size !== 1 || numeral === undefined || usado) {
      avisar(
        'numeral-faltante',
        linea,
        `la unidad «${encabezado.nombre}» no tiene numeral en la fuente y no se puede inferir (${candidatos.size === 0 ? 'ni subunidades ni organigrama la identifican' : `candidatos: ${[...candidatos].join(', ')}${usado ? ', ya usado' : ''}`}); se omite. Escriba su numeral en la fuente.`,
      );
      return;
    }
    encabezado.numeral = numeral;
    const fuentes = `${hijos.length > 0 ? `sus subunidades ${evidencias[0]}` : ''}${hijos.length > 0 && organigrama ? ' y ' : ''}${organigrama ? `su organigrama ${organigrama.numeral}` : ''}`;
    inferidos.set(encabezado, [`numeral inferido de ${evidencias.join(' y ')}`]);
    avisar('numeral-inferido', linea, `la unidad «${encabezado.nombre}» no tiene numeral en la fuente (solo su nombre); se infiere ${numeral} de ${fuentes}. Revise la fuente.`);
  });
}

/** Parents by numeral prefix; the first level under the functions chapter (`7.1`) is the root. */
function enlazar(archivo: string, unidades: Unidad[], raiz: string | null, avisar: Avisar): void {
  const porNumeral = new Map<string, Unidad>();
  for (const unidad of unidades) {
    if (unidad.numeral !== null && porNumeral.has(unidad.numeral)) {
      avisar(
        'numeral-duplicado',
        unidad.fuente.desde,
        `el numeral ${unidad.numeral} se repite (también en la línea ${porNumeral.get(unidad.numeral)?.fuente.desde}); cada unidad necesita el suyo.`,
      );
      continue;
    }
    if (unidad.numeral !== null) porNumeral.set(unidad.numeral, unidad);
  }
  for (const unidad of unidades) {
    const parent = unidad.numeral?.split('.').slice(0, -1).join('.') ?? '';
    if (parent === raiz || parent === '') continue;
    if (porNumeral.has(parent)) {
      unidad.padre = parent;
      continue;
    }
    avisar(
      'unidad-sin-padre',
      unidad.fuente.desde,
      `la unidad ${unidad.numeral} no tiene padre ${parent} en ${archivo}:${unidad.fuente.desde}; se esperaba su encabezado antes. Se publica sin superior.`,
    );
  }
}

