import type { Aviso } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { colocar, type Colocadas } from '../../colocadas.ts';
import { joinWrapped } from '../../constructs/numbered-list.ts';
import type { Parrafo } from './articulado.ts';
import { tituloDeEstatuto, type LineaLeida } from './lineas.ts';

/** The printed contents list, one entry per división (`TÍTULO PRIMERO. DISPOSICIONES GENERALES`). */
export interface Indice {
  entradas: Parrafo[];
  desde: number;
  hasta: number;
}

/** What comes before the first article's heading: title, preámbulo, contents list. */
export interface Preliminares {
  /** The DOF title line, as printed without its final period. */
  titulo: string;
  /** The institution the title names (`Servicios de Salud ... (SESA-BIENESTAR)`). */
  institucion: string | null;
  preambulo: Parrafo[];
  indice: Indice | null;
  /** Index into the segment's lines where the body (first rótulo or first article) starts. */
  inicioCuerpo: number;
  colocadas: Colocadas;
  avisos: Aviso[];
}

/**
 * The body an ordinance's title names, after `ESTATUTO Orgánico de los`, `Reglamento Interior del`.
 *
 * > | ESTATUTO Orgánico de los Servicios de Salud del Estado (SESA-BIENESTAR).
 *                              ^ institution, up to the final period
 */
const institucionDelTitulo = /^(?:ESTATUTO|REGLAMENTO)\s+(?:Org[áa]nico|General|Interior|Interno)\s+(?:de\s+l[oa]s?|del|de\s+la|de|para\s+el|para\s+la)\s+(.+?)\.?$/iu;
/** A title's lines: the first, and any that finish it before a blank line. */
const tituloLineasMax = 4;

/** Line classes that may stand between the contents list and the first article: headings and furniture. */
const deEncabezado = new Set<LineaLeida['clase']>(['blanca', 'division', 'mayusculas', 'indice', 'transitorios', 'pagina']);

/**
 * Reads the lines before the body of an estatuto.
 *
 * > | ESTATUTO Orgánico de los Servicios de Salud del ... (SESA-BIENESTAR).     <- title
 * > | Al margen un sello con el Escudo Nacional, que dice: ...                 <- preámbulo
 * > | ESTATUTO ORGÁNICO DE LOS SERVICIOS DE SALUD DEL ... (SESA-BIENESTAR).     <- title repeated (a heading)
 * > | La Junta de Gobierno ..., acuerda expedir el siguiente:                  <- preámbulo
 * > | ÍNDICE                                                                    <- contents list ...
 * > | TÍTULO PRIMERO
 * > | ...
 * > | ARTÍCULOS TRANSITORIOS                                                    <- ... to here
 * > | TÍTULO PRIMERO DISPOSICIONES GENERALES CAPÍTULO I                         <- body: the first rótulo seen twice
 *
 * The contents list is told from the body by content: it is the run of
 * headings before the first article, and the body starts where that run
 * repeats its first rótulo (`TÍTULO PRIMERO`). Its entries are kept as a
 * section of kind `indice`, so no line is lost.
 */
