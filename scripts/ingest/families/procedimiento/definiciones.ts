import type { Bloque, Definicion, Line } from '../../../../src/model/index.ts';
import { joinWrapped } from '../../constructs/numbered-list.ts';
import { colocar } from '../../colocadas.ts';
import { bloquesDeLineas, plano, type Contexto } from './contexto.ts';

/**
 * A numbered term: numeral, term up to the first colon, definition.
 *
 * > | 4.10 CTCI: Coordinación Técnica de Competitividad Institucional.
 *       ^ numero ^ termino ^ definicion
 */
const termino = /^\s*(\d+(?:\.\d+)+)\.?\s+([^:]+?):\s*(.*)$/u;
/**
 * An abbreviation or acronym starts with an all-caps word of two letters or
 * more (`CC`, `UMAE`, `OOAD Estatal/Regional`); a short name (`División de
 * Desarrollo`) is a term, not an abbreviation.
 */
const abreviatura = /^\p{Lu}{2,}(?![\p{Ll}])/u;

/**
 * The glossary: numbered terms, each with its wrapped lines; text before the
 * first term (`Para efectos del presente procedimiento se entenderá por:`) is
 * the section's introduction. A term whose number does not follow the one
 * before is reported (kept as printed). Returns the terms as data and the
 * section's text as blocks (introduction, then the terms as printed).
 */
export function leerDefiniciones(ctx: Contexto, lines: readonly Line[]): { definiciones: Definicion[]; bloques: Bloque[] } {
  const definiciones: Definicion[] = [];
  const antes: Line[] = [];
  for (const line of lines) {
    if (line.texto.trim() === '') continue;
    const m = termino.exec(line.texto);
    if (m) {
      const texto = plano(ctx, line).texto;
      const limpio = termino.exec(texto) ?? m;
      const nombre = (limpio[2] ?? '').trim();
      definiciones.push({
        numero: limpio[1] ?? null,
        termino: nombre,
        definicion: (limpio[3] ?? '').trim(),
        abreviatura: abreviatura.test(nombre),
        linea: line.n,
      });
      colocar(ctx.colocadas, 'texto', [line]);
      continue;
    }
    const ultima = definiciones.at(-1);
    if (ultima) {
      // A wrapped line continues the definition above.
      ultima.definicion = joinWrapped(ultima.definicion, plano(ctx, line).texto);
      colocar(ctx.colocadas, 'texto', [line]);
    } else antes.push(line);
  }
  revisarNumeracion(ctx, definiciones, 'definicion');
  // The section's text: its introduction, then the terms as printed, so the page reads whole.
  const bloques = bloquesDeLineas(ctx, antes);
  if (definiciones.length > 0) {
    bloques.push({
      tipo: 'lista',
      ordenada: false,
      items: definiciones.map((d) => ({ texto: `${d.numero === null ? '' : `${d.numero} `}${d.termino}: ${d.definicion}` })),
    });
  }
  return { definiciones, bloques };
}

/** Reports numerals that do not follow the one before (`4.12` then `4.14`); the items keep their printed numbers. */
export function revisarNumeracion(ctx: Contexto, items: readonly { numero: string | null; linea: number }[], que: 'definicion' | 'politica'): void {
  let previo: number[] | null = null;
  for (const item of items) {
    if (item.numero === null) continue;
    const partes = item.numero.split('.').map(Number);
    if (previo) {
      const esperado = [...previo.slice(0, -1), (previo.at(-1) ?? 0) + 1].join('.');
      if (item.numero !== esperado) {
        ctx.avisar(`numeracion-de-${que}`, item.linea, `${que === 'definicion' ? 'la definición' : 'la política'} ${item.numero} sigue a la ${previo.join('.')}; se esperaba ${esperado}. Se conserva el número impreso; revise si falta, sobra o está fuera de orden.`);
      }
    }
    previo = partes;
  }
}
