import type { Aviso, Funcion, Line } from '../../../src/model/index.ts';
import { avisador, type Avisar } from '../avisos.ts';
import { colocadasPor, type Colocadas } from '../colocadas.ts';
import { romanValue } from '../../../src/lib/romanos.ts';
import { joinInto, joinWrapped } from './numbered-list.ts';

/**
 * A unit's list of functions as manuals print it, whoever made the PDF:
 * numbered (`1.`, `1)`, `I.`, `a)`), bulleted (`•`, `-`, `o`, `▪`, a glyph
 * from a symbol font), a glyph alone on its line with the text below, or bare
 * paragraphs. Wrapped lines join their item; a page break inside an item is
 * invisible here (normalize took the furniture out).
 *
 * > |    1. Supervisar y dar seguimiento a los diversos aspectos establecidos en la normatividad de los
 * > | participantes en los Sistemas de Ahorro para el Retiro ...
 *       ^ flush left: continues item 1
 * > |    Tratándose de autorizaciones, respuestas a consultas, opiniones ...
 *       ^ indented like the items but without a numeral, after a finished sentence: a paragraph of
 *         the unit, not a function (published after the function it follows)
 * > |                  •   Supervisar la atención de las necesidades de servicios de capacitación de los sectores social,
 * > |                      privado y público.
 *                           ^ hanging indent: continues the bullet
 *
 * Functions are numbered 1..N by position (the citable number); the number
 * each was printed with is kept, and a printed number that disagrees with the
 * position is reported.
 */

export interface ListaDeFunciones {
  funciones: Funcion[];
  /** Each function's marker as printed (`3`, `IV`, `a`); null for a bullet or a bare paragraph. */
  marcas: (string | null)[];
  /** Paragraphs of the unit that are not functions, each after the function it follows (0: before the first). */
  parrafos: { despuesDe: number; texto: string; linea: number }[];
  colocadas: Colocadas;
  avisos: Aviso[];
}

/** Bullets: typographic, ASCII, and the private-use glyphs of symbol fonts (U+F0B7 ``, U+F097 ...). */
const vinetas = '•·▪■◦●○◆◇➢➤►▸✓✔❖\\-–—*o\\uF000-\\uF0FF';
const conVineta = new RegExp(`^(\\s*)([${vinetas}])\\s+(\\S.*)$`, 'u');
const vinetaSola = new RegExp(`^\\s*([${vinetas}])\\s*$`, 'u');
/**
 * A numeral or letter that opens an item: `1.`, `1)`, `1.-`, `I.`, `a)`, `A.`;
 * maybe behind a bullet; a number with the comma a scan reads for its period
 * (`4, Coordinar`) when a capital follows.
 */
