/**
 * The procedimiento family: an IMSS procedure (cover with clave and
 * signatures, base normativa, objetivo, ámbito, definiciones, políticas, the
 * description of activities as HTML-in-Markdown tables, a flow diagram the
 * text lost).
 *
 * > | NOMBRE Y CLAVE
 * > | Procedimiento para la asesoría en la implementación del Modelo Institucional
 * > | para la Competitividad
 * > | 0508-003-001
 *       ^ recognized by a `Procedimiento para ...` title, its clave, and a
 *         "Descripción de actividades" further on; never by file name
 */
import type { Aviso, Bloque, Definicion, Documento, Line, Politica, Referencia, Seccion } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import type { Estructura, Reconocedor, Segmento } from '../../recognizer.ts';
import { colocar } from '../../colocadas.ts';
import { leerActividades, encabezadoDeActividades, type Descripcion } from './actividades.ts';
import { leerReferencia } from './base-normativa.ts';
import { bloquesDeLineas, plano, vineta, type Contexto } from './contexto.ts';
import { leerDefiniciones } from './definiciones.ts';
import { leerIndice, rotuloIndice, type EntradaDeIndice } from './indice.ts';
import { celdasDeFila, parrafosDeHtml, textoPlano } from './marcado.ts';
import { leerPoliticas } from './politicas.ts';
import { buscarTitulo, esLineaDePortada, leerPortada, type Portada } from './portada.ts';

/** "Descripción de actividades" somewhere after the title: the table of activities (or its index entry). */
const mencionDeActividades = /Descripci[oó]n\s+de\s+(?:las\s+)?actividades/iu;
/**
 * A numbered section heading: a number, a capitalized title, no closing period.
 *
 * > | 3 Ámbito de aplicación
 */
const encabezadoDeSeccion = /^\s*(\d{1,2})\.?\s+(\p{Lu}[^|]*?)\s*$/u;
/** A heading is a title, not a sentence. */
const encabezadoLongitudMax = 80;

type Parte = 'base' | 'objetivo' | 'ambito' | 'definiciones' | 'politicas' | 'actividades' | 'diagrama' | 'otra';

/** The parts of a procedure by their printed titles, and the section kind the site knows them by. */
const partes: readonly { patron: RegExp; parte: Parte; tipo: Seccion['tipo'] }[] = [
  { patron: /base\s+normativa|marco\s+(?:jur[íi]dico|normativo)|fundamento/iu, parte: 'base', tipo: 'marco-juridico' },
  { patron: /^objetivo/iu, parte: 'objetivo', tipo: 'objetivo' },
  { patron: /^[áa]mbito/iu, parte: 'ambito', tipo: 'otra' },
  { patron: /definiciones|glosario/iu, parte: 'definiciones', tipo: 'glosario' },
  { patron: /pol[íi]ticas/iu, parte: 'politicas', tipo: 'politicas' },
  { patron: mencionDeActividades, parte: 'actividades', tipo: 'otra' },
  { patron: /diagrama/iu, parte: 'diagrama', tipo: 'otra' },
];

function parteDe(titulo: string): { parte: Parte; tipo: Seccion['tipo'] } {
  return partes.find((p) => p.patron.test(titulo)) ?? { parte: 'otra', tipo: 'otra' };
}

/** The header row of a table of activities (`| Responsable | Descripción de actividades |`). */
function esEncabezadoDeTablaDeActividades(texto: string): boolean {
  if (!texto.trim().startsWith('|')) return false;
  const celdas = celdasDeFila(texto).celdas.map((celda) => textoPlano(celda, () => undefined).texto);
  return /^Responsables?$/iu.test(celdas[0] ?? '') && mencionDeActividades.test(celdas[1] ?? '');
}

export const procedimiento: Reconocedor = {
  familia: 'procedimiento',
  inicios(lines) {
    const inicios: number[] = [];
    let desde = 0;
    let previo = -1;
    for (let titulo = buscarTitulo(lines, desde); titulo; titulo = buscarTitulo(lines, desde)) {
      desde = titulo.clave + 1;
      if (!lines.slice(titulo.clave).some((line) => mencionDeActividades.test(line.texto))) continue;
      // A title repeated inside the same procedure (a page header) is not a new one: a
      // second procedure starts only after the first one's table of activities.
      if (previo >= 0 && !lines.slice(previo, titulo.desde).some((line) => esEncabezadoDeTablaDeActividades(line.texto))) continue;
      const inicio = inicioDePortada(lines, titulo.desde, previo + 1);
      inicios.push(inicio);
      previo = inicio;
    }
    return inicios;
  },
  estructurar,
};

