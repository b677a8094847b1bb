import type { DropRule, Line } from '../../../src/model/index.ts';

/**
 * A page-furniture rule: given all lines of a file, the line numbers it drops.
 * Rules see the whole text because some furniture is only recognizable by
 * repetition (a running header).
 */
export interface FurnitureRule {
  regla: DropRule;
  drop(lines: readonly Line[]): Set<number>;
}

/** A rule that drops every line matching one of `patterns`. */
export function lineRule(regla: DropRule, patterns: readonly RegExp[]): FurnitureRule {
  return {
    regla,
    drop(lines) {
      const dropped = new Set<number>();
      for (const line of lines) if (patterns.some((pattern) => pattern.test(line.texto))) dropped.add(line.n);
      return dropped;
    },
  };
}