const conNumero = new RegExp(`^(\\s*)(?:[${vinetas}]\\s+)?(?:((?:\\d{1,3})|(?:[IVXLC]{1,7})|(?:[a-zA-Z]))(?:\\.-?|\\))|(\\d{1,3}),(?=\\s+\\p{Lu}))\\s+(\\S.*)$`, 'u');
/** A numeral alone on its line (the item's text follows). */
const numeroSolo = /^\s*(\d{1,3}|[IVXLC]{1,7}|[a-z])(?:\.-?|\))\s*$/u;
/** Text that ends a sentence: a line after it may open a paragraph. */
const finDeFrase = /[.:;!?"”»)]$/u;

interface Marca {
  /** As printed, without punctuation; null for a bullet. */
  valor: string | null;
  estilo: 'arabigo' | 'romano' | 'letra' | 'vineta';
}

/** The item or paragraph that the next text line continues. */
interface Abierto {
  agregar: (texto: string, line: Line) => void;
  texto: () => string;
  /** Where its text starts (a hanging indent continues at this column). */
  columna: number;
  /** Where its first line starts. */
  sangria: number;
}

interface Renglon {
  line: Line;
  texto: string;
  sangria: number;
  marca: Marca | null;
  /** Where the item's text starts on the line (after marker and spaces). */
  columnaDeTexto: number;
  /** Marker alone on the line; its text is on the next non-blank line. */
  sola: boolean;
  trasBlanca: boolean;
}

function leerRenglon(line: Line, trasBlanca: boolean): Renglon {
  const crudo = line.texto.replaceAll('**', '');
  const sangria = /^[ \t]*/u.exec(crudo)?.[0].length ?? 0;
  const base = { line, sangria, trasBlanca, sola: false };
  const numerado = conNumero.exec(crudo);
  const valorNumerado = numerado?.[2] ?? numerado?.[3];
  if (numerado && valorNumerado && numerado[4] !== undefined && esMarcaDeItem(valorNumerado, numerado[4])) {
    return { ...base, texto: colapsar(numerado[4]), marca: { valor: valorNumerado, estilo: estiloDe(valorNumerado) }, columnaDeTexto: crudo.length - numerado[4].length };
  }
  const solo = numeroSolo.exec(crudo);
  if (solo?.[1]) return { ...base, texto: '', marca: { valor: solo[1], estilo: estiloDe(solo[1]) }, columnaDeTexto: sangria, sola: true };
  if (vinetaSola.test(crudo)) return { ...base, texto: '', marca: { valor: null, estilo: 'vineta' }, columnaDeTexto: sangria, sola: true };
  const vineta = conVineta.exec(crudo);
  // `o` is a bullet only before a capital (`o Elaborar ...`), never the conjunction.
  if (vineta?.[3] && (vineta[2] !== 'o' || /^\p{Lu}/u.test(vineta[3]))) {
    return { ...base, texto: colapsar(vineta[3]), marca: { valor: null, estilo: 'vineta' }, columnaDeTexto: crudo.length - vineta[3].length };
  }
  return { ...base, texto: colapsar(crudo), marca: null, columnaDeTexto: sangria };
}

/** Runs of spaces inside a line are the layout's (a scan's gap, a table cell's justification), not the text's. */
function colapsar(texto: string): string {
  return texto.trim().replace(/[ \t]{2,}/gu, ' ');
}

/** A roman numeral or a letter opens an item only before a capital (`I. Dirigir`), not in running text (`C. Pérez`). */
function esMarcaDeItem(valor: string, resto: string): boolean {
  if (/^\d+$/u.test(valor)) return true;
  return /^\p{Lu}/u.test(resto) || /^[a-z]$/u.test(valor);
}

function estiloDe(valor: string): Marca['estilo'] {
  if (/^\d+$/u.test(valor)) return 'arabigo';
  if (/^[a-z]$/u.test(valor)) return 'letra';
  return romanValue(valor) !== null && valor !== 'C' && valor !== 'D' ? 'romano' : 'letra';
}

function valorDe(marca: Marca): number | null {
  if (marca.valor === null) return null;
  if (marca.estilo === 'arabigo') return Number(marca.valor);
  if (marca.estilo === 'romano') return romanValue(marca.valor);
  return marca.valor.toLocaleLowerCase('es').charCodeAt(0) - 96;
}

/**
 * Reads the lines of a functions block. `unidad` names the unit in messages.
 * Lines before the first item are paragraphs of the unit (`despuesDe: 0`).
 */
export function leerListaDeFunciones(archivo: string, lines: readonly Line[], unidad: string): ListaDeFunciones {
  if (tieneNumerosDesprendidos(lines)) return leerListaDesprendida(archivo, lines, unidad);
  const renglones: Renglon[] = [];
  let blanca = false;
  for (const line of lines) {
    if (line.texto.trim() === '') {
      blanca = true;
      continue;
    }
    renglones.push(leerRenglon(line, blanca));
    blanca = false;
  }
  const marcados = renglones.filter((renglon) => renglon.marca !== null);
  // The list's own style is its first item's; deeper items of another style join the item above.
  const estiloDeLista = marcados[0]?.marca?.estilo ?? null;
  const sangriaDeLista = marcados[0]?.sangria ?? 0;
  const sinMarcas = estiloDeLista === null;

  const funciones: Funcion[] = [];
  const marcas: (string | null)[] = [];
  const parrafos: ListaDeFunciones['parrafos'] = [];
  const colocadas: number[] = [];
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  /** Where the next text line goes: the open item or paragraph. */
  const estado: { abierto: Abierto | null } = { abierto: null };
  let pendiente: Renglon | null = null;
  /** Each function's and paragraph's lines, with where a lost numeral could have opened another. */
  const partesDe = new Map<object, Parte[]>();

  const abrirFuncion = (renglon: Renglon, texto: string, line: Line) => {
    const funcion: Funcion = { n: funciones.length + 1, texto, linea: line.n };
    if (line.original !== undefined && line.original.trim() !== line.texto.trim()) funcion.original = texto;
    funciones.push(funcion);
    marcas.push(renglon.marca?.valor ?? null);
    const partes: Parte[] = [{ texto, linea: line.n, corte: 'no' }];
    partesDe.set(funcion, partes);
    estado.abierto = {
      agregar: (mas, otra) => {
        partes.push({ texto: mas, linea: otra.n, corte: posibleCorte(funcion.texto, mas) });
        joinInto(funcion, otra, mas);
      },
      texto: () => funcion.texto,
      columna: renglon.columnaDeTexto,
      sangria: renglon.sangria,
    };
  };
  const abrirParrafo = (renglon: Renglon) => {
    const parrafo = { despuesDe: funciones.length, texto: renglon.texto, linea: renglon.line.n };
    parrafos.push(parrafo);
    const partes: Parte[] = [{ texto: renglon.texto, linea: renglon.line.n, corte: 'no' }];
    partesDe.set(parrafo, partes);
    estado.abierto = {
      agregar: (mas, otra) => {
        partes.push({ texto: mas, linea: otra.n, corte: posibleCorte(parrafo.texto, mas) });
        parrafo.texto = joinWrapped(parrafo.texto, mas);
      },
      texto: () => parrafo.texto,
      columna: renglon.sangria,
      sangria: renglon.sangria,
    };
  };

  const anchoDeLinea = anchoHabitual(renglones);
  // Text with no indentation at all (`pdftotext` plain) says where paragraphs end only by where lines end.
  const sinSangrias = renglones.every((renglon) => renglon.sangria === 0);
  const anchoMaximo = Math.max(0, ...renglones.map((renglon) => renglon.texto.length));
  let anterior: Renglon | null = null;
  for (const renglon of renglones) {
    const previo = anterior;
    anterior = renglon;
    colocadas.push(renglon.line.n);
    if (pendiente) {
      // A marker alone: this line is its text.
      abrirFuncion(pendiente, renglon.marca ? renglon.texto : renglon.texto, renglon.line);
      pendiente = null;
      continue;
    }
    const marca = renglon.marca;
    const deLaLista = marca !== null && (marca.estilo === estiloDeLista || (estiloDeLista === 'vineta' && marca.estilo !== 'vineta' && renglon.sangria <= sangriaDeLista));
    if (marca && renglon.sola && deLaLista) {
      pendiente = renglon;
      continue;
    }
    if (marca && deLaLista) {
      abrirFuncion(renglon, renglon.texto, renglon.line);
      continue;
    }
    const actual = estado.abierto;
    if (marca && actual && funciones.length > 0) {
      // An item of another style, deeper: part of the function above (`a) ...` under `3.`).
      actual.agregar(`${marca.valor === null ? '' : `${marca.valor}) `}${renglon.texto}`.trim(), renglon.line);
      continue;
    }
    if (sinMarcas) {
      // A list of bare paragraphs: each paragraph is a function.
      if (!actual || renglon.trasBlanca) abrirFuncion(renglon, renglon.texto, renglon.line);
      else actual.agregar(renglon.texto, renglon.line);
      continue;
    }
    if (!actual) {
      abrirParrafo(renglon);
      continue;
    }
    const terminada = finDeFrase.test(actual.texto());
    const mayuscula = /^\p{Lu}/u.test(renglon.texto);
    // A new paragraph: after a finished sentence, a capital that starts left of the item's text
    // but not flush with the margin (layout text's first-line indent), or after a blank line.
    const sangriaDeParrafo = renglon.sangria > 0 && renglon.sangria < actual.columna && renglon.sangria >= actual.sangria - 1;
    // Without indentation (`pdftotext` plain), a sentence that ends a short line ended its paragraph.
    const trasLineaCorta = previo !== null && previo.sangria + previo.texto.length < lineaCortaParte * anchoDeLinea;
    // Wrapping breaks a line only where the next word does not fit: when it would have, the line ended a paragraph.
    const cabia = sinSangrias && previo !== null && previo.texto.length + 1 + (renglon.texto.split(/\s/u)[0]?.length ?? 0) <= anchoMaximo;
    if (terminada && mayuscula && (renglon.trasBlanca || sangriaDeParrafo || trasLineaCorta || cabia)) {
      abrirParrafo(renglon);
      continue;
    }
    actual.agregar(renglon.texto, renglon.line);
  }
  if (pendiente) {
    const sola = pendiente as Renglon;
    avisar('funcion-vacia', sola.line.n, `${unidad}: el último elemento de la lista no tiene texto.`);
  }

  if (estiloDeLista === 'arabigo') partirEnNumerosPerdidos(funciones, marcas, parrafos, partesDe);
  recuperarNumerosPerdidos(funciones, marcas, parrafos, estiloDeLista, unidad, avisar);
  // Printed numbers against positions.
  funciones.forEach((funcion, i) => {
    const marca = marcas[i];
    if (marca === null || marca === undefined || estiloDeLista === 'vineta') return;
    const valor = valorDe({ valor: marca, estilo: estiloDeLista ?? 'arabigo' });
    if (valor !== null && valor !== i + 1) {
      avisar(
        'numeracion-de-funciones',
        funcion.linea,
        `${unidad}: la función impresa como ${marca} ocupa la posición ${i + 1} de su lista; se cita como ${i + 1} y se muestra con su número impreso. Revise si falta o sobra un número en la fuente.`,
      );
    }
  });
  return { funciones, marcas, parrafos, colocadas: colocadasPor('lista-de-funciones', colocadas), avisos };
}

