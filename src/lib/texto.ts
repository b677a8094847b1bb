/** Small text helpers shared by page data and the Markdown plugins. */

/** 4 -> `IV`, 19 -> `XIX`: how an estatuto numbers its fracciones. */
export { toRoman as aRomano } from './romanos.ts';

/**
 * A name compared across documents: no accents, no case, single spaces, no
 * trailing period. `Coordinación  de Integridad.` -> `coordinacion de integridad`.
 */
export function normalizarNombre(nombre: string): string {
  return nombre
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.;:,]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `1 unidad`, `3 unidades`: Spanish counts for the UI. */
export function contar(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString('es-MX')} ${n === 1 ? singular : plural}`;
}

/** `Asesora o asesor de UMAE` -> `asesora-o-asesor-de-umae`: an anchor from a term. */
export function slugAncla(texto: string): string {
  return normalizarNombre(texto).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** Anchors made unique in order: `cc`, `cc-2`, `cc-3`. */
export function anclasUnicas(textos: readonly string[], prefijo = ''): string[] {
  const vistos = new Map<string, number>();
  return textos.map((t) => {
    const base = prefijo + slugAncla(t);
    const n = (vistos.get(base) ?? 0) + 1;
    vistos.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
