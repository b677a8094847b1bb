import type { Aviso, Bloque, Line } from '../../../../src/model/index.ts';
import type { Avisar } from '../../avisos.ts';
import { colocar, type Colocadas } from '../../colocadas.ts';
import { textoPlano, type AlAvisar, type TextoPlano } from './marcado.ts';

/** What every reader of a procedure's part shares: the file, the messages, the lines placed so far. */
export interface Contexto {
  archivo: string;
  avisos: Aviso[];
  /** Raises a message into `avisos` (an `avisador` of the file). */
  avisar: Avisar;
  colocadas: Colocadas;
}

/** Reports a markup problem at a given line. */
export function alAvisarEn(ctx: Contexto, linea: number): AlAvisar {
  return (regla, mensaje) => ctx.avisar(regla, linea, mensaje);
}

/** A line's text without Markdown or HTML markup (see `textoPlano`). */
export function plano(ctx: Contexto, line: Line, texto: string = line.texto): TextoPlano {
  return textoPlano(texto, alAvisarEn(ctx, line.n));
}

/** Non-blank lines grouped into paragraphs (runs separated by blank lines). */
export function parrafosDeLineas(lines: readonly Line[]): Line[][] {
  const grupos: Line[][] = [];
  let actual: Line[] = [];
  for (const line of lines) {
    if (line.texto.trim() === '') {
      if (actual.length > 0) grupos.push(actual);
      actual = [];
    } else actual.push(line);
  }
  if (actual.length > 0) grupos.push(actual);
  return grupos;
}

/** A bulleted item of an overview section (`- Numeral 8.1.1 ...`). */
export const vineta = /^\s*[-•*]\s+(.*)$/u;

/**
 * Overview text as blocks: paragraphs (wrapped lines joined) and bulleted
 * lists (a bullet's wrapped lines join its item). Places every line it reads.
 */
export function bloquesDeLineas(ctx: Contexto, lines: readonly Line[]): Bloque[] {
  const bloques: Bloque[] = [];
  for (const grupo of parrafosDeLineas(lines)) {
    let parrafo: string[] = [];
    const cerrarParrafo = () => {
      if (parrafo.length > 0) bloques.push({ tipo: 'parrafo', texto: parrafo.join(' ') });
      parrafo = [];
    };
    for (const line of grupo) {
      colocar(ctx.colocadas, 'texto', [line]);
      const item = vineta.exec(line.texto);
      const ultimo = bloques.at(-1);
      if (item) {
        cerrarParrafo();
        const texto = plano(ctx, line, item[1] ?? '').texto;
        if (ultimo?.tipo === 'lista' && parrafo.length === 0 && bloques.length > 0) ultimo.items.push({ texto });
        else bloques.push({ tipo: 'lista', ordenada: false, items: [{ texto }] });
      } else if (ultimo?.tipo === 'lista' && parrafo.length === 0 && line !== grupo[0]) {
        const previo = ultimo.items.at(-1);
        if (previo) previo.texto = `${previo.texto} ${plano(ctx, line).texto}`;
      } else parrafo.push(plano(ctx, line).texto);
    }
    cerrarParrafo();
  }
  return bloques;
}
