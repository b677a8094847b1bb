import type { Actividad, Procedimiento } from '../model/procedimiento.ts';
import { escapeMermaidHref, escapeMermaidText, type ChartSpec } from '../../scripts/charts/spec.ts';
import { crearRutas } from './urls.ts';

/**
 * The flow chart of a procedimiento, rebuilt from its table of activities
 * (the source lost the drawing): a box per activity that names its
 * responsable above the start of its text, an edge for every `siguientes`
 * entry (labelled with its condition on a decision branch), and Inicio/Fin,
 * top to bottom. Pure; the component and scripts/charts/render.ts call it alike.
 *
 * > | 21. Registra la visita ... y determina si ... | siguientes: 22 "Existen ajustes", 23 "No existen ajustes"
 *     -> a21 -->|"Existen ajustes"| a22 ; a21 -->|"No existen ajustes"| a23
 *
 * Why no lane per responsable: the activities of 0508-003-001 pass between 7
 * roles, and Mermaid's swimlane layout gave each role a full-height column
 * for its few boxes (2,846 x 6,083 px, mostly empty lanes: a laptop showed
 * blank columns and a box every screenful). Named in each box, the role
 * costs one short line, and the flow keeps the two or three columns its
 * branches need (1,238 x 4,528 px, 16 px text, no horizontal scroll from a
 * 1,280 px wide window).
 */

/** A box shows the start of the activity's text, in three lines or so: the whole text is on the page, one click away. */
export const actividadEtiquetaMax = 72;

/** A condition longer than this is cut on an edge (it is whole in the list). */
export const condicionEtiquetaMax = 60;

/** The anchor of an activity on the procedure page (`#actividad-7`). */
export const anclaActividad = (numero: number) => `actividad-${numero}`;

export interface PasoFlujo {
  numero: number;
  responsable: string;
  /** Label as drawn: number and the start of the text. */
  etiqueta: string;
  url: string;
  siguientes: { numero: number; condicion: string | null }[];
  fin: boolean;
}

export interface DiagramaDeFlujo extends ChartSpec {
  kind: 'flujo';
  /** The roles in order of first appearance (as first printed), each with its activities' numbers. */
  responsables: { responsable: string; actividades: number[] }[];
  /** The activities as drawn, for the chart's text alternative. */
  pasos: PasoFlujo[];
  /** What could not be drawn (an edge to an activity that does not exist, a repeated number). */
  avisos: string[];
}

/**
 * Builds the chart of a procedure. `documento` is the collection id of the
 * procedure's overview (`imss/0508-003-001`), where the activities are;
 * `base` the site's base path.
 */
export function diagramaDeFlujo(
  procedimiento: Pick<Procedimiento, 'clave' | 'actividades'>,
  documento: string,
  base: string,
): DiagramaDeFlujo {
  const urlDocumento = crearRutas(base).documento(documento);
  const avisos: string[] = [];
  const actividades: Actividad[] = [];
  const numeros = new Set<number>();
  for (const actividad of procedimiento.actividades) {
    if (numeros.has(actividad.numero)) {
      avisos.push(`La actividad ${actividad.numero} está repetida (línea ${actividad.linea}); se dibuja la primera.`);
      continue;
    }
    numeros.add(actividad.numero);
    actividades.push(actividad);
  }

  // One entry per role: `Asesora o Asesor/...` and `Asesora o asesor/...` are the same role printed twice.
  const responsables: DiagramaDeFlujo['responsables'] = [];
  const porClave = new Map<string, DiagramaDeFlujo['responsables'][number]>();
  for (const actividad of actividades) {
    const clave = claveResponsable(actividad.responsable);
    const rol = porClave.get(clave);
    if (rol) rol.actividades.push(actividad.numero);
    else {
      const nuevo = { responsable: actividad.responsable.replace(/\s+/g, ' ').trim(), actividades: [actividad.numero] };
      porClave.set(clave, nuevo);
      responsables.push(nuevo);
    }
  }

  const pasos: PasoFlujo[] = actividades.map((actividad) => ({
    numero: actividad.numero,
    responsable: actividad.responsable.replace(/\s+/g, ' ').trim(),
    etiqueta: `${actividad.numero}. ${recortar(actividad.texto, actividadEtiquetaMax)}`,
    url: `${urlDocumento}#${anclaActividad(actividad.numero)}`,
    siguientes: actividad.siguientes.flatMap((s) => {
      if (numeros.has(s.actividad)) return [{ numero: s.actividad, condicion: s.condicion }];
      avisos.push(`La actividad ${actividad.numero} sigue en la ${s.actividad}, que no existe (línea ${actividad.linea}); no se dibuja esa flecha.`);
      return [];
    }),
    fin: actividad.fin,
  }));

  const clave = procedimiento.clave ? ` ${procedimiento.clave}` : '';
  const title = `Diagrama de flujo del procedimiento${clave}`;
  const description = describir(pasos, responsables);
  return { kind: 'flujo', source: mermaid(pasos, title, description), title, description, responsables, pasos, avisos };
}

