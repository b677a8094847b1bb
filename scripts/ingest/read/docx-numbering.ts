/**
 * The numbers Word prints before list paragraphs, which a .docx does not
 * store: only the list's definition (word/numbering.xml: per level a start,
 * a format such as `upperRoman` and a pattern such as `%1.`) and, on each
 * paragraph, which list and level it belongs to. mammoth turns lists into
 * `<ol>`/`<li>` without their printed numbers; a manual's `I.`, `a)` and
 * `1.1.` are what its recognizers read, so they are computed here, as Word
 * counts them. Pure over parsed XML.
 *
 * > | <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
 * >   third paragraph of the list at level 0 -> `III.`
 *
 * Counting: lists that share a definition (abstractNum) share their
 * counters, as in Word, unless a list instance overrides a level's start
 * (Word's «Reiniciar en 1»); a paragraph restarts the levels below its own.
 * Numbering can come from the paragraph or from its style (headings numbered
 * by their style), and a definition may point to another through a
 * numbering style (`w:numStyleLink`).
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Nivel {
  start: number;
  formato: string;
  patron: string;
  legal: boolean;
}

interface Instancia {
  abstracto: string;
  /** Starts overridden per level (`w:lvlOverride/w:startOverride`). */
  reinicios: Map<number, number>;
}

/** A paragraph's list and level, as Word finds them. */
interface Referencia {
  numId: string;
  nivel: number;
}

/**
 * The printed number of every paragraph of the document (`w:p` elements in
 * document order, as `getElementsByTagNameNS` lists them), or null where a
 * paragraph is not numbered. Bullets come back as their glyph (`•`).
 */
export function numerosDeParrafos(documento: Document, numeracion: Document | null, estilos: Document | null): (string | null)[] {
  const { abstractos, instancias } = leerNumeracion(numeracion, estilos);
  const porEstilo = numeracionDeEstilos(estilos);
  const contadores = new Map<string, (number | undefined)[]>();
  const instanciasVistas = new Set<string>();
  const parrafos = elementos(documento, 'p');
  return parrafos.map((parrafo) => {
    const referencia = referenciaDe(parrafo, porEstilo);
    if (!referencia) return null;
    const instancia = instancias.get(referencia.numId);
    const niveles = instancia ? abstractos.get(instancia.abstracto) : undefined;
    const nivel = niveles?.get(referencia.nivel);
    if (!instancia || !niveles || !nivel) return null;
    const valores = contadores.get(instancia.abstracto) ?? [];
    contadores.set(instancia.abstracto, valores);
    if (!instanciasVistas.has(referencia.numId)) {
      instanciasVistas.add(referencia.numId);
      for (const [ilvl, start] of instancia.reinicios) valores[ilvl] = start - 1;
    }
    const startOf = (ilvl: number) => niveles.get(ilvl)?.start ?? 1;
    valores[referencia.nivel] = (valores[referencia.nivel] ?? startOf(referencia.nivel) - 1) + 1;
    for (let deeper = referencia.nivel + 1; deeper < valores.length; deeper++) valores[deeper] = undefined;
    if (nivel.formato === 'bullet' || nivel.formato === 'none') return nivel.formato === 'none' ? null : vineta(nivel.patron);
    return nivel.patron.replace(/%([1-9])/g, (_, k: string) => {
      const ilvl = Number(k) - 1;
      const valor = valores[ilvl] ?? startOf(ilvl);
      const formato = nivel.legal ? 'decimal' : (niveles.get(ilvl)?.formato ?? 'decimal');
      return formatear(valor, formato);
    });
  });
}

/** A number in one of Word's formats (`upperRoman`, `lowerLetter`, ...); decimal for the rest. */
export function formatear(valor: number, formato: string): string {
  switch (formato) {
    case 'upperRoman':
      return romano(valor);
    case 'lowerRoman':
      return romano(valor).toLowerCase();
    case 'upperLetter':
      return letra(valor);
    case 'lowerLetter':
      return letra(valor).toLowerCase();
    case 'decimalZero':
      return valor < 10 ? `0${valor}` : String(valor);
    case 'ordinal':
      return `${valor}º`;
    default:
      return String(valor);
  }
}

