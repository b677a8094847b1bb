import type { Acuerdo, Aviso, Line } from '../../../src/model/index.ts';
import { avisador } from '../avisos.ts';
import { colocadasPor, type Colocadas } from '../colocadas.ts';
import { fechaEnEspanol } from './fechas.ts';

/**
 * DOF acuerdos: the instruments, published in the Diario Oficial de la
 * Federación, that issue or amend a manual. Manuals travel with them (a
 * compilation may open with several, a manual with the one that issued
 * it), so this reader is shared by the families.
 *
 * An acuerdo as the DOF prints it:
 *
 * > | Acuerdo por el que se actualiza el Manual de Organización General del ..., en la parte relativa a la Dirección Médica.³
 *     ^ title (`ACUERDO por el que ...`, `ACUERDO Número ACDO... por el cual ...`), a footnote mark at its end
 * > | Al margen un logotipo, que dice: Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado.
 *     ^ the margin note that follows every DOF title: it confirms the title starts an acuerdo
 * > | LICENCIADO FLORENTINO CASTRO LÓPEZ, Director General del Instituto ..., con fundamento en ...
 * > | CONSIDERANDO
 * > | ARTÍCULO PRIMERO.- Se actualiza el Manual de Organización General ...
 * > | TRANSITORIOS
 * > | PRIMERO.- La actualización al Manual ..., en la parte relativa a las Direcciones de Prestaciones Económicas, Sociales y Culturales,
 * > | ² Publicado en el Diario Oficial de la Federación el 12 de julio de 2017.
 *     ^ the page's footnote: gives the publication date (the mark ² is on the title)
 * > | de Finanzas, de Administración, ... entrarán en vigor al día siguiente ...
 *     ^ a paragraph cut by that footnote: starts in lowercase, joins the paragraph above
 * > | Ciudad de México, a 11 de abril de 2017.- El Director General, Juan Pérez López.- Rúbrica.
 *     ^ place and date (the acuerdo's date), then the signer after the last comma
 * > | (R.- 470061)
 *     ^ the DOF's registry number, when the text is the DOF's own print
 */

/** A DOF title: `ACUERDO por el que ...`, `Acuerdo por el cual ...`, `ACUERDO Número ACDO... dictado ... por el cual ...`. */
const tituloDeAcuerdo = /^\s*ACUERDO\b(?=.*\bpor\s+(?:el|la)\s+(?:que|cual)\b|\s+N[úu]mero\b)/i;
/** `Al margen un sello con el Escudo Nacional, ...`, `Al margen un logotipo, ...`. */
const notaAlMargen = /^\s*Al margen\b/i;
/** The margin note follows the title at once; a title without it is a heading inside an acuerdo or a list. */
const margenLineasMax = 2;
/** The issuing body's heading above a DOF title (`INSTITUTO DE SEGURIDAD Y SERVICIOS SOCIALES ...`). */
const emisorLongitudMin = 10;
/**
 * Place and date, then the signature.
 *
 * > | México, D.F., a 24 de diciembre de 2010.- Con fundamento en ..., el Director de Finanzas, Jesús Villalobos López.- Rúbrica.
 *     ^ place               ^ date                ^ rest: the signer is after its last comma
 */
