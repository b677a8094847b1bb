import type { Seccion } from '../../../src/model/index.ts';
import { tipoDeSeccion } from './overview.ts';
import { plegar } from './texto.ts';

/**
 * The heading of a part of a manual that is not a unit: the titles Mexican
 * manuals give their front and back matter, alone on their line, in any
 * case, numbered or not.
 *
 * > |                                         INTRODUCCIÓN
 * > | 3. Marco Jurídico-Administrativo
 * > | IV. ESTRUCTURA ORGÁNICA
 * > |                                            Organigrama Específico
 * > | CONTROL DE CAMBIOS
 */

export interface EncabezadoDeSeccion {
  numero: string | null;
  titulo: string;
  tipo: Seccion['tipo'];
}

/** Titles, accents and case folded; a title may go on (`marco juridico administrativo`) where it ends in `…`. */
const titulos = [
  'introduccion',
  'presentacion',
  'antecedentes…',
  'marco juridico…',
  'marco normativo…',
  'marco legal…',
  'base legal',
  'base juridica',
  'fundamento legal',
  'atribuciones',
  'mision',
  'vision',
  'mision y vision',
  'valores…',
  'objetivo',
  'objetivo general',
  'objetivos',
  'objetivo del manual',
  'politicas…',
  'estructura organica…',
  'estructura basica',
  'organigrama…',
  'organigramas…',
  'objetivos y funciones…',
  'objetivo y funciones…',
  'funciones sustantivas',
  'descripcion de funciones',
  'descripcion de puestos',
  'perfiles de puestos',
  'glosario…',
  'definiciones',
  'control de cambios',
  'control de actualizaciones',
  'historial de cambios',
  'registro de cambios',
  'transitorios',
  'autorizacion',
  'hoja de autorizacion',
  'validacion',
  'firmas de autorizacion',
  'indice',
  'indice general',
  'contenido',
  'directorio',
  'grupo de trabajo',
  'elaboracion',
  'bibliografia',
  'anexos',
  'anexo',
  'cedula de actualizacion',
];

const exactos = new Set(titulos.filter((titulo) => !titulo.endsWith('…')));
const prefijos = titulos.filter((titulo) => titulo.endsWith('…')).map((titulo) => titulo.slice(0, -1));
/** A heading is a few words. */
const palabrasMax = 8;
const numeral = /^\s*((?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}))[.)-]?\s+/u;

/** Reads a line as the heading of a known part of a manual, or null. */
export function leerEncabezadoDeSeccion(texto: string): EncabezadoDeSeccion | null {
  const limpio = texto.replaceAll('**', '').replace(/^#{1,6}\s+/u, '').trim();
  if (limpio === '' || limpio.length > 120) return null;
  const conNumero = numeral.exec(limpio);
  const titulo = (conNumero ? limpio.slice(conNumero[0].length) : limpio).replace(/[.:]+$/u, '').trim();
  // A title has no figures: `INTRODUCCIÓN 4` is a contents entry with its page.
  if (titulo === '' || titulo.split(/\s+/u).length > palabrasMax || !/^\p{Lu}/u.test(titulo) || /\d/u.test(titulo)) return null;
  const clave = plegar(titulo).replace(/[^a-zñ ]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!exactos.has(clave) && !prefijos.some((prefijo) => clave === prefijo || clave.startsWith(`${prefijo} `))) return null;
  return { numero: conNumero?.[1] ?? null, titulo, tipo: tipoDeSeccion(titulo) };
}
