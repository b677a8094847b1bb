import type { Informe, SourceText } from '../../src/model/index.ts';
import { normalize } from './normalize/index.ts';
import type { Estructura } from './recognizer.ts';
import { report } from './report.ts';
import { segment } from './segment.ts';
import { structure } from './structure.ts';

export interface Parsed {
  estructuras: Estructura[];
  informe: Informe;
}

/** The pure part of the ingest: a read source to its documents and report. */
export function parse(source: SourceText): Parsed {
  const normalized = normalize(source);
  const estructuras = structure(segment(normalized));
  return { estructuras, informe: report(source, normalized, estructuras) };
}
