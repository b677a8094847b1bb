import type { Actividad, Bloque, Line } from '../../../../src/model/index.ts';
import { colocar } from '../../colocadas.ts';
import { alAvisarEn, bloquesDeLineas, type Contexto } from './contexto.ts';
import { celdasDeFila, esFilaDelimitadora, parrafosDeHtml, textoPlano, type Parrafo } from './marcado.ts';
import { encabezadoDeEtapa } from './politicas.ts';
import { alinearResponsables } from './responsables.ts';

/**
 * The section heading, where the conversion left it: on its own line or in
 * the first cell of the first row.
 *
 * > | | <p>6 Descripción de actividades</p> <p>UIT/CMC</p> ... |
 *         ^ numero 6, titulo
 */
export const encabezadoDeActividades = /^(\d{1,2})\.?\s+(Descripci[oó]n\s+de\s+(?:las\s+)?actividades)$/iu;
/**
 * A numbered activity.
 *
 * > | <p>12. Recibe correo electrónico de la División de Implementación e identifica si ...</p>
 *          ^ numero, then its text
 */
const actividadNumerada = /^(\d{1,3})\.\s+(.*)$/su;
/**
 * Where the flow goes: a paragraph of its own, or the end of an activity's text.
 *
 * > | <p>Continúa en la actividad 17.</p>
 */
const continua = /^Contin[úu]a\s+(?:en|con)\s+(?:la\s+)?actividad\s+(?:n[úu]m(?:ero|\.)?\s*)?(\d{1,3})\.?$/iu;
const continuaAlFinal = /\s*Contin[úu]a\s+(?:en|con)\s+(?:la\s+)?actividad\s+(?:n[úu]m(?:ero|\.)?\s*)?(\d{1,3})\.?$/iu;
/** The end of the procedure, on its own or closing an activity. */
const finDelProcedimiento = /^(?:Fin(?:\s+del)?\s+procedimiento|Termina(?:\s+el)?\s+procedimiento)\.?$/iu;
const finAlFinal = /\s*(?:Fin(?:\s+del)?\s+procedimiento|Termina(?:\s+el)?\s+procedimiento)\.?$/iu;
/** A note under an activity (`NOTA: Durante el periodo de implementación ...`). */
const nota = /^NOTA\s*:/iu;
/**
 * An activity that decides: the branch labels after it are its outcomes.
 *
 * > | <p>21. Registra la visita ... y determina si por caso fortuito se realizan ajustes ...</p>
 */
const verbosDeDecision = /\b(?:determina|verifica|identifica|eval[úu]a|analiza|decide|comprueba|revisa)\b/iu;
/** A branch label is a short phrase (`Unidades ratificadas`); a longer sentence is text. */
const condicionLongitudMax = 160;
/** Abbreviations whose period does not end a sentence. */
const abreviaturaAlFinal = /(?:^|\s)(?:Lic|Dr|Dra|Mtro|Mtra|Ing|No|N[úu]m|Art|Arts|Fracc|Inc|Sr|Sra|Sres|etc|p\. ej|C)\.$/iu;
const encabezadoDeResponsable = /^Responsables?$/iu;
const encabezadoDeDescripcion = /^Descripci[oó]n(?:\s+de\s+(?:las\s+)?actividades)?$/iu;

/** One table row as the source has it: one line, or several when a break cut it. */
interface Fila {
  linea: number;
  texto: string;
  /** A blank line or other text came before it: a new table starts here. */
  trasCorte: boolean;
}

/** An activity being read; its number and successors are settled at the end. */
interface Borrador {
  numero: number | null;
  texto: string;
  etapa: string | null;
  responsable: string;
  siguientes: { actividad: number; condicion: string | null; linea: number }[];
  fin: boolean;
  observaciones: string[];
  notas: string[];
  linea: number;
}