export function leerPreliminares(archivo: string, lineas: readonly LineaLeida[], marcasDeNota: readonly string[] = []): Preliminares {
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const colocadas: Colocadas = new Map();

  const iTitulo = lineas.findIndex((linea) => tituloDeEstatuto.test(linea.limpio));
  const primera = lineas.find((linea) => linea.clase !== 'blanca');
  const lineaTitulo = lineas[iTitulo];
  const lineasDelTitulo = iTitulo >= 0 ? lineasDeTitulo(lineas, iTitulo, marcasDeNota) : [];
  const titulo = sinMarcaDeNota(
    (lineasDelTitulo.length > 0 ? lineasDelTitulo.map((linea) => linea.limpio).join(' ') : (primera?.limpio ?? '')).replace(/\s+/gu, ' '),
    marcasDeNota,
  ).replace(/\.$/u, '');
  if (!lineaTitulo) {
    avisar('sin-titulo', primera?.n ?? 1, `no se encontró el título «ESTATUTO Orgánico de ...» ni «REGLAMENTO Interior de ...»; se usa la primera línea como título.`);
  }
  const institucion = lineaTitulo ? (institucionDelTitulo.exec(titulo)?.[1]?.trim() ?? null) : null;
  const delTitulo = new Set(lineasDelTitulo.map((linea) => linea.n));

  const desdeTitulo = Math.max(iTitulo, 0);
  let iArticulo = lineas.findIndex((linea, i) => i > desdeTitulo && linea.clase === 'articulo');
  if (iArticulo < 0) {
    avisar('sin-articulos', primera?.n ?? 1, 'el estatuto no tiene ningún «Artículo N.»; se publica solo su preámbulo.');
    iArticulo = lineas.length;
  }
  // The run of headings right before the first article: the contents list, if any, and the body's first headings.
  let iRacha = iArticulo;
  while (iRacha - 1 > desdeTitulo && deEncabezado.has(lineas[iRacha - 1]?.clase ?? 'parrafo')) iRacha--;
  const racha = lineas.slice(iRacha, iArticulo).map((linea, k) => ({ linea, i: iRacha + k }));
  const iPalabraIndice = racha.find(({ linea }) => linea.clase === 'indice')?.i ?? null;
  const conRotulo = racha.filter(({ linea, i }) => (iPalabraIndice === null || i > iPalabraIndice) && primerRotulo(linea) !== null);
  const primerEncabezado = conRotulo[0];
  let inicioCuerpo = primerEncabezado?.i ?? iArticulo;
  let inicioIndice: number | null = iPalabraIndice;
  if (primerEncabezado) {
    const clave = primerRotulo(primerEncabezado.linea);
    const repetido = conRotulo.findLast(({ linea }) => primerRotulo(linea) === clave);
    if (repetido && repetido.i > primerEncabezado.i) {
      inicioCuerpo = repetido.i;
      inicioIndice ??= primerEncabezado.i;
    } else if (iPalabraIndice !== null) {
      avisar(
        'indice-sin-fin',
        lineas[iPalabraIndice]?.n ?? 1,
        `hay un índice, pero su primer rótulo («${clave ?? ''}») no se repite antes del artículo 1; se toma el índice como vacío. Revise dónde empieza el articulado.`,
      );
    }
  }

  const preambulo: Parrafo[] = [];
  let continuar: Parrafo | null = null;
  const finPreambulo = inicioIndice ?? inicioCuerpo;
  for (const [i, linea] of lineas.slice(0, finPreambulo).entries()) {
    if (linea.clase === 'blanca') {
      continuar = null;
      continue;
    }
    // A DOF page header the normalize stage left is not text: not placed, so the report shows it.
    if (linea.clase === 'pagina') continue;
    // The title, and its repetitions in capitals as headings, are the document's title.
    if (i === iTitulo || delTitulo.has(linea.n) || tituloDeEstatuto.test(linea.limpio)) {
      colocar(colocadas, 'portada', [linea.n]);
      continuar = null;
      if (tituloDeEstatuto.test(linea.limpio)) for (const otra of lineasDeTitulo(lineas, i, marcasDeNota)) delTitulo.add(otra.n);
      continue;
    }
    colocar(colocadas, 'texto', [linea.n]);
    if (continuar) continuar.texto = joinWrapped(continuar.texto, linea.limpio);
    else {
      continuar = { texto: linea.limpio, linea: linea.n };
      preambulo.push(continuar);
    }
  }

  let indice: Indice | null = null;
  if (inicioIndice !== null) {
    indice = leerIndice(lineas.slice(inicioIndice, inicioCuerpo), colocadas);
  }
  return { titulo, institucion, preambulo, indice, inicioCuerpo, colocadas, avisos };
}

