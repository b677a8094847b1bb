import fc from 'fast-check';

/**
 * Ways a real manual's text gets damaged, as fast-check arbitraries over its
 * lines: cut, shuffled and duplicated lines, random Unicode, very long lines,
 * and markup or YAML metacharacters where names and functions go.
 */
export const hostileFragments = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '---',
  '# título',
  '*negrita* _cursiva_',
  '[enlace](javascript:alert(1))',
  'clave: "valor" # comentario',
  '{{ plantilla }}',
  '`código`',
  '| a | b |',
  '&lt;&amp;&#0;',
  '\u0000',
  '\u202e',
  '\uFEFF',
];

const lineEdit = (lineCount: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(lineCount) }),
    fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(lineCount), length: fc.integer({ min: 2, max: 40 }), seed: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(lineCount), length: fc.integer({ min: 1, max: 60 }) }),
    fc.record({ kind: fc.constant('unicode' as const), at: fc.nat(lineCount), text: fc.string({ unit: 'grapheme', maxLength: 40 }) }),
    fc.record({ kind: fc.constant('long' as const), at: fc.nat(lineCount), repeat: fc.integer({ min: 1_000, max: 20_000 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(lineCount), fragment: fc.constantFrom(...hostileFragments), prefix: fc.boolean() }),
  );

export type Edit = typeof lineEdit extends (n: number) => fc.Arbitrary<infer E> ? E : never;

export function edits(lineCount: number): fc.Arbitrary<Edit[]> {
  return fc.array(lineEdit(lineCount), { minLength: 1, maxLength: 6 });
}

/** Applies edits to a text's lines; positions beyond the end clamp to it. */
export function applyEdits(text: string, list: readonly Edit[]): string {
  let lines = text.split('\n');
  for (const edit of list) {
    const at = Math.min(edit.at, Math.max(lines.length - 1, 0));
    switch (edit.kind) {
      case 'cut':
        lines = lines.slice(0, Math.max(at, 1));
        break;
      case 'shuffle': {
        const block = lines.slice(at, at + edit.length);
        let seed = edit.seed;
        for (let i = block.length - 1; i > 0; i--) {
          seed = (seed * 1103515245 + 12345) % 2 ** 31;
          const j = seed % (i + 1);
          [block[i], block[j]] = [block[j]!, block[i]!];
        }
        lines.splice(at, block.length, ...block);
        break;
      }
      case 'duplicate':
        lines.splice(at, 0, ...lines.slice(at, at + edit.length));
        break;
      case 'unicode':
        lines.splice(at, 0, edit.text);
        break;
      case 'long':
        lines.splice(at, 0, 'Coordinar '.repeat(edit.repeat));
        break;
      case 'insert': {
        const line = lines[at] ?? '';
        lines[at] = edit.prefix ? `${edit.fragment} ${line}` : `${line} ${edit.fragment}`;
        break;
      }
    }
  }
  return lines.join('\n');
}
