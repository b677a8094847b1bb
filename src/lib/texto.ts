/** Small text helpers shared by page data and the Markdown plugins. */

/** Largest number written in Roman numerals here; estatuto fracciones stay far below it. */
const romanoMax = 3999;

const valoresRomanos: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 4 -> `IV`, 19 -> `XIX`: how an estatuto numbers its fracciones. */
export function aRomano(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > romanoMax) {
    throw new RangeError(`aRomano: ${n} no es un entero entre 1 y ${romanoMax}`);
  }
  let resto = n;
  let salida = '';
  for (const [valor, letras] of valoresRomanos) {
    while (resto >= valor) {
      salida += letras;
      resto -= valor;
    }
  }
  return salida;
}

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
