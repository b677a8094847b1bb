import type { Informe, SourceText } from '../../src/model/index.ts';
import { lexiconPorDefecto, type Lexicon } from './ocr/lexicon.ts';
import { normalize } from './normalize/index.ts';
import { pageFurniture } from './normalize/page-furniture.ts';
import { conPaginas } from './paginas.ts';
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
  // A PDF's pages go into every fuente (`pp. 12–13` on the unit page); a text source is left as it was.
  const estructuras = conPaginas(structure(segment(normalized)), source.lines);
  // The default lexicon keeps what it learned (dictionary verdicts) in the tool cache: faster next time, same output.
  if (normalized.ocr && !contexto.lexicon) lexiconPorDefecto().guardar();
  return { estructuras, informe: report(source, normalized, estructuras) };
}
