import type { Line } from '../../../src/model/index.ts';

/**
 * The ending of `-ción` nouns as this family of scanners garbles it: the `ó`
 * read as a plain `o` or as `é`, `6`, `b`, `d`, `0`, alone or doubled.
 *
 * > | Coordinacién de Evaluacion ... Direccidon ... Divisibn ... gestidbn
 *                ^^^          ^^^          ^^^^        ^^^         ^^^^
 */
const cionGarbled = /\p{Ll}ci(?:o|[éb6d0]|[oéb6d0][oéb6d0])n\b/gu;
/** The ending spelled right. */
const cionRight = /\p{Ll}ción\b/gu;
/**
 * Spanish prose is full of `-ción` words (a manual page has dozens); a text
 * where at least this share of them is garbled is a scan. Born-digital
 * manuals of the corpus stay below 0.01 (`recién` is the only false hit).
 */
const garbledShareMin = 0.2;
/** Fewer sightings than this say nothing either way (a short text, a title page). */
const cionSightingsMin = 20;

/** This many sightings decide it: the rest of a long text would not change the share. */
const cionSightingsEnough = 300;

/**
 * Whether a text is OCR output: judged by its `-ción` words, the commonest
 * accented ending of administrative Spanish, which a scan of this kind
 * almost never reads right (a 100-page scanned manual: 2,473 garbled, none right). Two
 * regular expressions over the first few hundred such words, no dictionary,
 * so it can run on every file.
 */
export function esTextoOcr(texto: string | readonly Line[]): boolean {
  const chunks = typeof texto === 'string' ? texto.split('\n') : texto.map((line) => line.texto);
  let garbled = 0;
  let right = 0;
  for (const chunk of chunks) {
    if (!chunk.includes('ci')) continue;
    garbled += chunk.match(cionGarbled)?.length ?? 0;
    right += chunk.match(cionRight)?.length ?? 0;
    if (garbled + right >= cionSightingsEnough) break;
  }
  const total = garbled + right;
  return total >= cionSightingsMin && garbled / total >= garbledShareMin;
}