/** The cover starts above the title: its letterhead and labels are short capitalized lines. */
function inicioDePortada(lines: readonly Line[], titulo: number, limite: number): number {
  let inicio = titulo;
  while (inicio > limite) {
    const texto = lines[inicio - 1]?.texto ?? '';
    if (texto.trim() !== '' && !esLineaDePortada(texto)) break;
    inicio--;
  }
  while (inicio < titulo && (lines[inicio]?.texto.trim() ?? '') === '') inicio++;
  return inicio;
}

interface SeccionLeida {
  numero: string | null;
  titulo: string;
  parte: Parte;
  tipo: Seccion['tipo'];
  /** The heading's line, or null when the heading is in a table cell. */
  encabezado: Line | null;
  cuerpo: Line[];
}

function estructurar(segmento: Segmento): Estructura {
  const avisos: Aviso[] = [];
  const ctx: Contexto = { archivo: segmento.archivo, avisos, avisar: avisador(segmento.archivo, avisos), colocadas: new Map() };
  const lines = segmento.lines;
  const titulo = buscarTitulo(lines);
  const primera = lines.find((line) => line.texto.trim() !== '');
  const ultima = lines.findLast((line) => line.texto.trim() !== '');
  if (!titulo) {
    ctx.avisar('procedimiento-sin-titulo', primera?.n ?? 1, 'no se encuentra el título «Procedimiento para ...» seguido de su clave (p. ej. 0508-003-001); se leen las secciones sin portada.');
  }

  // Where the cover ends: the index, the first section, or the first table of activities.
  const despues = titulo ? titulo.clave + 1 : 0;
  const indiceEn = lines.findIndex((line, i) => i >= despues && rotuloIndice.test(line.texto));
  const secciones = buscarSecciones(lines, despues);
  const primeraSeccion = secciones[0]?.desde ?? lines.length;
  const finDePortada = Math.min(indiceEn >= 0 ? indiceEn : lines.length, primeraSeccion);

  let portada: Portada | null = null;
  if (titulo) portada = leerPortada(ctx, lines.slice(0, finDePortada), titulo);

  let indice: EntradaDeIndice[] = [];
  if (indiceEn >= 0 && indiceEn < primeraSeccion) {
    // The index is its label and the table right after it; anything else stays unplaced.
    let fin = indiceEn + 1;
    while (fin < primeraSeccion && ((lines[fin]?.texto.trim() ?? '') === '' || (lines[fin]?.texto.trim().startsWith('|') ?? false))) fin++;
    indice = leerIndice(ctx, lines.slice(indiceEn, fin));
  }

  const leidas: SeccionLeida[] = secciones.map((s) => ({ ...s.seccion, cuerpo: lines.slice(s.desde + (s.seccion.encabezado ? 1 : 0), s.hasta) }));
  for (const s of leidas) if (s.encabezado) colocar(ctx.colocadas, 'encabezado', [s.encabezado]);

  const documentoSecciones: Seccion[] = [];
  if (portada?.seccion) documentoSecciones.push(portada.seccion);
  let baseNormativa: Referencia[] = [];
  let objetivo: string | null = null;
  let ambito: string | null = null;
  let definiciones: Definicion[] = [];
  let politicas: Politica[] = [];
  let descripcion: Descripcion | null = null;

  for (const s of leidas) {
    let bloques: Bloque[] = [];
    switch (s.parte) {
      case 'base': {
        const leida = leerBaseNormativa(ctx, s.cuerpo);
        baseNormativa = [...baseNormativa, ...leida.referencias];
        bloques = leida.bloques;
        break;
      }
      case 'objetivo':
        bloques = bloquesDeLineas(ctx, s.cuerpo);
        objetivo = textoDe(bloques);
        break;
      case 'ambito':
        bloques = bloquesDeLineas(ctx, s.cuerpo);
        ambito = textoDe(bloques);
        break;
      case 'definiciones': {
        const glosario = leerDefiniciones(ctx, s.cuerpo);
        definiciones = [...definiciones, ...glosario.definiciones];
        bloques = glosario.bloques;
        break;
      }
      case 'politicas': {
        const leidasPoliticas = leerPoliticas(ctx, s.cuerpo);
        politicas = [...politicas, ...leidasPoliticas.politicas];
        bloques = leidasPoliticas.bloques;
        break;
      }
      case 'actividades': {
        descripcion = leerActividades(ctx, s.cuerpo);
        bloques = descripcion.bloques;
        if (!s.encabezado) {
          if (descripcion.encabezado) {
            s.numero = descripcion.encabezado.numero;
            s.titulo = descripcion.encabezado.titulo;
          } else {
            ctx.avisar('actividades-sin-encabezado', s.cuerpo[0]?.n ?? 1, 'la tabla de actividades no tiene encabezado de sección («6 Descripción de actividades»); se publica con ese título, sin número.');
          }
        }
        break;
      }
      default:
        bloques = bloquesDeLineas(ctx, s.cuerpo);
    }
    const usadas = [s.encabezado, ...s.cuerpo].filter((line): line is Line => line !== null && line.texto.trim() !== '');
    const desde = usadas[0]?.n ?? s.encabezado?.n ?? 1;
    if (usadas.length === (s.encabezado ? 1 : 0)) {
      ctx.avisar('seccion-vacia', desde, `la sección «${[s.numero, s.titulo].filter(Boolean).join(' ')}» no tiene texto${s.parte === 'diagrama' ? ' (el diagrama era una imagen que la fuente perdió; el sitio lo reconstruye de la tabla de actividades)' : ''}.`);
    }
    documentoSecciones.push({ numero: s.numero, titulo: s.titulo, tipo: s.tipo, bloques, fuente: { archivo: ctx.archivo, desde, hasta: usadas.at(-1)?.n ?? desde } });
  }

  revisarIndice(ctx, indice, leidas);
  if (!descripcion) {
    ctx.avisar('procedimiento-sin-actividades', ultima?.n ?? 1, 'no se encuentra la descripción de actividades (tabla «| Responsable | Descripción de actividades |»).');
  }

  const documento: Documento = {
    familia: 'procedimiento',
    titulo: portada?.titulo ?? plano(ctx, primera ?? { n: 1, texto: '' }).texto,
    institucion: nombreDeInstitucion(portada?.institucion ?? null, lines),
    fechas: { expedicion: portada?.expedicion ?? null, publicacion: null, modificaciones: [] },
    acuerdos: [],
    secciones: documentoSecciones,
    unidades: [],
    procedimiento: {
      clave: portada?.clave ?? null,
      area: portada?.area ?? null,
      membrete: portada?.membrete ?? [],
      autorizacion: portada?.firmas ?? [],
      baseNormativa,
      objetivo,
      ambito,
      definiciones,
      politicas,
      actividades: descripcion?.actividades ?? [],
    },
    fuente: { archivo: ctx.archivo, desde: primera?.n ?? 1, hasta: ultima?.n ?? 1 },
  };
  return { documento, colocadas: ctx.colocadas, avisos: ctx.avisos };
}