/** A line shorter than this share of the block's usual width ends its paragraph (a wrapped line runs to the margin). */
const lineaCortaParte = 0.8;

/** The width the block's lines usually run to: the longest but a few, so one long line does not set it. */
function anchoHabitual(renglones: readonly Renglon[]): number {
  const anchos = renglones.map((renglon) => renglon.sangria + renglon.texto.length).sort((a, b) => a - b);
  return anchos[Math.floor(anchos.length * 0.8)] ?? 0;
}

/** A capitalized verb in the infinitive, as functions begin: `Supervisar`, `Emitir`, `Proponer`. */
const abreConInfinitivo = /^\p{Lu}\p{Ll}+(?:ar|er|ir)(?:se|lo|la|los|las)?\s/u;

/** A numeral alone on its line, maybe without its period as a scan reads it (`16`). */
const numeralSuelto = /^\s*(\d{1,3})[.,]?\s*$/u;

/** A numeral or a bullet alone on its line. */
const marcaSuelta = (texto: string) => numeralSuelto.test(texto) || vinetaSola.test(texto);

/** Whether a block sets its markers apart: two numerals or bullets alone in a row (blank lines aside). */
function tieneNumerosDesprendidos(lines: readonly Line[]): boolean {
  let seguidos = 0;
  for (const line of lines) {
    if (line.texto.trim() === '') continue;
    seguidos = marcaSuelta(line.texto) ? seguidos + 1 : 0;
    if (seguidos >= 2) return true;
  }
  return false;
}

