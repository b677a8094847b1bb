import type { Acuerdo, Aviso, Line, Seccion } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { colocar, juntar, type Colocadas } from '../../colocadas.ts';
import type { Estructura, Segmento } from '../../recognizer.ts';
import { findAcuerdos, parseAcuerdo, type Tramo } from '../../constructs/acuerdo-dof.ts';
import { fechaEnEspanol } from '../../constructs/fechas.ts';
import { encabezadoRomano, parseBloques, tipoDeSeccion, type EncabezadoSeccion } from '../../constructs/overview.ts';
import { cotejarEstructura, leerEstructura, type Entrada } from './estructura-organica.ts';
import { revisarMarcado } from './marcado.ts';
import { aplicarModificaciones, leerMarcas, leerNotas } from './modificaciones.ts';
import {
  bloquesMarcoJuridico,
  fechasDeFicha,
  filaComoItem,
  leerPortada,
  rotuloCedula,
  rotuloFicha,
  rotuloIndice,
  seccionDeCompilacion,
  seccionIndice,
  type SeccionLeida,
} from './portada.ts';
import { buscarTitulos, leerUnidades } from './unidades.ts';

/**
 * The whole ISSSTE compilation as one document, in the order the file gives it:
 *
 * | part | lines (issste-manual-organizacion-general.txt) | goes to |
 * |---|---|---|
 * | DOF acuerdos (4, one printed twice) | 3-43, 97-289 | `acuerdos` |
 * | cover, FICHA TÉCNICA | 45-94 | `titulo`, `institucion`, a section, `fechas` |
 * | CÉDULA DE ACTUALIZACIÓN (7) | 291-665 | one section |
 * | Contenido, with the `(M)ⁿ` marks | 675-803 | an `indice` section; marks -> `modificacion` |
 * | I. Introducción ... V. Diagrama de Organización | 813-2506 | sections (IV -> `estructura`, V -> `organigrama`) |
 * | units of "VI. Descripción de Objetivos y Funciones" (its heading was lost) | 2519-16911 | `unidades` |
 * | TRANSITORIOS DEL ACUERDO ... (2) | 16921-16991 | sections |
 */

/** A closing heading after the last unit: capitals only, long enough to be a title (`TRANSITORIOS DEL ACUERDO ...`). */
const cierreLongitudMin = 20;
const esRotuloDeCierre = (texto: string) => texto.trim().length >= cierreLongitudMin && !/\p{Ll}/u.test(texto) && /\p{Lu}{3}/u.test(texto);

const noVacia = (line: Line) => line.texto.trim() !== '';

/** Where the units of "VI" lie among the non-blank lines `text`: [desde, hasta). Null when there are none. */
export function tramoDeUnidades(text: readonly Line[]): { desde: number; hasta: number } | null {
  const titulos = buscarTitulos(text);
  const primero = titulos[0];
  const ultimo = titulos.at(-1);
  if (!primero || !ultimo) return null;
  let hasta = text.length;
  for (let i = ultimo.indice + 1; i < text.length; i++) {
    if (esRotuloDeCierre(text[i]?.texto ?? '')) {
      hasta = i;
      break;
    }
  }
  return { desde: primero.indice, hasta };
}

interface Zona {
  tipo: 'acuerdo' | 'ficha' | 'cedula' | 'indice' | 'libre';
  /** The heading line of a ficha, cedula or indice zone. */
  rotulo: Line | null;
  lines: Line[];
}