/**
 * The sections after the cover: numbered headings whose numbers follow one
 * another (or appear in the index), and the table of activities, which the
 * conversion left without a heading line (its heading is in a cell).
 */
function buscarSecciones(lines: readonly Line[], desde: number): { seccion: Omit<SeccionLeida, 'cuerpo'>; desde: number; hasta: number }[] {
  const encontradas: { seccion: Omit<SeccionLeida, 'cuerpo'>; desde: number }[] = [];
  let esperado = 1;
  let hayActividades = false;
  for (let i = desde; i < lines.length; i++) {
    const line = lines[i] as Line;
    const m = encabezadoDeSeccion.exec(line.texto);
    const numero = Number(m?.[1]);
    const titulo = m?.[2]?.trim() ?? '';
    if (m && numero === esperado && titulo.length <= encabezadoLongitudMax && !/[.;:,]$/u.test(titulo)) {
      const { parte, tipo } = parteDe(titulo);
      encontradas.push({ seccion: { numero: String(numero), titulo, parte, tipo, encabezado: line }, desde: i });
      esperado = numero + 1;
      if (parte === 'actividades') hayActividades = true;
      continue;
    }
    if (!hayActividades && esEncabezadoDeTablaDeActividades(line.texto)) {
      // The heading sits in the first row's cell; the section starts with the table.
      encontradas.push({ seccion: { numero: null, titulo: 'Descripción de actividades', parte: 'actividades', tipo: 'otra', encabezado: null }, desde: i });
      hayActividades = true;
      // The number in the cell (`6 Descripción de actividades`) counts for the next heading.
      const enCelda = lines.slice(i, i + 4).map((l) => encabezadoEnFila(l.texto)).find((n) => n !== null);
      if (enCelda) esperado = enCelda + 1;
    }
  }
  return encontradas.map((s, k) => ({ ...s, hasta: encontradas[k + 1]?.desde ?? lines.length }));
}

