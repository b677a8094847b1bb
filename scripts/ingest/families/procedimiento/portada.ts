import type { Bloque, Firma, Line, Seccion } from '../../../../src/model/index.ts';
import { colocar } from '../../colocadas.ts';
import { parrafosDeLineas, plano, type Contexto } from './contexto.ts';
import { primeraFecha } from '../../constructs/fechas.ts';

/**
 * A procedure's title.
 *
 * > | Procedimiento para la asesoría en la implementación del Modelo Institucional
 *     ^ `Procedimiento` + `para|de|del|que|relativo`, capital P: a title, not a mention
 */
const tituloDeProcedimiento = /^\s*Procedimiento\s+(?:para|de|del|que|relativo)\b/u;
/**
 * An IMSS document key under the title.
 *
 * > | 0508-003-001
 */
const claveDeProcedimiento = /^\s*(?:Clave:?\s*)?(\d{4}-\d{3}-\d{3})\s*$/iu;
/** A title wraps over a few lines; a clave further down belongs to something else. */
const tituloLineasMax = 4;
/** The cover's letterhead and labels are short capitalized lines, not paragraphs. */
const lineaDePortadaLongitudMax = 80;
/** Labels of the cover. */
const rotuloNombreYClave = /^\s*NOMBRE\s+Y\s+CLAVE\s*$/iu;
const rotuloAutorizacion = /^\s*AUTORIZACI[OÓ]N\s*$/iu;
/**
 * A signature label.
 *
 * > | Revisó
 */
const rotuloDeFirma = /^\s*(Aprob[oó]|Revis[oó]|Elabor[oó]|Autoriz[oó]|Valid[oó])\s*:?\s*$/iu;
/**
 * A signer's name starts with an abbreviated title (`Lic.`, `Mtra.`, `L.L.M.`).
 *
 * > | L.L.M. Paloma Rodríguez Esparza
 */
const nombreConTitulo = /^\s*(?:\p{Lu}\p{L}{0,4}\.){1,4}\s+\p{Lu}\p{Ll}/u;
/** A stamp that dates the document (`ACTUALIZACION 17 ABR 2023`). */
const selloConFecha = /\b(?:ACTUALIZACI[OÓ]N|REGISTR\p{L}*|EXPEDICI[OÓ]N|EMISI[OÓ]N|VIGENCIA|FECHA)\b/iu;

export interface Titulo {
  /** Indices into the lines: first and last line of the title, and the clave's line. */
  desde: number;
  hasta: number;
  clave: number;
}

/**
 * Where a procedure's title and clave are: a `Procedimiento para ...` line,
 * wrapped over at most `tituloLineasMax` lines, directly followed by its clave.
 */
export function buscarTitulo(lines: readonly Line[], desde = 0): Titulo | null {
  for (let i = desde; i < lines.length; i++) {
    if (!tituloDeProcedimiento.test(lines[i]?.texto ?? '')) continue;
    let hasta = i;
    for (let j = i + 1; j < lines.length && j <= i + tituloLineasMax; j++) {
      const texto = lines[j]?.texto ?? '';
      if (claveDeProcedimiento.test(texto)) return { desde: i, hasta, clave: j };
      if (texto.trim() === '') break;
      hasta = j;
    }
  }
  return null;
}

/** True for a line of a cover's letterhead or labels: short, all capitals. */
export function esLineaDePortada(texto: string): boolean {
  const t = texto.trim();
  const letras = t.replace(/[^\p{L}]/gu, '');
  return t.length <= lineaDePortadaLongitudMax && letras.length > 0 && letras === letras.toUpperCase();
}

export interface Portada {
  titulo: string;
  clave: string | null;
  /** The institution's line of the letterhead, as printed. */
  institucion: string | null;
  membrete: string[];
  area: string | null;
  firmas: Firma[];
  /** Date of the registration stamp, if any. */
  expedicion: string | null;
  /** The authorization block and any other cover text, as a section. */
  seccion: Seccion | null;
}

/**
 * The cover: letterhead (institution, motto, issuing unit), `NOMBRE Y CLAVE`,
 * title and clave, `AUTORIZACIÓN` with the signatures, then stamps and
 * statements. Every line is placed: the signatures and any other text become
 * the `Autorización` section.
 *
 * > | INSTITUTO MEXICANO DEL SEGURO SOCIAL        <- letterhead
 * > | NOMBRE Y CLAVE                               <- label
 * > | Procedimiento para la asesoría ...           <- title
 * > | 0508-003-001                                 <- clave
 * > | AUTORIZACIÓN                                 <- section heading
 * > | Aprobó                                       <- signature label, then name and post
 */
