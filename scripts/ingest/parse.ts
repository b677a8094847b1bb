import type { DroppedLine, Informe, SourceText } from '../../src/model/index.ts';
import { lexiconDelDiccionario, type Lexicon } from './ocr/lexicon.ts';
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
  cobertura: Cobertura;
  /** Each line page furniture dropped, with its rule (the report only counts them). */
  descartadas: DroppedLine[];
}

export interface ContextoDeIngesta {
  /**
   * The lexicon that repairs a scan's words and tells how the corpus spells
   * a unit's name: the caller ingesting a corpus passes its own
   * (`lexiconDeFuentes`); without one, the dictionary alone. Only a scan
   * uses it.
   */
  lexicon?: Lexicon | (() => Lexicon);
}

/** The pure part of the ingest: a read source to its documents and report. */
export function parse(source: SourceText, contexto: ContextoDeIngesta = {}): Parsed {
  let lexicon: Lexicon | null = null;
  const lexiconDado = () => (lexicon ??= typeof contexto.lexicon === 'function' ? contexto.lexicon() : (contexto.lexicon ?? lexiconDelDiccionario()));
  const normalized = normalize(source, pageFurniture, { lexicon: lexiconDado });
  const segmentos = segment(normalized).map((segmento) => (segmento.ocr ? { ...segmento, lexicon: lexiconDado() } : segmento));
  // A PDF's pages go into every fuente (`pp. 12–13` on the unit page); a text source is left as it was.
  const estructuras = conPaginas(structure(segmentos), source.lines);
  const informe = report(source, normalized, estructuras);
  const cuerpo = normalized.lines.filter((line) => line.texto.trim() !== '').length + normalized.notas.reduce((suma, nota) => suma + nota.lineas.length, 0);
  return { estructuras, informe, cobertura: { cuerpo, sinUbicar: informe.sinUbicar.length }, descartadas: normalized.dropped };
}

/**
 * How much of a text the ingest placed, for the line `parse` ends with:
 * `cuerpo` counts the non-blank lines left after page furniture.
 */
export interface Cobertura {
  cuerpo: number;
  sinUbicar: number;
}

/** `17 unidades, 252 funciones; 100 % de las líneas del cuerpo ubicadas (0 sin ubicar de 742)`. */
export function lineaDeCobertura(estructuras: readonly Estructura[], cobertura: Cobertura): string {
  const unidades = estructuras.reduce((suma, { documento }) => suma + documento.unidades.length, 0);
  const funciones = estructuras.reduce((suma, { documento }) => suma + documento.unidades.reduce((f, u) => f + u.funciones.length, 0), 0);
  const ubicadas = cobertura.cuerpo === 0 ? 100 : (100 * (cobertura.cuerpo - cobertura.sinUbicar)) / cobertura.cuerpo;
  const porcentaje = ubicadas === 100 || ubicadas >= 99.95 ? ubicadas.toFixed(0) : ubicadas.toFixed(1);
  return `${unidades} unidades, ${funciones} funciones; ${porcentaje} % de las líneas del cuerpo ubicadas (${cobertura.sinUbicar} sin ubicar de ${cobertura.cuerpo})`;
}