export function estructurarManualIssste(segmento: Segmento): Estructura {
  const { archivo, lines } = segmento;
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const colocadas: Colocadas = new Map();
  const text = lines.filter(noVacia);
  const posicion = (line: Line | undefined, porDefecto: number) => {
    const i = line ? lines.indexOf(line) : -1;
    return i === -1 ? porDefecto : i;
  };

  // 1. The units of VI, and what closes them.
  const tramo = tramoDeUnidades(text);
  const inicioUnidades = tramo ? posicion(text[tramo.desde], lines.length) : lines.length;
  const finUnidades = tramo ? posicion(text[tramo.hasta], lines.length) : lines.length;

  // 2. The overview's roman sections, between the front matter and the units.
  const frente = lines.slice(0, inicioUnidades);
  const acuerdosTramos = findAcuerdos(frente);
  const romanas: { indice: number; encabezado: EncabezadoSeccion }[] = [];
  let t = 0;
  frente.forEach((line, i) => {
    while (t < acuerdosTramos.length && (acuerdosTramos[t]?.hasta ?? Infinity) < i) t++;
    const tramoActual = acuerdosTramos[t];
    const enAcuerdo = tramoActual !== undefined && i >= tramoActual.desde && i <= tramoActual.hasta;
    if (enAcuerdo || !noVacia(line)) return;
    const anterior = romanas.at(-1)?.encabezado.numero ?? null;
    const encabezado = encabezadoRomano(line.texto, anterior);
    if (encabezado && (anterior !== null || encabezado.numero === 'I')) romanas.push({ indice: i, encabezado });
  });
  const inicioResumen = romanas[0]?.indice ?? inicioUnidades;

  // 3. The front matter: acuerdos, and between them the cover, card, certificates and contents.
  const zonas = zonificar(lines.slice(0, inicioResumen), acuerdosTramos.filter((t) => t.desde < inicioResumen));
  const portada = leerPortada(zonas.filter((zona) => zona.tipo !== 'acuerdo' && zona.tipo !== 'indice').flatMap((zona) => zona.lines));
  juntar(colocadas, portada.colocadas);

  const acuerdos = leerAcuerdos(archivo, zonas, avisos, colocadas);

  const secciones: Seccion[] = [];
  let pendientes: Line[] = [];
  let fichaLines: Line[] = [];
  let indiceLines: Line[] = [];
  const agregar = (leida: SeccionLeida) => {
    secciones.push(leida.seccion);
    juntar(colocadas, leida.colocadas);
    avisos.push(...leida.avisos);
  };
  for (const zona of zonas) {
    const cuerpo = zona.lines.filter((line) => !portada.colocadas.has(line.n));
    if (zona.tipo === 'acuerdo') continue;
    if (zona.tipo === 'libre' || !zona.rotulo) {
      pendientes.push(...cuerpo);
      continue;
    }
    if (zona.tipo === 'indice') {
      indiceLines = cuerpo;
      agregar(seccionIndice(archivo, zona.rotulo, cuerpo));
      continue;
    }
    // The cover lines above a card or certificate are on its page: they open it.
    const repetido = zona.tipo === 'ficha' ? rotuloFicha : rotuloCedula;
    const leida = seccionDeCompilacion(archivo, zona.rotulo, [...pendientes, ...cuerpo], repetido);
    if (pendientes.some(noVacia)) leida.seccion.fuente.desde = Math.min(leida.seccion.fuente.desde, pendientes.find(noVacia)?.n ?? Infinity);
    pendientes = [];
    if (zona.tipo === 'ficha') fichaLines = [...fichaLines, ...cuerpo];
    agregar(leida);
  }
  // Cover text with no card or certificate after it to open: reported, left unplaced.
  for (const line of pendientes.filter(noVacia)) {
    avisar('portada-sin-seccion', line.n, `texto antes del manual que no pertenece a ningún acuerdo ni sección («${line.texto.trim().slice(0, 60)}»); se deja sin ubicar.`);
  }

  // 4. Sections I-V.
  const entradas: Entrada[] = [];
  romanas.forEach(({ indice, encabezado }, r) => {
    const heading = lines[indice];
    if (!heading) return;
    const fin = romanas[r + 1]?.indice ?? inicioUnidades;
    const cuerpo = lines.slice(indice + 1, fin);
    // "Diagrama de Organización" is this manual's name for the org charts.
    const tipo = /diagrama\s+de\s+organizaci[óo]n/i.test(encabezado.titulo) ? 'organigrama' : tipoDeSeccion(encabezado.titulo);
    const ultima = cuerpo.findLast(noVacia)?.n ?? heading.n;
    // The roman heading is the overview construct's (`encabezadoRomano`).
    colocar(colocadas, 'overview', [heading]);
    const seccion: Seccion = { numero: encabezado.numero, titulo: encabezado.titulo, tipo, bloques: [], fuente: { archivo, desde: heading.n, hasta: ultima } };
    if (tipo === 'marco-juridico') {
      const leido = bloquesMarcoJuridico(cuerpo);
      seccion.bloques = leido.bloques;
      juntar(colocadas, leido.colocadas);
    } else if (tipo === 'estructura') {
      const leido = leerEstructura(cuerpo);
      seccion.bloques = leido.bloques;
      juntar(colocadas, leido.colocadas);
      entradas.push(...leido.entradas);
    } else {
      // Charts lost their drawing: what is left (titles, tables of posts) is kept as text, rows as items.
      const leido = parseBloques(archivo, tipo === 'organigrama' ? cuerpo.map(filaComoItem) : cuerpo);
      seccion.bloques = leido.bloques;
      juntar(colocadas, leido.colocadas);
      avisos.push(...leido.avisos);
    }
    secciones.push(seccion);
  });

  // 5. The units.
  const unidadesText = tramo ? text.slice(tramo.desde, tramo.hasta) : [];
  const leidas = leerUnidades(archivo, unidadesText, buscarTitulos(unidadesText));
  juntar(colocadas, leidas.colocadas);
  avisos.push(...leidas.avisos);
  const { unidades } = leidas;

  // 6. Closing sections after the units.
  const cierre = lines.slice(finUnidades);
  const rotulos = cierre.map((line, i) => (noVacia(line) && esRotuloDeCierre(line.texto) ? i : -1)).filter((i) => i >= 0);
  rotulos.forEach((i, k) => {
    const heading = cierre[i];
    if (!heading) return;
    const cuerpo = cierre.slice(i + 1, rotulos[k + 1] ?? cierre.length);
    const leido = parseBloques(archivo, cuerpo);
    colocar(colocadas, 'encabezado', [heading]);
    juntar(colocadas, leido.colocadas);
    avisos.push(...leido.avisos);
    const titulo = heading.texto.trim().replace(/\.$/, '');
    secciones.push({ numero: null, titulo, tipo: 'otra', bloques: leido.bloques, fuente: { archivo, desde: heading.n, hasta: cuerpo.findLast(noVacia)?.n ?? heading.n } });
  });

  // 7. Amendments: the contents' marks (and any on a unit's own heading), their footnotes.
  const notas = leerNotas(lines.slice(0, inicioUnidades));
  const marcas = [...leerMarcas(indiceLines), ...[...leidas.marcas].map(([numeral, nota]) => ({ numeral, nota: Number(nota), linea: unidades.find((u) => u.clave === numeral)?.fuente.desde ?? 1 }))];
  avisos.push(...aplicarModificaciones(archivo, unidades, marcas, notas));

  // 8. Checks.
  // Without a "IV. Estructura Orgánica" there is nothing to compare: every unit would be "not listed".
  if (entradas.length > 0) avisos.push(...cotejarEstructura(archivo, entradas, unidades));
  avisos.push(...revisarMarcado(archivo, text, unidades));

  // 9. Dates: the acuerdos first, the card where they are silent.
  const ficha = fechasDeFicha(fichaLines);
  const expide = acuerdos.find((acuerdo) => acuerdo.accion === 'expide');
  const modificaciones = new Set<string>(ficha.modificaciones);
  for (const acuerdo of acuerdos) if (acuerdo.accion !== 'expide' && acuerdo.publicacionDof) modificaciones.add(acuerdo.publicacionDof);
  for (const nota of notas.values()) {
    const fecha = /^Modificaci[óo]n\s+publicada/i.test(nota.texto) ? fechaEnEspanol(nota.texto) : null;
    if (fecha) modificaciones.add(fecha);
  }

  const primera = text[0]?.n ?? 1;
  const ultima = text.at(-1)?.n ?? primera;
  if (portada.titulo === null) {
    avisar('sin-titulo', primera, 'no se encontró el título del manual («Manual de Organización ...») antes de sus secciones; se usa «Manual de Organización». Corríjalo en el catálogo.');
  }
  return {
    documento: {
      familia: 'manual-issste',
      titulo: portada.titulo ?? 'Manual de Organización',
      institucion: portada.institucion,
      fechas: {
        expedicion: expide?.fecha ?? ficha.expedicion,
        publicacion: expide?.publicacionDof ?? ficha.publicacion,
        modificaciones: [...modificaciones].sort(),
      },
      acuerdos,
      secciones: secciones.sort((a, b) => a.fuente.desde - b.fuente.desde),
      unidades,
      fuente: { archivo, desde: primera, hasta: ultima },
    },
    colocadas,
    avisos,
  };
}