type Evento =
  | { tipo: 'actividad'; borrador: Borrador }
  | { tipo: 'continua'; destino: number; linea: number }
  | { tipo: 'fin'; linea: number }
  | { tipo: 'nota'; texto: string; linea: number }
  | { tipo: 'etapa'; texto: string; linea: number }
  | { tipo: 'condicion'; texto: string; linea: number }
  | { tipo: 'texto'; texto: string; linea: number };

export interface Descripcion {
  actividades: Actividad[];
  /** The section heading found in a cell, if any. */
  encabezado: { numero: string; titulo: string; linea: number } | null;
  /** Text outside the tables, as blocks. */
  bloques: Bloque[];
  /** Number of tables (header rows) read. */
  tablas: number;
}

/**
 * The description of activities: Markdown pipe tables (Responsable |
 * Descripción de actividades) whose cells hold HTML, one table per page.
 * Activities are numbered across rows and tables; stage headings, branch
 * labels and "Continúa en la actividad N" sit between them.
 *
 * > | | Responsable | Descripción de actividades |
 * > | |--|--|
 * > | | División de Implementación | <p>7. Resguarda ...</p> <p style="text-align: center;">Unidades ratificadas</p> <p>Continúa en la actividad 17.</p> |
 *                                    ^ activity 7  ^ branch label of the decision above              ^ that branch goes to 17
 */
