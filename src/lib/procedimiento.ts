import type { Actividad, Definicion, Politica, Procedimiento } from '../model/procedimiento.ts';
import { anclaActividad } from './flow-chart.ts';
import { enlaceReferencia, type EnlaceReferencia } from './referencias.ts';
import type { DocumentoSitio, Sitio } from './sitio.ts';
import { anclasUnicas } from './texto.ts';
import type { Rutas } from './urls.ts';
import type { ParteProcedimiento } from './secciones-html.ts';

/**
 * Page data of a procedimiento: its glossary with anchors, its policies by
 * group and stage, its activities by stage with where each one leads, and
 * its base normativa linked to the manuals on the site.
 */

export interface DefinicionPagina extends Definicion {
  ancla: string;
}

export interface GrupoPoliticas {
  grupo: string | null;
  etapas: Array<{ etapa: string | null; politicas: Array<Politica & { ancla: string }> }>;
}

export interface ActividadPagina extends Actividad {
  ancla: string;
  /** Where it leads, each with the link to that activity. */
  destinos: Array<{ numero: number; condicion: string | null; url: string }>;
}

export interface EtapaActividades {
  etapa: string | null;
  actividades: ActividadPagina[];
}

export interface PaginaProcedimiento {
  clave: string | null;
  area: string | null;
  objetivo: string | null;
  ambito: string | null;
  autorizacion: Procedimiento['autorizacion'];
  /**
   * The references as printed, one per bullet (the model splits a bullet that
   * cites several numerals into one reference each), with a link for every
   * cited numeral found on the site.
   */
  baseNormativa: Array<{ texto: string; url: string | null; enlaces: EnlaceReferencia[] }>;
  definiciones: DefinicionPagina[];
  politicas: GrupoPoliticas[];
  etapas: EtapaActividades[];
  /** Responsables in order of first appearance (the flow chart's lanes). */
  responsables: string[];
}

/** Consecutive items with the same key, in order: [a, a, b, a] -> [[a, a], [b], [a]]. */
function agrupar<T, K>(items: readonly T[], clave: (item: T) => K): Array<{ clave: K; items: T[] }> {
  const grupos: Array<{ clave: K; items: T[] }> = [];
  for (const item of items) {
    const k = clave(item);
    const ultimo = grupos.at(-1);
    if (ultimo && ultimo.clave === k) ultimo.items.push(item);
    else grupos.push({ clave: k, items: [item] });
  }
  return grupos;
}

export function paginaProcedimiento(documento: DocumentoSitio, sitio: Sitio, rutas: Rutas): PaginaProcedimiento | null {
  const p = documento.data.procedimiento;
  if (!p) return null;
  const institucion = documento.data.institucion.id;
  const anclasDefinicion = anclasUnicas(p.definiciones.map((d) => d.termino), 'def-');
  const anclasPolitica = anclasUnicas(p.politicas.map((pol) => pol.numero), 'politica-');
  const politicas = p.politicas.map((pol, i) => ({ ...pol, ancla: anclasPolitica[i]! }));
  const existentes = new Set(p.actividades.map((a) => a.numero));
  const actividades: ActividadPagina[] = p.actividades.map((a) => ({
    ...a,
    ancla: anclaActividad(a.numero),
    destinos: a.siguientes
      .filter((s) => existentes.has(s.actividad))
      .map((s) => ({ numero: s.actividad, condicion: s.condicion, url: `#${anclaActividad(s.actividad)}` })),
  }));
  return {
    clave: p.clave,
    area: p.area,
    objetivo: p.objetivo,
    ambito: p.ambito,
    autorizacion: p.autorizacion,
    baseNormativa: agrupar(p.baseNormativa, (r) => `${r.linea}\u0000${r.texto}`).map((g) => ({
      texto: g.items[0]!.texto,
      url: g.items[0]!.url,
      enlaces: g.items.flatMap((r) => enlaceReferencia(sitio, r, institucion, rutas) ?? []),
    })),
    definiciones: p.definiciones.map((d, i) => ({ ...d, ancla: anclasDefinicion[i]! })),
    politicas: agrupar(politicas, (pol) => pol.grupo).map((g) => ({
      grupo: g.clave,
      etapas: agrupar(g.items, (pol) => pol.etapa).map((e) => ({ etapa: e.clave, politicas: e.items })),
    })),
    etapas: agrupar(actividades, (a) => a.etapa).map((g) => ({ etapa: g.clave, actividades: g.items })),
    responsables: [...new Set(p.actividades.map((a) => a.responsable))],
  };
}

/** The structured parts that have something to show. */
export function partesDisponibles(pagina: PaginaProcedimiento): Set<ParteProcedimiento> {
  const partes = new Set<ParteProcedimiento>();
  if (pagina.objetivo) partes.add('objetivo');
  if (pagina.ambito) partes.add('ambito');
  if (pagina.baseNormativa.length > 0) partes.add('base-normativa');
  if (pagina.definiciones.length > 0) partes.add('definiciones');
  if (pagina.politicas.length > 0) partes.add('politicas');
  if (pagina.etapas.length > 0) partes.add('actividades').add('diagrama');
  return partes;
}
