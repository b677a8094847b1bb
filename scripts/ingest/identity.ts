import slugify from '@sindresorhus/slugify';
import type { Registro, Unidad } from '../../src/model/index.ts';

/** Share of signature words two units must have in common to be the same unit renamed. */
const renameSimilarityMin = 0.6;
/** Words kept in a signature: enough to recognize a unit, small enough to review in a diff. */
const signatureWordsMax = 60;
/** Shorter words (de, la, los, con) say nothing about which unit it is. */
const signatureWordLengthMin = 4;

type EntradaRegistro = Registro['unidades'][number];

export interface Identidades {
  /** Slug of each unit, by clave. */
  slugs: Map<string, string>;
  /** The registry to commit: every slug ever published and where it points now. */
  registro: Registro;
}

/** Lowercase ASCII slug of a Spanish name (`Dirección de Operación` -> `direccion-de-operacion`). */
export function slug(text: string): string {
  return slugify(text, { decamelize: false }) || 'unidad';
}

/**
 * The words that identify a unit across a rename: those of its objective
 * and functions, lowercased and without accents.
 */
export function firma(unidad: Pick<Unidad, 'objetivo' | 'funciones'>): string {
  const text = [unidad.objetivo ?? '', ...unidad.funciones.map((funcion) => funcion.texto)].join(' ');
  const words = new Set<string>();
  for (const word of slug(text).split('-')) {
    if (word.length >= signatureWordLengthMin && !/^\d+$/.test(word)) words.add(word);
    if (words.size === signatureWordsMax) break;
  }
  return [...words].join(' ');
}

function similarity(a: string, b: string): number {
  const left = new Set(a.split(' ').filter(Boolean));
  const right = new Set(b.split(' ').filter(Boolean));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * Gives every unit its slug, keeping every slug the registry has published:
 *
 * 1. a unit with the name of a published unit keeps its slug (numerals may shift);
 * 2. a renamed unit (no name match, but its objective and functions match an
 *    unmatched published unit) gets a slug from its new name, and the old slug
 *    redirects to it;
 * 3. a new unit gets a slug from its name, made unique within the document;
 * 4. a published unit that matches nothing is `suprimida`: its slug redirects to
 *    the document's overview.
 *
 * Deterministic: the same units and registry give the same slugs and registry.
 */
export function assignIdentities(unidades: readonly Unidad[], previo: Registro | null): Identidades {
  const entradas = new Map<string, EntradaRegistro>((previo?.unidades ?? []).map((entrada) => [entrada.slug, { ...entrada }]));
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  const firmas = new Map(unidades.map((unidad) => [unidad.clave, firma(unidad)]));
  const pending: Unidad[] = [];

  // 1. Same name: prefer the entry with the same clave, then the first by slug.
  for (const unidad of unidades) {
    const candidates = [...entradas.values()].filter((entrada) => entrada.nombre === unidad.nombre && !taken.has(entrada.slug) && entrada.estado !== 'renombrada');
    const match = candidates.find((entrada) => entrada.clave === unidad.clave) ?? candidates[0];
    if (match) claim(unidad, match.slug);
    else pending.push(unidad);
  }
  // 2 and 3. Renamed units, then new ones, in document order.
  const unmatched = () => [...entradas.values()].filter((entrada) => entrada.estado === 'vigente' && !taken.has(entrada.slug));
  for (const unidad of pending) {
    const own = firmas.get(unidad.clave) ?? '';
    let best: EntradaRegistro | undefined;
    let bestScore = renameSimilarityMin;
    for (const entrada of unmatched()) {
      const score = similarity(own, entrada.firma);
      if (score >= bestScore) [best, bestScore] = [entrada, score];
    }
    const nuevo = uniqueSlug(slug(unidad.nombre));
    claim(unidad, nuevo);
    if (best) entradas.set(best.slug, { ...best, estado: 'renombrada', destino: nuevo });
  }
  // 4. Published units no longer in the document.
  for (const entrada of unmatched()) entradas.set(entrada.slug, { ...entrada, estado: 'suprimida', destino: null });

  return {
    slugs,
    registro: { unidades: [...entradas.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)) },
  };

  function claim(unidad: Unidad, value: string): void {
    slugs.set(unidad.clave, value);
    taken.add(value);
    entradas.set(value, {
      slug: value,
      clave: unidad.clave,
      nombre: unidad.nombre,
      firma: firmas.get(unidad.clave) ?? '',
      estado: 'vigente',
      destino: null,
    });
  }

  function uniqueSlug(base: string): string {
    // A slug once published stays with its unit, even when that unit is gone.
    let candidate = base;
    for (let i = 2; taken.has(candidate) || entradas.has(candidate); i++) candidate = `${base}-${i}`;
    return candidate;
  }
}

/** Old slugs that now lead to `destino`, following chains of renames. */
export function aliasesOf(registro: Registro, destino: string): string[] {
  const byOld = new Map(registro.unidades.map((entrada) => [entrada.slug, entrada]));
  const final = (start: string): string | null => {
    const seen = new Set<string>();
    let current: string | null = start;
    while (current && !seen.has(current)) {
      seen.add(current);
      const entrada = byOld.get(current);
      if (!entrada || entrada.estado === 'vigente') return current;
      if (entrada.estado === 'suprimida') return null;
      current = entrada.destino;
    }
    return null;
  };
  return registro.unidades.filter((entrada) => entrada.estado === 'renombrada' && final(entrada.slug) === destino).map((entrada) => entrada.slug);
}