export function leerActividades(ctx: Contexto, lines: readonly Line[]): Descripcion {
  const { filas, sueltas } = agruparFilas(ctx, lines);
  let encabezado: Descripcion['encabezado'] = null;
  let tablas = 0;
  let enTabla = false;
  const eventos: Evento[] = [];
  const borradoresPorFila: { roles: string[]; borradores: Borrador[]; linea: number }[] = [];
  let etapa: string | null = null;

  for (const fila of filas) {
    if (fila.trasCorte) enTabla = false;
    if (esFilaDelimitadora(fila.texto)) continue;
    const alAvisar = alAvisarEn(ctx, fila.linea);
    const celdas = celdasDeFila(fila.texto).celdas;
    const planas = celdas.map((celda) => textoPlano(celda, () => undefined).texto);
    if (planas.length >= 2 && encabezadoDeResponsable.test(planas[0] ?? '') && encabezadoDeDescripcion.test(planas[1] ?? '')) {
      tablas++;
      enTabla = true;
      continue;
    }
    if (!enTabla) {
      ctx.avisar('tabla-sin-encabezado', fila.linea, 'fila de actividades sin el encabezado «| Responsable | Descripción de actividades |» antes; se lee como continuación de la tabla anterior. Revise si la tabla quedó partida.');
      enTabla = true;
    }
    let celdaRoles = celdas[0] ?? '';
    let celdaDescripcion = celdas.slice(1).join(' ');
    if (celdas.length < 2) {
      ctx.avisar('fila-incompleta', fila.linea, `la fila tiene ${celdas.length} celda(s); se esperaban 2 (Responsable | Descripción de actividades). Revise si la fila está cortada.`);
      if (actividadNumerada.test(planas[0] ?? '') || /<p\b/iu.test(celdaRoles)) {
        celdaDescripcion = celdaRoles;
        celdaRoles = '';
      }
    } else if (celdas.length > 2) {
      ctx.avisar('fila-con-celdas-de-mas', fila.linea, `la fila tiene ${celdas.length} celdas; se esperaban 2. Las celdas de más se leen como parte de la descripción.`);
    }
    const roles: string[] = [];
    for (const parrafo of parrafosDeHtml(celdaRoles, alAvisar)) {
      const titulo = encabezadoDeActividades.exec(parrafo.texto);
      if (titulo) encabezado ??= { numero: titulo[1] ?? '', titulo: titulo[2] ?? '', linea: fila.linea };
      else if (!encabezadoDeResponsable.test(parrafo.texto)) roles.push(parrafo.texto);
    }
    const borradores: Borrador[] = [];
    const parrafos = parrafosDeHtml(celdaDescripcion, alAvisar);
    if (parrafos.length === 0) ctx.avisar('fila-sin-descripcion', fila.linea, 'la fila no tiene descripción de actividades; revise si la fila está cortada.');
    for (let k = 0; k < parrafos.length; k++) {
      const parrafo = parrafos[k] as Parrafo;
      const texto = parrafo.texto;
      const titulo = encabezadoDeActividades.exec(texto);
      if (titulo) {
        encabezado ??= { numero: titulo[1] ?? '', titulo: titulo[2] ?? '', linea: fila.linea };
        continue;
      }
      const deEtapa = encabezadoDeEtapa.exec(texto);
      if (deEtapa && texto.length <= condicionLongitudMax) {
        let nombre = (deEtapa[2] ?? '').trim();
        const rotulo = texto.slice(0, texto.length - nombre.length).replace(/[\s.:]+$/u, '');
        const siguiente = parrafos[k + 1];
        if (nombre === '' && siguiente && esTituloDeEtapa(siguiente)) {
          nombre = siguiente.texto;
          k++;
        }
        etapa = nombre === '' ? rotulo : `${rotulo}: ${nombre}`;
        eventos.push({ tipo: 'etapa', texto: etapa, linea: fila.linea });
        continue;
      }
      const destino = continua.exec(texto);
      if (destino) {
        eventos.push({ tipo: 'continua', destino: Number(destino[1]), linea: fila.linea });
        continue;
      }
      if (finDelProcedimiento.test(texto)) {
        eventos.push({ tipo: 'fin', linea: fila.linea });
        continue;
      }
      if (nota.test(texto)) {
        eventos.push({ tipo: 'nota', texto, linea: fila.linea });
        continue;
      }
      const numerada = actividadNumerada.exec(texto);
      if (parrafo.sueltoEnLista || numerada) {
        // Loose text in a list is items whose markers were lost: one activity per sentence.
        const piezas = parrafo.sueltoEnLista ? oraciones(texto) : [texto];
        for (const pieza of piezas) {
          const conNumero = actividadNumerada.exec(pieza);
          const borrador = nuevoBorrador(conNumero ? Number(conNumero[1]) : null, conNumero ? (conNumero[2] ?? '') : pieza, etapa, fila.linea);
          borradores.push(borrador);
          eventos.push({ tipo: 'actividad', borrador });
          colaDeActividad(borrador, eventos, fila.linea);
        }
        continue;
      }
      if (/\.$/u.test(texto) && texto.length > condicionLongitudMax) {
        ctx.avisar('parrafo-sin-numero', fila.linea, `párrafo largo sin número de actividad («${texto.slice(0, 60)}…»); se une al texto de la actividad anterior. Revise si perdió su número.`);
        eventos.push({ tipo: 'texto', texto, linea: fila.linea });
        continue;
      }
      eventos.push({ tipo: 'condicion', texto, linea: fila.linea });
    }
    borradoresPorFila.push({ roles, borradores, linea: fila.linea });
  }

  numerar(ctx, eventos);
  asignarResponsables(ctx, borradoresPorFila);
  const borradores = eventos.flatMap((evento) => (evento.tipo === 'actividad' ? [evento.borrador] : []));
  enlazar(ctx, eventos);
  revisarFlujo(ctx, borradores);
  return {
    actividades: borradores.map((b) => ({
      numero: b.numero ?? 1,
      responsable: b.responsable,
      texto: b.texto,
      etapa: b.etapa,
      siguientes: b.siguientes.map(({ actividad, condicion }) => ({ actividad, condicion })),
      fin: b.fin,
      observaciones: b.observaciones,
      notas: b.notas,
      linea: b.linea,
    })),
    encabezado,
    bloques: [...textoFueraDeTablas(ctx, sueltas, filas.length > 0), ...transcripcion(eventos)],
    tablas,
  };
}

/**
 * The table as text, in source order, so the page reads whole and search
 * finds it: stages, branch labels, jumps and notes as paragraphs, runs of
 * activities as list items `N. Responsable: texto`.
 */
