import type { Articulo, Aviso, Division, Fraccion } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { joinWrapped } from '../../constructs/numbered-list.ts';
import type { LineaLeida, ParteDeEncabezado, TipoDivision } from './lineas.ts';
import { toRoman } from '../../../../src/lib/romanos.ts';
import { romanValue } from './romanos.ts';

/** A paragraph with the line it starts on. */
export interface Parrafo {
  texto: string;
  linea: number;
}

/** The numbering styles of an outline: `I.`, `A.`, `1.`, `a)`. */
export type Estilo = 'romano' | 'mayuscula' | 'arabigo' | 'letra';

/** An item below a fracción, at any depth (`a)` under `I.`, or `1.` under `A.` under `III.` in a structure article). */
export interface SubItem {
  /** Its marker as printed, without punctuation (`a`, `1`, `B`). */
  letra: string;
  estilo: Estilo;
  /** 1 for the items right under the fracción, 2 below those, ... */
  nivel: number;
  texto: string;
  linea: number;
}

/** A fracción while its article is read: paragraphs and incisos kept apart until the article closes. */
export interface FraccionLeida {
  /** Its marker as printed (`IV`; `a` or `1` in a list that is not numbered with fracciones). */
  numero: string;
  estilo: Estilo;
  inferido: boolean;
  /** Its first paragraph, then any further paragraphs before the next fracción. */
  partes: string[];
  incisos: SubItem[];
  linea: number;
}

/** An article as read, with its model once it closes. The units and the tree are built from these. */
export interface ArticuloLeido {
  numero: number | null;
  linea: number;
  hasta: number;
  /** Paragraphs before the first fracción; the first one names the unit of a unit article. */
  intro: string[];
  fracciones: FraccionLeida[];
  /** Paragraphs after the latest fracción: continuations if another fracción follows, closing paragraphs if not. */
  despues: string[];
  /** The títulos, capítulos and secciones it sits in, outermost first. */
  divisiones: Division[];
  modelo: Articulo;
}

export interface Articulado {
  divisiones: Division[];
  /** Articles outside any división. */
  articulos: Articulo[];
  /** Every article in source order. */
  leidos: ArticuloLeido[];
  transitorios: string[];
  /** The closing paragraph after the transitorios (who expedited it, when) and anything after it. */
  expedicion: Parrafo[];
  /** The issue's date from a DOF page header (`29 de noviembre de 2022`), if one printed it. */
  publicacion: string | null;
  /** Lines placed, all as the articulado (`estatuto.ts` records them so). */
  colocadas: number[];
  avisos: Aviso[];
}

const nivel: Record<TipoDivision, number> = { titulo: 0, capitulo: 1, seccion: 2 };