/**
 * A list whose markers an extraction set apart from their paragraphs (a
 * scan's numerals; `pdftotext` without layout puts a list's bullets in a
 * column of their own): a run of numerals or bullets, then the paragraphs
 * they mark. The paragraphs are the functions, in order; the markers are the
 * check: the count must reach the last number printed, or the bullets.
 *
 * > | 10.
 * > | 11.
 * > | imponer las sanciones administrativas correspondientes ...     <- a paragraph after numerals: a function
 * > | Supervisar el envío de los informes sobre la imposición de multas pecuniarias a las autoridades
 * > |
 * > | competentes para que éstas puedan realizar el cobro ...        <- after a blank line, in lowercase: the same function
 * > | •
 * > | •
 * > | Diseñar y elaborar material publicitario para difundir la capacitación ... que
 * > | oferta el Instituto.
 * > | Realizar seguimiento del impacto del material publicitario ...  <- a verb after a finished sentence: the next one
 */
function leerListaDesprendida(archivo: string, lines: readonly Line[], unidad: string): ListaDeFunciones {
  const funciones: Funcion[] = [];
  const marcas: (string | null)[] = [];
  const colocadas: number[] = [];
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  let ultimoImpreso = 0;
  let vinetas = 0;
  let abierta: Funcion | null = null;
  let trasBlanca = false;
  let trasNumeral = false;
  for (const line of lines) {
    const texto = line.texto.trim();
    if (texto === '') {
      trasBlanca = true;
      continue;
    }
    colocadas.push(line.n);
    const suelto = numeralSuelto.exec(line.texto);
    if (suelto || vinetaSola.test(line.texto)) {
      if (suelto) ultimoImpreso = Math.max(ultimoImpreso, Number(suelto[1]));
      else vinetas++;
      trasNumeral = true;
      trasBlanca = false;
      continue;
    }
    const numerado = conNumero.exec(line.texto);
    const valorNumerado = numerado?.[2] ?? numerado?.[3];
    const impreso = valorNumerado !== undefined && /^\d+$/u.test(valorNumerado) ? valorNumerado : null;
    const cuerpo = (impreso !== null ? (numerado?.[4] ?? '') : texto).replace(/^[.,;:\s]+/u, '').trim();
    const actual = abierta as Funcion | null;
    // Functions open with a verb in the infinitive (`Supervisar el envío ...`): such a line after a
    // finished sentence or a blank line is the next one, even where the scan left no blank or no period.
    const terminada = finDeFrase.test(actual?.texto ?? '');
    const verbo = abreConInfinitivo.test(cuerpo);
    const nueva = impreso !== null || trasNumeral || !actual || (terminada && verbo) || (trasBlanca && verbo) || (trasBlanca && terminada && /^\p{Lu}/u.test(cuerpo));
    if (nueva) {
      const funcion: Funcion = { n: funciones.length + 1, texto: cuerpo, linea: line.n };
      funciones.push(funcion);
      marcas.push(impreso);
      if (impreso !== null) ultimoImpreso = Math.max(ultimoImpreso, Number(impreso));
      abierta = funcion;
    } else if (actual) actual.texto = joinWrapped(actual.texto, cuerpo);
    trasBlanca = false;
    trasNumeral = false;
  }
  funciones.forEach((funcion, i) => {
    const impreso = marcas[i];
    if (impreso !== null && impreso !== undefined && Number(impreso) !== i + 1) {
      avisar(
        'numeracion-de-funciones',
        funcion.linea,
        `${unidad}: la función impresa como ${impreso}. es el párrafo ${i + 1} de la lista; se cita como ${i + 1}. Revise si la fuente omite o parte un párrafo.`,
      );
    }
  });
  if (vinetas > 0 && ultimoImpreso === 0 && vinetas !== funciones.length) {
    avisar(
      'numeracion-de-funciones',
      funciones[0]?.linea ?? lines[0]?.n ?? 1,
      `${unidad}: se leyeron ${funciones.length} funciones (los párrafos de la lista), pero la fuente imprime ${vinetas} viñetas. Revise si un salto de página partió un párrafo o unió dos.`,
    );
  }
  if (ultimoImpreso !== 0 && ultimoImpreso !== funciones.length) {
    avisar(
      'numeracion-de-funciones',
      funciones[0]?.linea ?? lines[0]?.n ?? 1,
      `${unidad}: se leyeron ${funciones.length} funciones (los párrafos de la lista), pero la fuente numera hasta ${ultimoImpreso}. Revise si un salto de página partió un párrafo o unió dos.`,
    );
  }
  return { funciones, marcas: marcas.map(() => null), parrafos: [], colocadas: colocadasPor('lista-de-funciones', colocadas), avisos };
}