function transcripcion(eventos: readonly Evento[]): Bloque[] {
  const bloques: Bloque[] = [];
  const parrafo = (texto: string) => bloques.push({ tipo: 'parrafo', texto });
  let hayActividad = false;
  for (const evento of eventos) {
    switch (evento.tipo) {
      case 'actividad': {
        hayActividad = true;
        const b = evento.borrador;
        const item = { texto: `${b.numero}. ${b.responsable ? `${b.responsable}: ` : ''}${b.texto}` };
        const previo = bloques.at(-1);
        if (previo?.tipo === 'lista') previo.items.push(item);
        else bloques.push({ tipo: 'lista', ordenada: false, items: [item] });
        break;
      }
      case 'continua':
        parrafo(`Continúa en la actividad ${evento.destino}.`);
        break;
      case 'fin':
        parrafo('Fin del procedimiento.');
        break;
      case 'texto':
        // Joined to its activity's text above, when there is one.
        if (!hayActividad) parrafo(evento.texto);
        break;
      default:
        parrafo(evento.texto);
    }
  }
  return bloques;
}

function nuevoBorrador(numero: number | null, texto: string, etapa: string | null, linea: number): Borrador {
  return { numero, texto: texto.trim(), etapa, responsable: '', siguientes: [], fin: false, observaciones: [], notas: [], linea };
}

/** "… y lo registra. Continúa en la actividad 17." closing an activity's own paragraph. */
function colaDeActividad(borrador: Borrador, eventos: Evento[], linea: number): void {
  const destino = continuaAlFinal.exec(borrador.texto);
  if (destino && destino.index > 0) {
    borrador.texto = borrador.texto.slice(0, destino.index).trim();
    eventos.push({ tipo: 'continua', destino: Number(destino[1]), linea });
    return;
  }
  const fin = finAlFinal.exec(borrador.texto);
  if (fin && fin.index > 0) {
    borrador.texto = borrador.texto.slice(0, fin.index).trim();
    eventos.push({ tipo: 'fin', linea });
  }
}

function esTituloDeEtapa(parrafo: Parrafo): boolean {
  const texto = parrafo.texto;
  return (
    !parrafo.sueltoEnLista &&
    !actividadNumerada.test(texto) &&
    !continua.test(texto) &&
    !encabezadoDeEtapa.test(texto) &&
    !nota.test(texto) &&
    texto.length <= condicionLongitudMax
  );
}

/**
 * Sentences of loose list text, each an activity that lost its number.
 *
 * > | Solicita en el último trimestre ... del MC. Acuerda con la alta dirección ...
 *                                                ^ a period, then a capital: next activity
 */