export function leerPortada(ctx: Contexto, lines: readonly Line[], titulo: Titulo): Portada {
  const membrete: string[] = [];
  for (const line of lines.slice(0, titulo.desde)) {
    if (line.texto.trim() === '') continue;
    colocar(ctx.colocadas, 'portada', [line]);
    if (!rotuloNombreYClave.test(line.texto)) membrete.push(plano(ctx, line).texto);
  }
  const lineasDelTitulo = lines.slice(titulo.desde, titulo.hasta + 1).filter((line) => line.texto.trim() !== '');
  colocar(ctx.colocadas, 'portada', lineasDelTitulo);
  const claveLine = lines[titulo.clave];
  if (claveLine) colocar(ctx.colocadas, 'portada', [claveLine]);

  const resto = lines.slice(titulo.clave + 1);
  const firmas: Firma[] = [];
  const otros: Line[][] = [];
  let encabezado: Line | null = null;
  let rotulo: { accion: Firma['accion']; texto: string } | null = null;
  let bloque: Line[] = [];
  const cerrarBloque = () => {
    if (rotulo) leerFirmas(ctx, rotulo.accion, bloque, firmas, otros);
    else otros.push(...parrafosDeLineas(bloque));
    bloque = [];
  };
  for (const line of resto) {
    if (encabezado === null && rotuloAutorizacion.test(line.texto)) {
      encabezado = line;
      colocar(ctx.colocadas, 'firma', [line]);
      continue;
    }
    const deFirma = rotuloDeFirma.exec(line.texto);
    if (deFirma) {
      cerrarBloque();
      rotulo = { accion: accionDe(deFirma[1] ?? ''), texto: deFirma[1] ?? '' };
      colocar(ctx.colocadas, 'firma', [line]);
      continue;
    }
    bloque.push(line);
  }
  cerrarBloque();

  const bloques: Bloque[] = [];
  if (firmas.length > 0) {
    bloques.push({
      tipo: 'lista',
      ordenada: false,
      items: firmas.map((firma) => ({
        texto: `${rotuloDe(firma.accion)}: ${firma.nombre}${firma.cargo ? `, ${firma.cargo}` : ''}${firma.area ? ` (${firma.area})` : ''}`,
      })),
    });
  }
  let expedicion: string | null = null;
  for (const grupo of otros) {
    colocar(ctx.colocadas, 'portada', grupo);
    const texto = grupo.map((line) => plano(ctx, line).texto).join(' ');
    if (expedicion === null && selloConFecha.test(texto)) expedicion = primeraFecha(texto);
    bloques.push({ tipo: 'parrafo', texto });
  }
  const usadas = [encabezado, ...resto].filter((line): line is Line => line !== null && line.texto.trim() !== '');
  const seccion: Seccion | null =
    bloques.length === 0 && encabezado === null
      ? null
      : {
          numero: null,
          titulo: encabezado ? 'Autorización' : 'Portada',
          tipo: 'otra',
          bloques,
          fuente: { archivo: ctx.archivo, desde: usadas[0]?.n ?? claveLine?.n ?? 1, hasta: usadas.at(-1)?.n ?? claveLine?.n ?? 1 },
        };
  return {
    titulo: lineasDelTitulo.map((line) => plano(ctx, line).texto).join(' '),
    clave: claveDeProcedimiento.exec(claveLine?.texto ?? '')?.[1] ?? null,
    institucion: membrete[0] ?? null,
    membrete,
    // The issuing unit is the letterhead's last line, after the institution (and its motto).
    area: membrete.length > 1 ? (membrete.at(-1) ?? null) : null,
    firmas,
    expedicion,
    seccion,
  };
}

function accionDe(rotulo: string): Firma['accion'] {
  const r = rotulo.toLowerCase();
  if (r.startsWith('aprob')) return 'aprobo';
  if (r.startsWith('revis')) return 'reviso';
  if (r.startsWith('elabor')) return 'elaboro';
  if (r.startsWith('autoriz')) return 'autorizo';
  return 'valido';
}

function rotuloDe(accion: Firma['accion']): string {
  return { aprobo: 'Aprobó', reviso: 'Revisó', elaboro: 'Elaboró', autorizo: 'Autorizó', valido: 'Validó' }[accion];
}

/**
 * The signers under one label: a name (with its title) and the post on the
 * lines after it, or in the paragraph after it; an all-caps paragraph just
 * before a name is the unit printed above the signature. Paragraphs after the
 * last signer (stamps, statements) go to `otros`.
 *
 * > | COORDINACION DE MODERNIZACION      <- area of the next signer
 * > | Y COMPETITIVIDAD
 * > |
 * > | L.L.M. Paloma Rodríguez Esparza    <- name
 * > |
 * > | Titular de la División de ...      <- post, in a paragraph of its own
 */
function leerFirmas(ctx: Contexto, accion: Firma['accion'], lines: readonly Line[], firmas: Firma[], otros: Line[][]): void {
  const grupos = parrafosDeLineas(lines);
  const texto = (grupo: readonly Line[]) => grupo.map((line) => plano(ctx, line).texto).join(' ');
  let area: Line[] | null = null;
  let ultima: Firma | null = null;
  for (let i = 0; i < grupos.length; i++) {
    const grupo = grupos[i] ?? [];
    const primera = grupo[0];
    if (!primera) continue;
    const siguiente = grupos[i + 1]?.[0];
    if (nombreConTitulo.test(primera.texto) || (ultima === null && area === null && !esLineaDePortada(primera.texto))) {
      const cargo = grupo.slice(1);
      ultima = {
        accion,
        nombre: plano(ctx, primera).texto,
        cargo: cargo.length > 0 ? texto(cargo) : null,
        area: area ? texto(area) : null,
        linea: primera.n,
      };
      firmas.push(ultima);
      colocar(ctx.colocadas, 'firma', [...grupo, ...(area ?? [])]);
      area = null;
    } else if (ultima && ultima.cargo === null && !esLineaDePortada(primera.texto)) {
      ultima.cargo = texto(grupo);
      colocar(ctx.colocadas, 'firma', grupo);
    } else if (area === null && grupo.every((line) => esLineaDePortada(line.texto)) && siguiente && nombreConTitulo.test(siguiente.texto)) {
      area = grupo;
    } else {
      otros.push(...grupos.slice(i));
      break;
    }
  }
  if (area) otros.push(area);
}