/** A line of a function or paragraph, and how surely a lost numeral could have opened a new one there. */
interface Parte {
  texto: string;
  linea: number;
  /** `clara`: a capital after a finished sentence; `posible`: a verb in the infinitive, or any line after a finished sentence. */
  corte: 'clara' | 'posible' | 'no';
}

function posibleCorte(antes: string, linea: string): Parte['corte'] {
  const terminada = /[.;]$/u.test(antes.trim());
  if (terminada && /^\p{Lu}/u.test(linea)) return 'clara';
  return terminada || abreConInfinitivo.test(linea) ? 'posible' : 'no';
}

/**
 * A scan that lost numerals and the blank lines between items leaves the
 * lost items inside the one before, or in one paragraph:
 *
 * > | 5. Coordinar la elaboración de los proyectos de resolución ..., según
 * > |    corresponda.
 * > |    Supervisar el envío de los informes ...         <- 6. lost
 * > |    artículo 101 de la ley.
 * > |    Emitir a la autoridad competente la opinión ... <- 7. lost
 * > | 8. Participar ...
 *
 * Where the printed numbers leave a gap, the lines where an item could
 * start (a capital after a finished sentence; failing that, also a verb in
 * the infinitive or any line after a finished sentence) split the text
 * when, and only when, they give exactly the missing count; the pieces are
 * then paragraphs in the gap, which `recuperarNumerosPerdidos` numbers.
 */
