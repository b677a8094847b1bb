/**
 * Small text helpers shared by the recognizers: accent-folding, a
 * tolerant comparison for headings a scan may have garbled.
 */

/** Lowercase, without accents or anything but letters: `7. Funciónes  Sustantivas` -> `funcionessustantivas`. */
export function soloLetras(text: string): string {
  return plegar(text).replace(/[^a-zñ]/gu, '');
}

/** Lowercase and without accents, spacing kept: `Organización` -> `organizacion`. */
export function plegar(text: string): string {
  // Most lines have no accent at all: they need no decomposition, the costliest step.
  if (!/[^\x00-\x7F]/u.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Edit distance, stopping early once it exceeds `max` (the callers only ask "close enough?"). */
export function distancia(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}