/**
 * Splits the front matter into acuerdos and the zones between them; a zone
 * changes at each card, certificate or contents heading (a later printing of
 * the same heading stays in its zone: one per page).
 */
function zonificar(lines: readonly Line[], tramos: readonly Tramo[]): Zona[] {
  const zonas: Zona[] = [];
  let actual: Zona = { tipo: 'libre', rotulo: null, lines: [] };
  let t = 0;
  for (let i = 0; i < lines.length; i++) {
    const tramo = tramos[t];
    if (tramo && i === tramo.desde) {
      zonas.push(actual);
      zonas.push({ tipo: 'acuerdo', rotulo: null, lines: lines.slice(tramo.desde, tramo.hasta + 1) });
      i = tramo.hasta;
      t++;
      // After an acuerdo the zone it interrupted goes on (a card's second page may follow).
      actual = { tipo: actual.tipo, rotulo: actual.rotulo, lines: [] };
      continue;
    }
    const line = lines[i];
    if (!line) continue;
    const tipo = rotuloFicha.test(line.texto) ? 'ficha' : rotuloCedula.test(line.texto) ? 'cedula' : rotuloIndice.test(line.texto) ? 'indice' : null;
    if (tipo && tipo !== actual.tipo) {
      zonas.push(actual);
      actual = { tipo, rotulo: line, lines: [] };
      continue;
    }
    actual.lines.push(line);
  }
  zonas.push(actual);
  return mergeZonas(zonas.filter((zona) => zona.tipo === 'acuerdo' || zona.rotulo !== null || zona.lines.some(noVacia)));
}