const lineaDeFirma = /^\s*\p{Lu}[^\n]{0,80}?\s+a\s+((?:\d{1,2}|primero)\s*[º°]?\s+de\s+\p{L}+\s+(?:de[l]?\s+)?\d{4})\s*\.?\s*-\s*(.*)$/u;
/** `(R.- 470061)`: the DOF's registry number of the publication. */
const registroDof = /^\s*\(R\.\s*-\s*\d+\)\s*$/;
/** A footnote: superscript number, then its text. */
const notaAlPie = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$/;
/** Superscript digits closing a title: the footnote mark. */
const marcaAlPie = /([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*$/;
const publicacionEnDof = /Publicad[oa]\s+en\s+el\s+Diario\s+Oficial\s+de\s+la\s+Federaci[óo]n/i;
/** `ACDO.SA2.HCT.281122/336.P.DA` and the like. */
const claveDeAcuerdo = /\b(ACDO\.[A-Z0-9]+(?:[./][A-Z0-9]+)+)/;
/** `en la parte relativa a la Dirección Médica` */
const parteRelativa = /\ben\s+la\s+parte\s+relativa\s+a(?:l)?\s+(.+?)\s*\.?\s*$/i;

const superindices = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** `¹²` -> 12. */
export function numeroVolado(text: string): number {
  return Number([...text].map((char) => superindices.indexOf(char)).join(''));
}

/** One footnote of a page: its number, its text, its line. */
export interface NotaAlPie {
  numero: number;
  texto: string;
  linea: number;
}

/** A footnote line, or null. */
export function leerNotaAlPie(line: Line): NotaAlPie | null {
  const match = notaAlPie.exec(line.texto);
  if (!match) return null;
  return { numero: numeroVolado(match[1] ?? ''), texto: (match[2] ?? '').trim(), linea: line.n };
}

/** Where one acuerdo lies in a list of lines: inclusive indices. */
export interface Tramo {
  desde: number;
  hasta: number;
}

const isBlank = (line: Line | undefined) => line === undefined || line.texto.trim() === '';

/**
 * Finds the DOF acuerdos in `lines`: each starts at a title followed by its
 * margin note (or at the issuer's all-caps heading just above it) and ends at
 * its place-and-date signature line, taking in the registry number and
 * footnotes that follow it, never past the next acuerdo. An acuerdo whose
 * signature is missing ends just before the next one (or at its own title
 * when it is the last: better too short than swallowing the manual).
 */
export function findAcuerdos(lines: readonly Line[]): Tramo[] {
  const text: number[] = [];
  lines.forEach((line, i) => {
    if (!isBlank(line)) text.push(i);
  });
  const titulos: number[] = []; // positions in `text`
  text.forEach((index, k) => {
    if (!tituloDeAcuerdo.test(lines[index]?.texto ?? '')) return;
    for (let j = k + 1; j <= k + margenLineasMax && j < text.length; j++) {
      if (notaAlMargen.test(lines[text[j] ?? -1]?.texto ?? '')) {
        titulos.push(k);
        return;
      }
    }
  });
  const tramos: Tramo[] = [];
  titulos.forEach((k, t) => {
    const limite = titulos[t + 1] ?? text.length; // exclusive, in `text`
    let inicio = k;
    const previa = lines[text[k - 1] ?? -1];
    const finPrevio = tramos.at(-1)?.hasta ?? -1;
    if (previa && k - 1 >= 0 && (text[k - 1] ?? -1) > finPrevio && esEncabezadoDeEmisor(previa.texto)) inicio = k - 1;
    let fin = -1;
    // The first place-and-date line closes the acuerdo: after it come other texts (a manual, more acuerdos).
    for (let j = k + 1; j < limite && fin === -1; j++) {
      if (lineaDeFirma.test(lines[text[j] ?? -1]?.texto ?? '')) fin = j;
    }
    if (fin === -1) fin = titulos[t + 1] !== undefined ? limite - 1 : k;
    // The registry number and the page's footnotes right after the signature are the acuerdo's.
    while (fin + 1 < limite) {
      const next = lines[text[fin + 1] ?? -1]?.texto ?? '';
      if (registroDof.test(next) || (notaAlPie.test(next) && publicacionEnDof.test(next))) fin++;
      else break;
    }
    // Before the next acuerdo, an issuer heading belongs to it, not to this one.
    const siguiente = titulos[t + 1];
    if (siguiente !== undefined && fin === siguiente - 1 && esEncabezadoDeEmisor(lines[text[fin] ?? -1]?.texto ?? '') && fin > k) fin--;
    tramos.push({ desde: text[inicio] ?? 0, hasta: text[fin] ?? 0 });
  });
  return tramos;
}

/** A name in capitals: no lowercase, no digits, no colon (`FECHA DE ENTRADA EN VIGOR: 12 DE JULIO DE 2018` is not one). */
function esEncabezadoDeEmisor(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= emisorLongitudMin && /^[\p{Lu}\s.,"'()-]+$/u.test(trimmed) && !tituloDeAcuerdo.test(trimmed);
}

export interface AcuerdoLeido {
  acuerdo: Acuerdo;
  /** Every non-blank line of the input: the acuerdo keeps them all (title, paragraphs, footnotes, signature). */
  colocadas: Colocadas;
  avisos: Aviso[];
}

/**
 * Reads one DOF acuerdo (the lines `findAcuerdos` delimits, or any slice from
 * its issuer heading or title to its signature and footnotes).
 *
 * - `titulo`: the title line, without its footnote mark and closing period.
 * - `numero`: an `ACDO....` key in the title, if any.
 * - `accion`: from the title's verb: `se expide` -> expide, `se actualiza` /
 *   `aprobó la actualización` -> actualiza, `se modifica` / `se reforma` -> modifica.
 * - `fecha`: the date of the place-and-date line that precedes the signature.
 * - `publicacionDof`: the footnote the title's mark points to (`¹ Publicado en
 *   el Diario Oficial de la Federación el 30 de diciembre de 2010.`), else any
 *   such footnote in the acuerdo, else null (the DOF's own print has none).
 * - `firmante`: the signer after the last comma of the signature (`Florentino Castro López`).
 * - `materia`: what follows `en la parte relativa a` in the title, or null (the whole manual).
 * - `texto`: the other lines as paragraphs, bullets (`- I.`) unwrapped, a
 *   paragraph cut by a footnote (next part starts in lowercase) joined.
 *
 * Never throws: what it cannot find is null, with an Aviso naming the line.
 */
export function parseAcuerdo(archivo: string, lines: readonly Line[]): AcuerdoLeido {
  const avisos: Aviso[] = [];
  const text = lines.filter((line) => !isBlank(line));
  const colocadas = colocadasPor('acuerdo-dof', text);
  const primera = text[0]?.n ?? lines[0]?.n ?? 1;
  const ultima = text.at(-1)?.n ?? primera;
  const avisar = avisador(archivo, avisos);

  const tituloIndex = text.findIndex((line) => tituloDeAcuerdo.test(line.texto));
  const tituloLine = text[tituloIndex];
  let titulo = '';
  let marca: number | null = null;
  if (tituloLine) {
    const raw = tituloLine.texto.trim();
    const mark = marcaAlPie.exec(raw);
    if (mark) marca = numeroVolado(mark[1] ?? '');
    titulo = raw.replace(marcaAlPie, '').trim().replace(/\.$/, '');
  } else {
    titulo = text[0]?.texto.trim().replace(/\.$/, '') ?? '';
    avisar('acuerdo-sin-titulo', primera, 'no se encontró el título del acuerdo («ACUERDO por el que ...»); se usa su primera línea como título.');
  }

  const notas: NotaAlPie[] = [];
  const firmas: { line: Line; match: RegExpExecArray }[] = [];
  for (const line of text) {
    if (line === tituloLine) continue;
    const nota = leerNotaAlPie(line);
    if (nota) notas.push(nota);
    const firma = lineaDeFirma.exec(line.texto);
    if (firma) firmas.push({ line, match: firma });
  }
  const notaDelTitulo = notas.find((nota) => nota.numero === marca && publicacionEnDof.test(nota.texto));
  const notaDePublicacion = notaDelTitulo ?? notas.find((nota) => publicacionEnDof.test(nota.texto));
  const publicacionDof = notaDePublicacion ? fechaEnEspanol(notaDePublicacion.texto) : null;
  if (marca !== null && !notaDelTitulo) {
    avisar('nota-al-pie-sin-texto', tituloLine?.n ?? primera, `el título lleva la llamada ${marca} pero no se encontró su nota al pie («${marca} Publicado en el Diario Oficial ...»).`);
  }

  const firma = firmas.at(-1);
  const fecha = firma ? fechaEnEspanol(firma.match[1] ?? '') : null;
  const firmante = firma ? firmanteDe(firma.match[2] ?? '') : null;
  if (firma && !fecha) avisar('fecha-invalida', firma.line.n, `la fecha de la firma («${firma.match[1] ?? ''}») no es una fecha válida; la fecha del acuerdo queda vacía.`);
  if (!firma) avisar('acuerdo-sin-firma', ultima, `el acuerdo «${recorte(titulo)}» no tiene la línea de lugar y fecha («Ciudad de México, a 4 de abril de 2018.- El Director General, ...»); su fecha y firmante quedan vacíos.`);

  const lower = titulo.toLowerCase();
  const accion: Acuerdo['accion'] = /\bse\s+expide\b|\bse\s+emite\b/.test(lower)
    ? 'expide'
    : /\bse\s+actualiza\b|\bactualizaci[óo]n\b/.test(lower)
      ? 'actualiza'
      : /\bse\s+modifica\b|\bse\s+reforma\b|\bmodificaci[óo]n\b/.test(lower)
        ? 'modifica'
        : 'otra';
  if (accion === 'otra' && tituloLine) {
    avisar('acuerdo-sin-accion', tituloLine.n, `el título no dice si el acuerdo expide, actualiza o modifica el documento («${recorte(titulo)}»); se registra como «otra».`);
  }
  const numero = claveDeAcuerdo.exec(titulo)?.[1] ?? null;
  const materia = parteRelativa.exec(titulo)?.[1] ?? null;

  const texto: string[] = [];
  for (const line of text) {
    if (line === tituloLine || leerNotaAlPie(line)) continue;
    const parrafo = line.texto.trim().replace(/^-\s+/, '');
    const previo = texto.at(-1);
    if (previo !== undefined && /^\p{Ll}/u.test(parrafo) && !/[.:;]$/.test(previo)) texto[texto.length - 1] = `${previo} ${parrafo}`;
    else texto.push(parrafo);
  }

  return {
    acuerdo: {
      titulo,
      numero,
      accion,
      fecha,
      publicacionDof,
      firmante,
      materia,
      texto,
      fuente: { archivo, desde: primera, hasta: ultima },
    },
    colocadas,
    avisos,
  };
}

/** `El Director General, **Florentino Castro López**.- Rúbrica.` -> `Florentino Castro López`. */
function firmanteDe(resto: string): string | null {
  const sinRubrica = resto
    .replaceAll('**', '')
    .replace(/[.\s-]*R[úu]brica\.?\s*$/i, '')
    .replace(/[.\s-]+$/, '')
    .trim();
  const nombre = sinRubrica.split(',').at(-1)?.trim() ?? '';
  return nombre === '' ? null : nombre;
}

const recorteMax = 80;
function recorte(text: string): string {
  return text.length > recorteMax ? `${text.slice(0, recorteMax)}…` : text;
}