function partirEnNumerosPerdidos(funciones: Funcion[], marcas: readonly (string | null)[], parrafos: ListaDeFunciones['parrafos'], partesDe: ReadonlyMap<object, Parte[]>): void {
  const valor = (i: number) => (i < 0 ? 0 : Number(marcas[i] ?? Number.NaN));
  for (let k = 0; k < funciones.length; k++) {
    const hueco = valor(k) - valor(k - 1) - 1;
    const entre = parrafos.filter((parrafo) => parrafo.despuesDe === k);
    if (!(hueco > entre.length)) continue;
    const anterior = k > 0 ? funciones[k - 1] : undefined;
    if (anterior?.original !== undefined) continue;
    const trozos = [...(anterior ? [partesDe.get(anterior) ?? []] : []), ...entre.map((parrafo) => partesDe.get(parrafo) ?? [])];
    const cortes = (nivel: Parte['corte'][]) => trozos.reduce((suma, partes) => suma + partes.slice(1).filter((parte) => nivel.includes(parte.corte)).length, 0);
    const nivel: Parte['corte'][] | null = entre.length + cortes(['clara']) === hueco ? ['clara'] : entre.length + cortes(['clara', 'posible']) === hueco ? ['clara', 'posible'] : null;
    if (!nivel) continue;
    const nuevos: ListaDeFunciones['parrafos'] = [];
    trozos.forEach((partes, t) => {
      let grupo: Parte[] = [];
      const cerrar = () => {
        if (grupo.length === 0) return;
        const texto = grupo.map((parte) => parte.texto).reduce(joinWrapped);
        if (t === 0 && anterior && nuevos.length === 0 && grupo[0] === partes[0]) anterior.texto = texto;
        else nuevos.push({ despuesDe: k, texto, linea: grupo[0]?.linea ?? 0 });
        grupo = [];
      };
      partes.forEach((parte, i) => {
        if (i > 0 && nivel.includes(parte.corte)) cerrar();
        grupo.push(parte);
      });
      cerrar();
    });
    const desde = parrafos.findIndex((parrafo) => parrafo.despuesDe >= k);
    parrafos.splice(desde < 0 ? parrafos.length : desde, entre.length, ...nuevos);
  }
}

/**
 * Paragraphs that sit where the printed numbers leave a gap of exactly their
 * count are the functions whose numerals the source lost (a scan, a page
 * break): `2.` after one paragraph, that paragraph is 1; `3.` then one
 * paragraph then `5.`, it is 4. They become functions, reported.
 */
function recuperarNumerosPerdidos(
  funciones: Funcion[],
  marcas: (string | null)[],
  parrafos: ListaDeFunciones['parrafos'],
  estilo: Marca['estilo'] | null,
  unidad: string,
  avisar: Avisar,
): void {
  if (estilo !== 'arabigo' || parrafos.length === 0) return;
  const valor = (i: number) => (i < 0 ? 0 : Number(marcas[i] ?? Number.NaN));
  const nuevas: { funcion: Funcion; marca: string; despuesDe: number }[] = [];
  for (let k = 0; k < funciones.length; k++) {
    const entre = parrafos.filter((parrafo) => parrafo.despuesDe === k);
    const hueco = valor(k) - valor(k - 1) - 1;
    if (entre.length === 0 || hueco !== entre.length) continue;
    entre.forEach((parrafo, j) => {
      const marca = String(valor(k - 1) + j + 1);
      nuevas.push({ funcion: { n: 0, texto: parrafo.texto, linea: parrafo.linea }, marca, despuesDe: k });
      parrafos.splice(parrafos.indexOf(parrafo), 1);
      avisar(
        'numeral-inferido',
        parrafo.linea,
        `${unidad}: el párrafo no tiene numeral, pero está donde falta el ${marca} (entre ${valor(k - 1) || 'el inicio'} y ${valor(k)}); se publica como la función ${marca}. Revise la fuente.`,
      );
    });
  }
  if (nuevas.length === 0) return;
  // Insert in place, last first, so earlier positions hold.
  for (const { funcion, marca, despuesDe } of [...nuevas].reverse()) {
    funciones.splice(despuesDe, 0, funcion);
    marcas.splice(despuesDe, 0, marca);
  }
  funciones.forEach((funcion, i) => {
    funcion.n = i + 1;
  });
  // Paragraphs left keep their place among the functions.
  for (const parrafo of parrafos) parrafo.despuesDe += nuevas.filter((nueva) => nueva.despuesDe <= parrafo.despuesDe).length;
}