/**
 * A card or certificate that acuerdos interrupt is one zone again: its parts
 * after each acuerdo join the part before, and a later printing of its heading
 * (its next page) stays in it as a line.
 */
function mergeZonas(zonas: Zona[]): Zona[] {
  const out: Zona[] = [];
  for (const zona of zonas) {
    const previa = out.findLast((z) => z.tipo !== 'acuerdo');
    if (zona.tipo !== 'acuerdo' && zona.tipo !== 'libre' && previa?.tipo === zona.tipo) {
      if (zona.rotulo && zona.rotulo !== previa.rotulo) previa.lines.push(zona.rotulo);
      previa.lines.push(...zona.lines);
      continue;
    }
    out.push(zona);
  }
  return out;
}

/**
 * Reads each acuerdo; the same acuerdo printed twice (the DOF's print at the
 * top of the file and the Normateca's copy further down: same action, date
 * and subject) is published once, with the fields the first print lacks
 * taken from the other (the DOF print has no footnote with its publication date).
 */
function leerAcuerdos(archivo: string, zonas: readonly Zona[], avisos: Aviso[], colocadas: Colocadas): Acuerdo[] {
  const avisar = avisador(archivo, avisos);
  const acuerdos: Acuerdo[] = [];
  const clave = (acuerdo: Acuerdo) => [acuerdo.accion, acuerdo.fecha, (acuerdo.materia ?? '').toLowerCase()].join('|');
  for (const zona of zonas) {
    if (zona.tipo !== 'acuerdo') continue;
    const leido = parseAcuerdo(archivo, zona.lines);
    juntar(colocadas, leido.colocadas);
    avisos.push(...leido.avisos);
    const previo = acuerdos.find((acuerdo) => clave(acuerdo) === clave(leido.acuerdo));
    if (!previo) {
      acuerdos.push(leido.acuerdo);
      continue;
    }
    const completados: string[] = [];
    for (const campo of ['numero', 'fecha', 'publicacionDof', 'firmante', 'materia'] as const) {
      if (previo[campo] === null && leido.acuerdo[campo] !== null) {
        previo[campo] = leido.acuerdo[campo];
        completados.push(campo);
      }
    }
    const distintos = leido.acuerdo.texto.filter((parrafo) => !previo.texto.includes(parrafo)).length;
    avisar(
      'acuerdo-repetido',
      leido.acuerdo.fuente.desde,
      `el acuerdo «${leido.acuerdo.titulo.slice(0, 80)}…» ya está en la línea ${previo.fuente.desde}; se publica una vez${completados.length > 0 ? `, con ${completados.join(', ')} de esta copia` : ''}${distintos > 0 ? `. ${distintos} párrafo(s) de esta copia difieren de la primera` : ''}.`,
    );
  }
  return acuerdos;
}