function describir(pasos: readonly PasoFlujo[], responsables: DiagramaDeFlujo['responsables']): string {
  if (pasos.length === 0) return 'El procedimiento no tiene actividades.';
  const finales = pasos.filter((p) => p.fin).map((p) => p.numero);
  const decisiones = pasos.filter((p) => p.siguientes.some((s) => s.condicion !== null)).length;
  const partes = [
    `${pasos.length} ${pasos.length === 1 ? 'actividad' : 'actividades'} de ${responsables.length} ${responsables.length === 1 ? 'responsable' : 'responsables'}: ${responsables.map((r) => r.responsable).join('; ')}.`,
    `Empieza en la actividad ${pasos[0]?.numero}.`,
  ];
  if (decisiones > 0) partes.push(`${decisiones} ${decisiones === 1 ? 'actividad decide' : 'actividades deciden'} entre caminos.`);
  if (finales.length > 0) partes.push(`Termina en ${finales.length === 1 ? 'la actividad' : 'las actividades'} ${finales.join(', ')}.`);
  return partes.join(' ');
}

/** Roles that differ only in case or spacing are one. */
function claveResponsable(responsable: string): string {
  return responsable.replace(/\s+/g, ' ').trim().toLocaleLowerCase('es');
}

/** The Mermaid source header: a flowchart, top to bottom (dagre: the branches side by side). */
export const encabezadoFlujo = 'flowchart TD';

/**
 * This chart's own layout, in the source's frontmatter (so it is part of the
 * chart's hash) over the site's Mermaid config: boxes 280 px of text wide and
 * close together, ranks 24 px apart (Mermaid's 50 doubled the height).
 */
const configFlujo = ['---', 'config:', '  flowchart:', '    wrappingWidth: 280', '    padding: 8', '    nodeSpacing: 20', '    rankSpacing: 24', '---'];

/** A box: its responsable in small bold type (styled by charts.css), then its number and text. */
function etiquetaCaja(paso: PasoFlujo): string {
  return `<small><b>${escapeMermaidText(paso.responsable)}</b></small><br>${escapeMermaidText(paso.etiqueta)}`;
}

function mermaid(pasos: readonly PasoFlujo[], title: string, description: string): string {
  const lineas = [...configFlujo, encabezadoFlujo, `accTitle: ${escapeMermaidText(title)}`, `accDescr: ${escapeMermaidText(description)}`];
  const primero = pasos[0];
  const final = pasos.find((p) => p.fin);
  // Inicio and Fin are rounded boxes, not stadiums: Mermaid draws its stadium shape as a 30 KB rough.js path.
  if (primero) lineas.push('inicio("Inicio")');
  for (const paso of pasos) lineas.push(`a${paso.numero}["${etiquetaCaja(paso)}"]`);
  if (final) lineas.push('fin("Fin")');
  if (primero) lineas.push(`inicio --> a${primero.numero}`);
  for (const paso of pasos) {
    for (const s of paso.siguientes) {
      lineas.push(s.condicion === null ? `a${paso.numero} --> a${s.numero}` : `a${paso.numero} -->|"${escapeMermaidText(recortar(s.condicion, condicionEtiquetaMax))}"| a${s.numero}`);
    }
    if (paso.fin) lineas.push(`a${paso.numero} --> fin`);
  }
  for (const paso of pasos) lineas.push(`click a${paso.numero} href "${escapeMermaidHref(paso.url)}"`);
  for (const paso of pasos) lineas.push(`class a${paso.numero} ${paso.siguientes.some((s) => s.condicion !== null) ? 'decision' : 'actividad'}`);
  if (primero) lineas.push('class inicio terminal');
  if (final) lineas.push('class fin terminal');
  lineas.push('');
  return lineas.join('\n');
}

/**
 * The chart's text alternative: each activity (a link to it), its
 * responsable and where the flow goes next, with the branch conditions.
 */
export function flujoComoLista(diagrama: Pick<DiagramaDeFlujo, 'pasos'>): string {
  const urlDe = new Map(diagrama.pasos.map((p) => [p.numero, p.url]));
  const items = diagrama.pasos.map((p) => {
    const sigue = p.siguientes.map((s) => {
      const destino = `<a href="${escapeHtml(urlDe.get(s.numero) ?? '')}">actividad ${s.numero}</a>`;
      return s.condicion === null ? destino : `${destino} si «${escapeHtml(s.condicion)}»`;
    });
    const partes = [`<a href="${escapeHtml(p.url)}">${escapeHtml(p.etiqueta)}</a> (${escapeHtml(p.responsable)}).`];
    if (sigue.length > 0) partes.push(`Sigue en ${sigue.join('; ')}.`);
    if (p.fin) partes.push('Fin del procedimiento.');
    return `<li>${partes.join(' ')}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis. */
export function recortar(texto: string, max: number): string {
  const limpio = texto.replace(/\s+/g, ' ').trim();
  if (limpio.length <= max) return limpio;
  const corte = limpio.slice(0, max - 1);
  const espacio = corte.lastIndexOf(' ');
  return `${(espacio > max / 2 ? corte.slice(0, espacio) : corte).replace(/[\s,;:.]+$/, '')}…`;
}