/**
 * A title's lines from its first: the lines right below that finish it (a
 * title in capitals wrapped over three lines, a centered title over two),
 * up to a blank line or a line of another kind.
 *
 * > | REGLAMENTO INTERIOR DE LA COMISION DE ADMINISTRACION DEL
 * > | TRIBUNAL PARA MENORES INFRACTORES DEL PODER JUDICIAL DEL
 * > | ESTADO LIBRE Y SOBERANO
 */
function lineasDeTitulo(lineas: readonly LineaLeida[], i: number, marcasDeNota: readonly string[]): LineaLeida[] {
  const primera = lineas[i];
  if (!primera) return [];
  const tomadas = [primera];
  const enMayusculas = !/\p{Ll}/u.test(primera.limpio);
  for (let j = i + 1; j < lineas.length && tomadas.length < tituloLineasMax; j++) {
    const linea = lineas[j];
    const anterior = sinMarcaDeNota(tomadas.at(-1)?.limpio ?? '', marcasDeNota);
    if (!linea || linea.clase === 'blanca' || /[.:;]$/u.test(anterior)) break;
    if (linea.clase !== 'mayusculas' && linea.clase !== 'parrafo') break;
    if (enMayusculas !== !/\p{Ll}/u.test(linea.limpio) || linea.limpio.endsWith(':')) break;
    tomadas.push(linea);
  }
  return tomadas;
}

/** A title without the footnote call it ends with (`... para el Retiro. 1`). */
function sinMarcaDeNota(titulo: string, marcas: readonly string[]): string {
  for (const marca of marcas) {
    const sin = titulo.replace(new RegExp(`\\s*${marca.replace(/[*]/gu, '\\*')}$`, 'u'), '');
    if (sin !== titulo) return sin.trimEnd();
  }
  return titulo;
}

/**
 * The contents list's entries: a rótulo takes the name that follows it.
 *
 * > | TÍTULO PRIMERO            -> `TÍTULO PRIMERO. DISPOSICIONES GENERALES`
 * > | DISPOSICIONES GENERALES
 * > | CAPÍTUI O II              -> OCR damage, kept as printed: `CAPÍTUI O II. DE LAS COMISIONES Y COMITÉS`
 * > | DE LAS COMISIONES Y COMITÉS
 */
function leerIndice(lineas: readonly LineaLeida[], colocadas: Colocadas): Indice | null {
  const entradas: Parrafo[] = [];
  /** The last entry still waiting for its name. */
  let abierta: Parrafo | null = null;
  let desde: number | null = null;
  let hasta = 0;
  const nombrar = (texto: string, n: number) => {
    if (abierta) {
      abierta.texto = `${abierta.texto}. ${texto}`;
      abierta = null;
    } else {
      abierta = { texto, linea: n };
      entradas.push(abierta);
    }
  };
  for (const linea of lineas) {
    if (linea.clase === 'blanca') continue;
    if (linea.clase === 'pagina') continue;
    colocar(colocadas, 'indice', [linea.n]);
    desde ??= linea.n;
    hasta = linea.n;
    if (linea.clase === 'indice') continue;
    if (linea.clase === 'transitorios') {
      entradas.push({ texto: linea.limpio, linea: linea.n });
      abierta = null;
    } else if (linea.clase === 'division') {
      for (const parte of linea.partes) {
        if (parte.parte === 'rotulo') {
          abierta = { texto: parte.rotulo, linea: linea.n };
          entradas.push(abierta);
        } else nombrar(parte.texto, linea.n);
      }
    } else nombrar(linea.limpio, linea.n);
  }
  return desde === null ? null : { entradas, desde, hasta };
}

/** The first rótulo of a heading line, accents and spacing aside (`TITULO PRIMERO`), or null. */
function primerRotulo(linea: LineaLeida): string | null {
  if (linea.clase !== 'division') return null;
  const parte = linea.partes.find((candidata) => candidata.parte === 'rotulo');
  if (!parte || parte.parte !== 'rotulo') return null;
  return parte.rotulo.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}