export function oraciones(texto: string): string[] {
  const piezas = texto.split(/(?<=\.)\s+(?=[\p{Lu}¿¡“"«])/u);
  const unidas: string[] = [];
  for (const pieza of piezas) {
    const previa = unidas.at(-1);
    if (previa !== undefined && (abreviaturaAlFinal.test(previa) || /^\d{1,3}\.$/u.test(previa))) unidas[unidas.length - 1] = `${previa} ${pieza}`;
    else unidas.push(pieza);
  }
  return unidas.map((pieza) => pieza.trim()).filter((pieza) => pieza !== '');
}

/**
 * Table rows, rejoining a row that a break split over several lines (a row
 * ends with `|`); lines outside any row are returned apart.
 */
function agruparFilas(ctx: Contexto, lines: readonly Line[]): { filas: Fila[]; sueltas: Line[] } {
  const filas: Fila[] = [];
  const sueltas: Line[] = [];
  let trasCorte = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const texto = line.texto.trim();
    if (texto === '') {
      trasCorte = true;
      continue;
    }
    if (!texto.startsWith('|')) {
      sueltas.push(line);
      trasCorte = true;
      continue;
    }
    colocar(ctx.colocadas, 'actividades', [line]);
    const fila: Fila = { linea: line.n, texto, trasCorte };
    trasCorte = false;
    let partes = 1;
    while (!cierraFila(fila.texto)) {
      const siguiente = lines[i + 1];
      const suyo = siguiente?.texto.trim() ?? '';
      if (!siguiente || suyo === '' || suyo.startsWith('|')) {
        ctx.avisar('fila-cortada', line.n, 'la fila de la tabla no termina en «|»: parece cortada. Se lee lo que hay; revise el texto contra el PDF.');
        break;
      }
      i++;
      partes++;
      fila.texto += ` ${suyo}`;
      colocar(ctx.colocadas, 'actividades', [siguiente]);
    }
    if (partes > 1 && cierraFila(fila.texto)) {
      ctx.avisar('fila-partida', line.n, `la fila de la tabla ocupa ${partes} líneas (${line.n}-${line.n + partes - 1}); se unieron en una.`);
    }
    filas.push(fila);
  }
  return { filas, sueltas };
}

function cierraFila(texto: string): boolean {
  return texto.length > 1 && texto.endsWith('|') && !texto.endsWith('\\|');
}

function textoFueraDeTablas(ctx: Contexto, sueltas: readonly Line[], hayTablas: boolean): Bloque[] {
  if (hayTablas) {
    for (const line of sueltas) {
      ctx.avisar('texto-fuera-de-tabla', line.n, 'texto fuera de las tablas de actividades; se publica como párrafo de la sección. Revise si pertenece a una actividad.');
    }
  }
  return bloquesDeLineas(ctx, sueltas);
}

/**
 * Numbers activities that lost theirs from the one before (the first is 1),
 * and reports numbers that do not follow: a gap, a repeat, an activity out
 * of order. Printed numbers are kept: they are what readers cite.
 */
function numerar(ctx: Contexto, eventos: readonly Evento[]): void {
  let previo: number | null = null;
  let mayor = 0;
  const vistos = new Map<number, number>();
  for (const evento of eventos) {
    if (evento.tipo !== 'actividad') continue;
    const b = evento.borrador;
    if (b.numero === null) {
      b.numero = (previo ?? 0) + 1;
      b.notas.push(`número inferido: la fuente perdió el número de esta actividad (lista sin marcas); se numera por su posición después de la ${previo ?? 'apertura de la tabla'}.`);
    }
    const repetida = vistos.get(b.numero);
    if (repetida !== undefined) {
      ctx.avisar('actividad-repetida', b.linea, `la actividad ${b.numero} aparece dos veces (también en la línea ${repetida}); «Continúa en la actividad ${b.numero}» apunta a ambas. Revise la numeración.`);
    } else if (b.numero < mayor) {
      ctx.avisar('actividad-fuera-de-orden', b.linea, `la actividad ${b.numero} aparece después de la ${mayor}; se conserva el número impreso y el orden de la fuente. Revise el orden.`);
    } else if (b.numero > mayor + 1) {
      const faltan = b.numero === mayor + 2 ? `la ${mayor + 1}` : `de la ${mayor + 1} a la ${b.numero - 1}`;
      ctx.avisar('actividad-faltante', b.linea, `la actividad ${b.numero} sigue a la ${mayor}; falta ${faltan} en este punto. Se conserva el número impreso; revise si falta o está en otro lugar.`);
    }
    if (repetida === undefined) vistos.set(b.numero, b.linea);
    mayor = Math.max(mayor, b.numero);
    previo = b.numero;
  }
}

/**
 * Gives each activity its role. A row with one role: all its activities. A
 * cell the conversion merged (several roles for several activities): one role
 * per activity when the counts match, otherwise by `alinearResponsables`, and
 * each such activity says so in its `notas`.
 */
function asignarResponsables(ctx: Contexto, filas: readonly { roles: string[]; borradores: Borrador[]; linea: number }[]): void {
  let anterior = '';
  for (const { roles, borradores, linea } of filas) {
    if (borradores.length === 0) {
      if (roles.length > 1) ctx.avisar('responsables-sin-actividad', linea, `la fila nombra ${roles.length} responsables (${roles.join('; ')}) pero no tiene actividades nuevas.`);
      if (roles.length > 0) anterior = roles.at(-1) ?? anterior;
      continue;
    }
    if (roles.length === 0) {
      ctx.avisar('responsable-faltante', linea, `la fila no nombra responsable; sus actividades (${numeros(borradores)}) se asignan a «${anterior || 'sin responsable'}», el de la fila anterior.`);
      for (const b of borradores) {
        b.responsable = anterior;
        b.notas.push('responsable inferido: la fila no lo nombra; se toma el de la fila anterior.');
      }
      continue;
    }
    if (roles.length === 1) {
      for (const b of borradores) b.responsable = roles[0] ?? '';
    } else if (roles.length === borradores.length) {
      borradores.forEach((b, i) => {
        b.responsable = roles[i] ?? '';
        b.notas.push(`responsable inferido: la fuente juntó ${roles.length} filas en una celda con ${roles.length} responsables y ${borradores.length} actividades; se asignó uno por actividad, en orden.`);
      });
    } else if (roles.length < borradores.length) {
      const asignacion = alinearResponsables(
        roles,
        borradores.map((b) => b.texto),
      );
      borradores.forEach((b, i) => {
        b.responsable = roles[asignacion[i] ?? 0] ?? '';
        b.notas.push(`responsable inferido: la fuente juntó varias filas en una celda con ${roles.length} responsables para ${borradores.length} actividades; se asignó por orden y por lo que dice el texto.`);
      });
      const reparto = borradores.map((b) => `${b.numero} ${b.responsable}`).join('; ');
      ctx.avisar('responsables-combinados', linea, `la celda de responsables junta ${roles.length} roles para ${borradores.length} actividades (${numeros(borradores)}); se asignaron por orden y por el texto: ${reparto}. Verifique contra el PDF.`);
    } else {
      borradores.forEach((b, i) => {
        b.responsable = roles[i] ?? '';
        b.notas.push('responsable inferido: la celda trae más responsables que actividades; se asignaron en orden.');
      });
      ctx.avisar('responsables-sobrantes', linea, `la celda nombra ${roles.length} responsables para ${borradores.length} actividades; sobran: ${roles.slice(borradores.length).join('; ')}.`);
    }
    anterior = borradores.at(-1)?.responsable ?? anterior;
  }
}

function numeros(borradores: readonly Borrador[]): string {
  const primero = borradores[0]?.numero;
  const ultimo = borradores.at(-1)?.numero;
  return primero === ultimo ? String(primero) : `${primero}-${ultimo}`;
}

/**
 * Links activities into a flow, reading events in order:
 *
 * - an activity follows the one before, unless that one jumped
 *   ("Continúa en la actividad N") or ended a branch;
 * - a branch label after an activity that decides (`determina`, `verifica`,
 *   `identifica`, ...) opens that decision; a label after any other activity
 *   is the next outcome of the decision still open (the activity before it
 *   ended its branch);
 * - a label's branch leads to the next activity, or to where the
 *   "Continúa en la actividad N" right after it points.
 */
function enlazar(ctx: Contexto, eventos: readonly Evento[]): void {
  let previo: Borrador | null = null;
  let abierto = false;
  let decision: Borrador | null = null;
  let condicion: { texto: string; linea: number } | null = null;
  for (const evento of eventos) {
    switch (evento.tipo) {
      case 'actividad': {
        const numero = evento.borrador.numero ?? 0;
        if (condicion) {
          decision?.siguientes.push({ actividad: numero, condicion: condicion.texto, linea: condicion.linea });
          condicion = null;
        } else if (previo && abierto) previo.siguientes.push({ actividad: numero, condicion: null, linea: evento.borrador.linea });
        previo = evento.borrador;
        abierto = true;
        break;
      }
      case 'continua':
        if (condicion) {
          decision?.siguientes.push({ actividad: evento.destino, condicion: condicion.texto, linea: evento.linea });
          condicion = null;
        } else if (previo) {
          previo.siguientes.push({ actividad: evento.destino, condicion: null, linea: evento.linea });
          abierto = false;
        } else {
          ctx.avisar('continua-sin-actividad', evento.linea, `«Continúa en la actividad ${evento.destino}» antes de cualquier actividad; no se sabe de dónde parte.`);
        }
        break;
      case 'fin':
        if (previo) {
          previo.fin = true;
          abierto = false;
        } else ctx.avisar('fin-sin-actividad', evento.linea, '«Fin del procedimiento» antes de cualquier actividad.');
        break;
      case 'nota':
        if (previo) previo.observaciones.push(evento.texto);
        else ctx.avisar('nota-sin-actividad', evento.linea, `nota antes de cualquier actividad («${evento.texto.slice(0, 60)}»); se pierde su lugar. Revise la tabla.`);
        break;
      case 'texto':
        if (previo) previo.texto = `${previo.texto} ${evento.texto}`;
        else ctx.avisar('texto-sin-actividad', evento.linea, `párrafo antes de cualquier actividad («${evento.texto.slice(0, 60)}…»); se publica como párrafo de la sección.`);
        break;
      case 'etapa':
        // A new stage starts a new stretch of flow: an old decision no longer collects branches.
        decision = null;
        break;
      case 'condicion':
        if (condicion) {
          ctx.avisar('condicion-sin-destino', evento.linea, `la rama «${condicion.texto}» no lleva a ninguna actividad antes de la rama «${evento.texto}».`);
        }
        if (previo && abierto && verbosDeDecision.test(previo.texto)) decision = previo;
        else if (!decision && previo) {
          decision = previo;
          ctx.avisar('decision-inferida', evento.linea, `la rama «${evento.texto}» sigue a la actividad ${previo.numero}, que no dice que decida (determina, verifica, identifica...); se toma como su decisión.`);
        } else if (!decision) {
          ctx.avisar('condicion-sin-decision', evento.linea, `la rama «${evento.texto}» aparece antes de cualquier actividad.`);
        }
        abierto = false;
        condicion = { texto: evento.texto, linea: evento.linea };
        break;
    }
  }
  if (condicion) ctx.avisar('condicion-sin-destino', condicion.linea, `la rama «${condicion.texto}» no lleva a ninguna actividad: la tabla termina antes.`);
}

/**
 * Drops links to activities that do not exist (and says so), marks the end
 * of the procedure, and reports activities where the flow stops.
 */
function revisarFlujo(ctx: Contexto, borradores: Borrador[]): void {
  const existentes = new Set(borradores.map((b) => b.numero));
  const rotas = new Set<Borrador>();
  for (const b of borradores) {
    b.siguientes = b.siguientes.filter((siguiente) => {
      if (existentes.has(siguiente.actividad)) return true;
      rotas.add(b);
      ctx.avisar('actividad-inexistente', siguiente.linea, `la actividad ${b.numero} continúa en la actividad ${siguiente.actividad}${siguiente.condicion ? ` (rama «${siguiente.condicion}»)` : ''}, que no existe; se omite ese enlace. Revise el número.`);
      return false;
    });
  }
  const ultima = borradores.at(-1);
  if (ultima && !borradores.some((b) => b.fin) && ultima.siguientes.length === 0) {
    ultima.fin = true;
    ultima.notas.push('fin inferido: es la última actividad y la fuente no dice «Fin del procedimiento».');
  }
  for (const b of borradores) {
    // An activity whose link was dropped was reported above.
    if (!b.fin && b.siguientes.length === 0 && !rotas.has(b)) {
      ctx.avisar('actividad-sin-continuacion', b.linea, `la actividad ${b.numero} no lleva a ninguna otra ni termina el procedimiento; el flujo se detiene ahí.`);
    }
  }
}
