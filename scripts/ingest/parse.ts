import type { Informe, SourceText } from '../../src/model/index.ts';
import { lexiconPorDefecto, type Lexicon } from './ocr/lexicon.ts';
import { normalize } from './normalize/index.ts';
import { pageFurniture } from './normalize/page-furniture.ts';
import type { Estructura } from './recognizer.ts';
import { report } from './report.ts';
import { segment } from './segment.ts';
import { structure } from './structure.ts';

export interface Parsed {
  estructuras: Estructura[];
  informe: Informe;
}

export interface ContextoDeIngesta {
  /**
   * The lexicon that repairs a scan's words. By default the shipped corpus
   * (the born-digital manuals in content/sources/) plus dictionary-es,
   * loaded once per process and only when a scan is parsed.
   */
  lexicon?: Lexicon;
}

/** The pure part of the ingest: a read source to its documents and report. */
export function parse(source: SourceText, contexto: ContextoDeIngesta = {}): Parsed {
  const normalized = normalize(source, pageFurniture, { lexicon: contexto.lexicon ?? lexiconPorDefecto });
  const estructuras = structure(segment(normalized));
  // The default lexicon keeps what it learned (dictionary verdicts) in the tool cache: faster next time, same output.
  if (normalized.ocr && !contexto.lexicon) lexiconPorDefecto().guardar();
  return { estructuras, informe: report(source, normalized, estructuras) };
}