/** A division's name is a heading line or two, not a provision. */
const nombreDeDivisionLongitudMax = 200;
/** Text that ends a sentence: a wrapped line after it starts a new paragraph, not a continuation. */
const finDeFrase = /[.:;!?"”»]$/u;

/** A marker's possible readings: `C.` is fracción C (100) or the third capital letter. */
interface Lectura {
  estilo: Estilo;
  valor: number;
}

function valorDeLetra(letra: string): number {
  return letra.toLocaleLowerCase('es').charCodeAt(0) - 96;
}

/** The readings of an item line, most likely first. */
function lecturas(linea: LineaLeida): Lectura[] {
  if (linea.clase === 'fraccion' && linea.numero !== null) {
    const romano = { estilo: 'romano' as const, valor: romanValue(linea.numero) ?? 0 };
    return linea.numero.length === 1 ? [romano, { estilo: 'mayuscula', valor: valorDeLetra(linea.numero) }] : [romano];
  }
  if (linea.clase === 'inciso') return [{ estilo: 'letra', valor: valorDeLetra(linea.letra) }];
  if (linea.clase === 'literal') {
    return [linea.estilo === 'mayuscula' ? { estilo: 'mayuscula', valor: valorDeLetra(linea.marca) } : { estilo: 'arabigo', valor: Number(linea.marca) }];
  }
  return [];
}

/**
 * The paragraph that closes a DOF estatuto after its transitorios.
 *
 * > | Este Estatuto Orgánico fue expedido por la Junta de Gobierno ... a 16 de noviembre de 2022.- ... - Rúbrica.
 */
const cierre = /\bfue\s+expedid[oa]\b|\bR[úu]brica\b|^Dado\s+en\b/iu;

/**
 * Reads the body of an estatuto, from its first rótulo to the end: títulos,
 * capítulos and secciones, articles with their paragraphs and fracciones,
 * the transitorios and the closing paragraph.
 *
 * > | TÍTULO PRIMERO DISPOSICIONES GENERALES CAPÍTULO I
 * > | DE LA DENOMINACIÓN Y OBJETO
 * > | Artículo 2. Para efectos del presente Estatuto se entenderá por:
 * > | - I. Decreto de Creación: Decreto por el que se crea ...
 * > | ARTÍCULOS TRANSITORIOS
 * > | ARTÍCULO PRIMERO. El presente Estatuto Orgánico entrará en vigor ...
 *
 * Every line is placed, dropped by a named rule, or reported; a defect of the
 * source (a lost numeral, a gap in the numbering) is reported with its line
 * and the text is still published in source order.
 */
export function leerArticulado(archivo: string, lineas: readonly LineaLeida[]): Articulado {
  const out: Articulado = {
    divisiones: [],
    articulos: [],
    leidos: [],
    transitorios: [],
    expedicion: [],
    publicacion: null,
    colocadas: [],
    avisos: [],
  };
  const avisar = avisador(archivo, out.avisos);

  /** Open divisiones, outermost first. */
  const abiertas: Division[] = [];
  /** The división whose name may still follow (until its first article). */
  let pendiente: Division | null = null;
  let actual: Omit<ArticuloLeido, 'modelo'> | null = null;
  let modo: 'cuerpo' | 'transitorios' | 'expedicion' = 'cuerpo';
  /** Where a wrapped line continues: the last paragraph, fracción or inciso read. */
  let continuar: ((texto: string) => void) | null = null;
  /** The text `continuar` adds to, as read so far. */
  let abierto = '';
  /** How far the open item's numeral is indented; null outside a list. */
  let sangriaDeItem: number | null = null;
  let trasBlanca = true;
  let ultimoNumero: number | null = null;

  const colocar = (n: number) => {
    out.colocadas.push(n);
    if (actual) actual.hasta = n;
  };

  for (const linea of lineas) {
    if (linea.clase === 'blanca') {
      trasBlanca = true;
      continue;
    }
    if (linea.clase === 'pagina') {
      // A DOF page header the normalize stage left (it drops them as `encabezado-dof`): not
      // text, so not placed and the report shows it; the item it cut goes on after it.
      if (linea.fecha !== null) out.publicacion ??= linea.fecha;
      continue;
    }
    if (modo === 'cuerpo') leerCuerpo(linea);
    else leerTransitorio(linea);
    trasBlanca = false;
  }
  cerrarArticulo();
  for (const division of recorrer(out.divisiones)) {
    if (division.titulo === '') {
      avisar('division-sin-nombre', division.linea, `${division.rotulo} no tiene nombre en la fuente; se publica solo con su rótulo.`);
    }
  }
  return out;

  function leerCuerpo(linea: LineaLeida): void {
    switch (linea.clase) {
      case 'division':
        for (const parte of linea.partes) leerParteDeEncabezado(parte, linea.n);
        colocar(linea.n);
        continuar = null;
        return;
      case 'articulo':
        abrirArticulo(linea.numero, linea.n, linea.texto);
        return;
      case 'transitorios':
        cerrarArticulo();
        abiertas.length = 0;
        pendiente = null;
        modo = 'transitorios';
        out.colocadas.push(linea.n);
        continuar = null;
        return;
      case 'mayusculas':
      case 'indice':
        if (pendiente && !actual) {
          nombrarDivision(linea.limpio);
          colocar(linea.n);
          return;
        }
        if (!actual) {
          avisar(
            'texto-fuera-de-articulo',
            linea.n,
            `«${linea.limpio}» no pertenece a ningún artículo ni nombra una división; se esperaba un rótulo (TÍTULO, CAPÍTULO, SECCIÓN) o «Artículo N.» antes.`,
          );
          return;
        }
        // A word in capitals that ends a wrapped sentence (`... del IFTE.`) goes on with it.
        if (trasBlanca || !continuar || finDeFrase.test(abierto)) {
          avisar('mayusculas-en-articulo', linea.n, `«${linea.limpio}» está en mayúsculas dentro del artículo ${nombreDe(actual)}; se lee como un párrafo. Si es un encabezado de página, quítelo.`);
        }
        leerParrafo(linea.limpio, linea.n, linea.sangria);
        return;
      case 'fraccion':
        asegurarArticulo(linea.n);
        sangriaDeItem = linea.sangria;
        if (linea.numero === null) agregarFraccion(null, 'romano', linea.texto, linea.n);
        else agregarItem(linea, linea.texto);
        return;
      case 'inciso':
      case 'literal':
        asegurarArticulo(linea.n);
        agregarItem(linea, linea.texto);
        return;
      case 'subparrafo':
        asegurarArticulo(linea.n);
        agregarSubparrafo(linea.texto, linea.n);
        return;
      case 'parrafo':
        // A división's name in running case (`De la Junta de Gobierno`) under its rótulo, before any article.
        if (pendiente && !actual && linea.texto.length + pendiente.titulo.length <= nombreDeDivisionLongitudMax && !finDeFrase.test(linea.texto)) {
          nombrarDivision(linea.texto);
          colocar(linea.n);
          return;
        }
        asegurarArticulo(linea.n);
        leerParrafo(linea.texto, linea.n, linea.sangria);
        return;
      default:
        return;
    }
  }

  /** After `ARTÍCULOS TRANSITORIOS`: every line is a transitorio paragraph, then the closing paragraph. */
  function leerTransitorio(linea: LineaLeida): void {
    out.colocadas.push(linea.n);
    const texto = linea.limpio;
    if (!trasBlanca && continuar) {
      continuar(texto);
      return;
    }
    if (modo === 'transitorios' && cierre.test(texto)) modo = 'expedicion';
    if (modo === 'transitorios') {
      const i = out.transitorios.push(texto) - 1;
      continuar = (mas) => {
        out.transitorios[i] = joinWrapped(out.transitorios[i] ?? '', mas);
      };
    } else {
      const parrafo = { texto, linea: linea.n };
      out.expedicion.push(parrafo);
      continuar = (mas) => {
        parrafo.texto = joinWrapped(parrafo.texto, mas);
      };
    }
  }

  function leerParteDeEncabezado(parte: ParteDeEncabezado, n: number): void {
    if (parte.parte === 'rotulo') {
      abrirDivision(parte.tipo, parte.rotulo, n);
      return;
    }
    if (pendiente) {
      nombrarDivision(parte.texto);
      return;
    }
    avisar(
      'nombre-sin-division',
      n,
      `«${parte.texto}» parece el nombre de una división, pero no la precede ningún rótulo abierto; se esperaba «TÍTULO ...», «CAPÍTULO ...» o «SECCIÓN ...» antes. El texto no se publica.`,
    );
  }

  function abrirDivision(tipo: TipoDivision, rotulo: string, n: number): void {
    cerrarArticulo();
    while (abiertas.length > 0 && nivel[abiertas.at(-1)?.tipo ?? 'titulo'] >= nivel[tipo]) abiertas.pop();
    const division: Division = { tipo, rotulo, titulo: '', linea: n, articulos: [], divisiones: [] };
    const padre = abiertas.at(-1);
    (padre ? padre.divisiones : out.divisiones).push(division);
    abiertas.push(division);
    pendiente = division;
  }

  /** A name may run over several lines in capitals: they join. */
  function nombrarDivision(texto: string): void {
    if (!pendiente) return;
    pendiente.titulo = pendiente.titulo === '' ? texto : `${pendiente.titulo} ${texto}`;
  }

  function abrirArticulo(numero: number | null, n: number, texto: string): void {
    cerrarArticulo();
    if (numero !== null) {
      comprobarOrden(numero, n);
      ultimoNumero = numero;
    }
    pendiente = null;
    const articulo: Omit<ArticuloLeido, 'modelo'> = { numero, linea: n, hasta: n, intro: [], fracciones: [], despues: [], divisiones: [] };
    actual = articulo;
    colocar(n);
    continuar = null;
    if (texto !== '') nuevoParrafo(texto);
  }

  function comprobarOrden(numero: number, n: number): void {
    if (ultimoNumero === null) {
      if (numero !== 1)
        avisar('articulos-fuera-de-orden', n, `el primer artículo es el ${numero}; se esperaba el 1. Revise si falta el principio del estatuto.`);
      return;
    }
    if (numero === ultimoNumero + 1) return;
    if (numero <= ultimoNumero) {
      avisar('articulos-fuera-de-orden', n, `el artículo ${numero} viene después del ${ultimoNumero}: está repetido o fuera de orden; se publica en el orden de la fuente. Revise la numeración.`);
    } else {
      const faltan = numero - ultimoNumero === 2 ? `el ${ultimoNumero + 1}` : `del ${ultimoNumero + 1} al ${numero - 1}`;
      avisar('articulos-fuera-de-orden', n, `tras el artículo ${ultimoNumero} viene el ${numero}: falta ${faltan}. Revise si se perdió texto.`);
    }
  }

  /** Text outside any article (right after a heading) is a provision without number: kept, and reported. */
  function asegurarArticulo(n: number): void {
    if (actual) return;
    const donde = abiertas.at(-1);
    avisar(
      'articulo-sin-numero',
      n,
      `texto sin «Artículo N.»${donde ? ` al comienzo de ${donde.rotulo}` : ''}; se publica como disposición sin número. Si es un artículo, añada su número en la fuente.`,
    );
    abrirArticulo(null, n, '');
  }

  function leerParrafo(texto: string, n: number, sangria: number): void {
    colocar(n);
    // A page break or a blank line may fall inside a sentence: a line in lowercase after unfinished text goes on with it.
    // In layout text a sentence that starts left of the open item's numeral is a new paragraph, blank line or not.
    const aparte = sangriaDeItem !== null && sangria < sangriaDeItem && finDeFrase.test(abierto) && /^\p{Lu}/u.test(texto);
    // A numeral alone on its line (`X.`, a blank line, its text: `pdftotext` without layout) is still waiting for its text.
    const numeralSinTexto = abierto === '' && continuar !== null;
    const sigue = numeralSinTexto || (!trasBlanca && !aparte) || (/^\p{Ll}/u.test(texto) && abierto !== '' && !finDeFrase.test(abierto));
    if (sigue && continuar) continuar(texto);
    else nuevoParrafo(texto);
  }

  function nuevoParrafo(texto: string): void {
    if (!actual) return;
    sangriaDeItem = null;
    const lista = actual.fracciones.length === 0 ? actual.intro : actual.despues;
    const i = lista.push(texto) - 1;
    abierto = texto;
    continuar = (mas) => {
      lista[i] = joinWrapped(lista[i] ?? '', mas);
      abierto = lista[i] ?? '';
    };
  }

  /** Paragraphs read after a fracción belong to it once another fracción follows. */
  function cerrarParrafosDeFraccion(): FraccionLeida | undefined {
    const ultima = actual?.fracciones.at(-1);
    if (actual && ultima && actual.despues.length > 0) {
      ultima.partes.push(...actual.despues);
      actual.despues = [];
    }
    return ultima;
  }

  /**
   * An item of the article's list. The first item's style is the fracciones'
   * (usually `I.`); a different style nests under the current fracción, one
   * level per style met (`A.` under `III.`, `1.` under `A.`, `a)` under `1.`),
   * and a style already open closes the deeper ones. A marker with two
   * readings (`C.`) takes the one that goes on from an open sequence.
   */
  function agregarItem(linea: LineaLeida, texto: string): void {
    if (!actual) return;
    sangriaDeItem = linea.sangria;
    const opciones = lecturas(linea);
    const abiertos = estilosAbiertos();
    const sigue = (lectura: Lectura) => {
      const nivelAbierto = abiertos.findIndex((abiertoEn) => abiertoEn.estilo === lectura.estilo);
      return nivelAbierto >= 0 && lectura.valor === (abiertos[nivelAbierto]?.valor ?? 0) + 1;
    };
    const lectura = opciones.find(sigue) ?? opciones.find((o) => abiertos.some((a) => a.estilo === o.estilo)) ?? opciones[0];
    if (!lectura) return;
    const marca = linea.clase === 'fraccion' ? (linea.numero ?? '') : linea.clase === 'inciso' ? linea.letra : linea.clase === 'literal' ? linea.marca : '';
    const nivelDelEstilo = abiertos.findIndex((a) => a.estilo === lectura.estilo);
    if (abiertos.length === 0 || nivelDelEstilo === 0) {
      agregarFraccion(marca, lectura.estilo, texto, linea.n);
      return;
    }
    const fraccion = cerrarParrafosDeFraccion();
    if (!fraccion) return;
    colocar(linea.n);
    const nivelDelItem = nivelDelEstilo > 0 ? nivelDelEstilo : abiertos.length;
    const item: SubItem = { letra: marca, estilo: lectura.estilo, nivel: nivelDelItem, texto, linea: linea.n };
    fraccion.incisos.push(item);
    abierto = texto;
    continuar = (mas) => {
      item.texto = joinWrapped(item.texto, mas);
      abierto = item.texto;
    };
  }

  /** The styles open in the current article's list, outermost first, each with the last value seen. */
  function estilosAbiertos(): Lectura[] {
    const ultima = actual?.fracciones.at(-1);
    if (!ultima) return [];
    const abiertos: Lectura[] = [{ estilo: ultima.estilo, valor: valorDe(ultima.estilo, ultima.numero) }];
    for (const item of ultima.incisos) {
      abiertos.length = Math.min(abiertos.length, item.nivel);
      abiertos[item.nivel] = { estilo: item.estilo, valor: valorDe(item.estilo, item.letra) };
    }
    return abiertos;
  }

  function agregarFraccion(impreso: string | null, estilo: Estilo, texto: string, n: number): void {
    if (!actual) return;
    colocar(n);
    const anterior = cerrarParrafosDeFraccion();
    const valorAnterior = anterior ? valorDe(anterior.estilo, anterior.numero) : 0;
    let numero = impreso;
    if (numero === null) {
      numero = toRoman(valorAnterior + 1);
      avisar(
        'fraccion-sin-numeral',
        n,
        `la ${anterior ? `fracción que sigue a la ${anterior.numero}` : 'primera fracción'} del artículo ${nombreDe(actual)} no tiene numeral en la fuente; se publica como ${numero}.`,
      );
    }
    const fraccion: FraccionLeida = { numero, estilo, inferido: impreso === null, partes: [texto], incisos: [], linea: n };
    actual.fracciones.push(fraccion);
    abierto = texto;
    continuar = (mas) => {
      const i = fraccion.partes.length - 1;
      fraccion.partes[i] = joinWrapped(fraccion.partes[i] ?? '', mas);
      abierto = fraccion.partes[i] ?? '';
    };
  }

  function agregarSubparrafo(texto: string, n: number): void {
    const fraccion = cerrarParrafosDeFraccion();
    if (!fraccion) {
      colocar(n);
      nuevoParrafo(texto);
      return;
    }
    colocar(n);
    const i = fraccion.partes.push(texto) - 1;
    abierto = texto;
    continuar = (mas) => {
      fraccion.partes[i] = joinWrapped(fraccion.partes[i] ?? '', mas);
      abierto = fraccion.partes[i] ?? '';
    };
  }

  function cerrarArticulo(): void {
    const leido = actual;
    if (!leido) return;
    actual = null;
    continuar = null;
    comprobarFracciones(leido);
    const parrafos = [...leido.intro, ...leido.despues];
    const modelo: Articulo = {
      numero: leido.numero,
      parrafos,
      parrafosIniciales: leido.fracciones.length === 0 ? parrafos.length : leido.intro.length,
      fracciones: leido.fracciones.map(fraccionDelModelo),
      unidad: null,
      fuente: { archivo, desde: leido.linea, hasta: leido.hasta },
    };
    const division = abiertas.at(-1);
    (division ? division.articulos : out.articulos).push(modelo);
    out.leidos.push({ ...leido, divisiones: [...abiertas], modelo });
  }

  /** Numbering defects: a gap, a repeat, a list announced with `:` and never given, an empty fracción. */
  function comprobarFracciones(leido: Omit<ArticuloLeido, 'modelo'>): void {
    const nombre = nombreDe(leido);
    let anterior = 0;
    for (const fraccion of leido.fracciones) {
      const valor = valorDe(fraccion.estilo, fraccion.numero);
      const marca = (v: number) => marcaDeValor(fraccion.estilo, v);
      if (!fraccion.inferido && valor !== anterior + 1) {
        const previa = anterior === 0 ? 'el comienzo de la lista' : `la ${marca(anterior)}`;
        const que =
          valor === anterior
            ? `la fracción ${fraccion.numero} se repite`
            : valor < anterior
              ? `la fracción ${fraccion.numero} viene después de la ${marca(anterior)}`
              : `tras ${previa} viene la fracción ${fraccion.numero} (falta ${valor - anterior === 2 ? `la ${marca(anterior + 1)}` : `de la ${marca(anterior + 1)} a la ${marca(valor - 1)}`})`;
        avisar('numeracion-de-fracciones', fraccion.linea, `artículo ${nombre}: ${que}; se publica en el orden de la fuente con su numeral impreso. Revise la fuente.`);
      }
      if (textoDeFraccion(fraccion) === '')
        avisar('fraccion-vacia', fraccion.linea, `artículo ${nombre}: la fracción ${fraccion.numero} no tiene texto.`);
      anterior = valor;
    }
    const ultimoParrafo = leido.intro.at(-1) ?? '';
    if (leido.fracciones.length === 0 && ultimoParrafo.endsWith(':')) {
      avisar(
        'articulo-sin-fracciones',
        leido.linea,
        `el artículo ${nombre} anuncia una lista («…${ultimoParrafo.slice(-40)}») pero no tiene fracciones; se esperaban líneas «I. ...», «II. ...» después.`,
      );
    }
  }
}

/** A value in a style's numbering: 3 -> `III`, `C`, `3`, `c`. */
function marcaDeValor(estilo: Estilo, valor: number): string {
  if (estilo === 'romano') return valor >= 1 ? toRoman(valor) : String(valor);
  if (estilo === 'arabigo') return String(valor);
  const letra = String.fromCharCode(96 + Math.max(1, Math.min(26, valor)));
  return estilo === 'mayuscula' ? letra.toLocaleUpperCase('es') : letra;
}

/** The value of a marker in its style: `XIV` 14, `C` 3 (as a letter), `12` 12. */
export function valorDe(estilo: Estilo, marca: string): number {
  if (estilo === 'romano') return romanValue(marca) ?? 0;
  if (estilo === 'arabigo') return Number(marca);
  return valorDeLetra(marca);
}

/** A sub-item as printed inside its fracción's text: `a) ...`, `1. ...`, `B. ...`. */
function conMarca(item: SubItem): string {
  return item.estilo === 'letra' ? `${item.letra}) ${item.texto}` : `${item.letra}. ${item.texto}`;
}

/** The fracción as published: its paragraphs, then its incisos, in one text. */
export function textoDeFraccion(fraccion: FraccionLeida): string {
  return [...fraccion.partes, ...fraccion.incisos.map(conMarca)]
    .filter((parte) => parte !== '')
    .join(' ')
    .trim();
}

function fraccionDelModelo(fraccion: FraccionLeida): Fraccion {
  return {
    numero: fraccion.numero,
    texto: textoDeFraccion(fraccion),
    linea: fraccion.linea,
    ...(fraccion.inferido ? { inferido: true } : {}),
  };
}

function nombreDe(articulo: Pick<ArticuloLeido, 'numero' | 'linea'>): string {
  return articulo.numero === null ? `sin número (línea ${articulo.linea})` : String(articulo.numero);
}

/** Every división of a tree, depth first, in source order. */
export function* recorrer(divisiones: readonly Division[]): Generator<Division> {
  for (const division of divisiones) {
    yield division;
    yield* recorrer(division.divisiones);
  }
}