function romano(valor: number): string {
  if (valor <= 0) return String(valor);
  const symbols: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = valor;
  for (const [value, symbol] of symbols) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters: A..Z, then AA..ZZ, AAA.. (the letter repeated). */
function letra(valor: number): string {
  if (valor <= 0) return String(valor);
  const letter = String.fromCharCode(65 + ((valor - 1) % 26));
  return letter.repeat(Math.floor((valor - 1) / 26) + 1);
}

/** Bullet glyphs of the Symbol and Wingdings fonts, stored in the private-use area, as the characters they show. */
const bulletGlyphs: Record<string, string> = { '\uF0B7': '•', '\uF0A7': '▪', '\uF0D8': '➢', '\uF076': '❖', '\uF0FC': '✓', '\uF06E': '■', '\uF0A8': '□' };

function vineta(patron: string): string {
  const glyph = [...patron].map((char) => bulletGlyphs[char] ?? char).join('');
  return glyph.trim() === '' ? '•' : glyph;
}

function referenciaDe(parrafo: Element, porEstilo: Map<string, Referencia>): Referencia | null {
  const pPr = hijo(parrafo, 'pPr');
  const numPr = pPr ? hijo(pPr, 'numPr') : null;
  const estilo = pPr ? valor(hijo(pPr, 'pStyle')) : null;
  const deEstilo = estilo ? porEstilo.get(estilo) : undefined;
  const numId = valor(numPr ? hijo(numPr, 'numId') : null) ?? deEstilo?.numId;
  if (!numId || numId === '0') return null;
  const ilvl = valor(numPr ? hijo(numPr, 'ilvl') : null);
  return { numId, nivel: ilvl === null ? (deEstilo?.nivel ?? 0) : Number(ilvl) };
}

/** Each paragraph style's numbering, following `w:basedOn`. */
function numeracionDeEstilos(estilos: Document | null): Map<string, Referencia> {
  const out = new Map<string, Referencia>();
  if (!estilos) return out;
  const styles = new Map<string, Element>();
  for (const style of elementos(estilos, 'style')) {
    const id = style.getAttributeNS(W, 'styleId');
    if (id) styles.set(id, style);
  }
  const resolve = (id: string, seen: Set<string>): Referencia | undefined => {
    if (seen.has(id)) return undefined;
    seen.add(id);
    const style = styles.get(id);
    if (!style) return undefined;
    const pPr = hijo(style, 'pPr');
    const numPr = pPr ? hijo(pPr, 'numPr') : null;
    const numId = valor(numPr ? hijo(numPr, 'numId') : null);
    if (numId) return { numId, nivel: Number(valor(numPr ? hijo(numPr, 'ilvl') : null) ?? 0) };
    const basedOn = valor(hijo(style, 'basedOn'));
    return basedOn ? resolve(basedOn, seen) : undefined;
  };
  for (const id of styles.keys()) {
    const referencia = resolve(id, new Set());
    if (referencia) out.set(id, referencia);
  }
  return out;
}

function leerNumeracion(numeracion: Document | null, estilos: Document | null) {
  const abstractos = new Map<string, Map<number, Nivel>>();
  const instancias = new Map<string, Instancia>();
  if (!numeracion) return { abstractos, instancias };
  const enlaces = new Map<string, string>();
  for (const abstractNum of elementos(numeracion, 'abstractNum')) {
    const id = abstractNum.getAttributeNS(W, 'abstractNumId') || '';
    const niveles = new Map<number, Nivel>();
    for (const lvl of hijos(abstractNum, 'lvl')) niveles.set(Number(lvl.getAttributeNS(W, 'ilvl') || 0), nivelDe(lvl));
    abstractos.set(id, niveles);
    const link = valor(hijo(abstractNum, 'numStyleLink'));
    if (link) enlaces.set(id, link);
  }
  for (const num of elementos(numeracion, 'num')) {
    const numId = num.getAttributeNS(W, 'numId') || '';
    const reinicios = new Map<number, number>();
    for (const override of hijos(num, 'lvlOverride')) {
      const start = valor(hijo(override, 'startOverride'));
      if (start !== null) reinicios.set(Number(override.getAttributeNS(W, 'ilvl') || 0), Number(start));
    }
    instancias.set(numId, { abstracto: valor(hijo(num, 'abstractNumId')) ?? '', reinicios });
  }
  // A definition that only links to a numbering style takes the levels of the list that style uses.
  const porEstilo = numeracionDeEstilos(estilos);
  for (const [id, link] of enlaces) {
    const target = instancias.get(porEstilo.get(link)?.numId ?? '');
    const niveles = target ? abstractos.get(target.abstracto) : undefined;
    if (niveles && niveles.size > 0) abstractos.set(id, niveles);
  }
  return { abstractos, instancias };
}

function nivelDe(lvl: Element): Nivel {
  return {
    start: Number(valor(hijo(lvl, 'start')) ?? 1),
    formato: valor(hijo(lvl, 'numFmt')) ?? 'decimal',
    patron: valor(hijo(lvl, 'lvlText')) ?? '',
    legal: hijo(lvl, 'isLgl') !== null,
  };
}

/** Every element of that name in the document, in document order (xmldom's lists are not iterable). */
export function elementos(documento: Document, name: string): Element[] {
  const list = documento.getElementsByTagNameNS(W, name);
  return Array.from({ length: list.length }, (_, i) => list.item(i)).filter((element): element is Element => element !== null);
}

function hijos(element: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).namespaceURI === W && (child as Element).localName === name) out.push(child as Element);
  }
  return out;
}

function hijo(element: Element, name: string): Element | null {
  return hijos(element, name)[0] ?? null;
}

function valor(element: Element | null): string | null {
  // xmldom answers '' for a missing attribute.
  return element?.getAttributeNS(W, 'val') || null;
}