/** The number of a `6 Descripción de actividades` heading inside a table row's first cell, if there is one. */
function encabezadoEnFila(texto: string): number | null {
  if (!texto.trim().startsWith('|')) return null;
  const primera = celdasDeFila(texto).celdas[0] ?? '';
  for (const parrafo of parrafosDeHtml(primera, () => undefined)) {
    const m = encabezadoDeActividades.exec(parrafo.texto);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The base normativa: one bullet per reference (wrapped lines joined), each
 * read into `Referencia`s; the bullets are also the section's list.
 *
 * > | - Números 7.1.5 y 7.1.7 de la Norma para la Implementación del Modelo ..., clave 0503-001-002 ...
 */
function leerBaseNormativa(ctx: Contexto, lines: readonly Line[]): { referencias: Referencia[]; bloques: Bloque[] } {
  const items: { linea: number; texto: string; enlaces: string[] }[] = [];
  const antes: Line[] = [];
  for (const line of lines) {
    if (line.texto.trim() === '') continue;
    const item = vineta.exec(line.texto);
    const ultimo = items.at(-1);
    if (item) {
      const { texto, enlaces } = plano(ctx, line, item[1] ?? '');
      items.push({ linea: line.n, texto, enlaces });
    } else if (ultimo) {
      const { texto, enlaces } = plano(ctx, line);
      ultimo.texto = `${ultimo.texto} ${texto}`;
      ultimo.enlaces.push(...enlaces);
    } else {
      antes.push(line);
      continue;
    }
    colocar(ctx.colocadas, 'texto', [line]);
  }
  const referencias: Referencia[] = [];
  for (const item of items) {
    const leida = leerReferencia(item.texto, item.linea, item.enlaces[0] ?? null);
    for (const dudoso of leida.dudosos) {
      ctx.avisar('subnumeral-ilegible', item.linea, `no se entiende «${dudoso}» como ordinal de subnumeral; se conserva tal cual.`);
    }
    referencias.push(...leida.referencias);
  }
  const bloques = bloquesDeLineas(ctx, antes);
  if (items.length > 0) bloques.push({ tipo: 'lista', ordenada: false, items: items.map((item) => ({ texto: item.texto })) });
  return { referencias, bloques };
}

function textoDe(bloques: readonly Bloque[]): string | null {
  const textos = bloques.flatMap((bloque) => (bloque.tipo === 'parrafo' ? [bloque.texto] : bloque.items.map((item) => item.texto)));
  return textos.length > 0 ? textos.join('\n\n') : null;
}

/** Every entry of the index should be a section; one that is not was lost by the conversion. */
function revisarIndice(ctx: Contexto, indice: readonly EntradaDeIndice[], secciones: readonly SeccionLeida[]): void {
  const clave = (texto: string) => texto.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
  for (const entrada of indice) {
    const hallada = secciones.some((s) => s.numero === entrada.numero || clave(s.titulo) === clave(entrada.titulo));
    if (!hallada) {
      ctx.avisar('seccion-del-indice-faltante', entrada.linea, `el índice lista «${entrada.numero} ${entrada.titulo}», pero el texto no tiene esa sección.`);
    }
  }
}

/** Small words that stay lowercase inside a name. */
const minusculas = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'para', 'en', 'a']);

/**
 * The institution's name: the letterhead prints it in capitals; the text
 * usually spells it out elsewhere (`Instituto Mexicano del Seguro Social`),
 * which is preferred; otherwise it is put in title case.
 */
function nombreDeInstitucion(membrete: string | null, lines: readonly Line[]): string | null {
  if (membrete === null) return null;
  if (membrete !== membrete.toUpperCase()) return membrete;
  const patron = new RegExp(membrete.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+'), 'iu');
  for (const line of lines) {
    const m = patron.exec(line.texto);
    if (m && m[0] !== m[0].toUpperCase()) return m[0].replace(/\s+/gu, ' ');
  }
  return membrete
    .toLowerCase()
    .split(/\s+/u)
    .map((palabra, i) => (i > 0 && minusculas.has(palabra) ? palabra : palabra.charAt(0).toUpperCase() + palabra.slice(1)))
    .join(' ');
}
