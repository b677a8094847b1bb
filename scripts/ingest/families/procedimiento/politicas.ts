import type { Bloque, Line, Politica } from '../../../../src/model/index.ts';
import { joinWrapped } from '../../constructs/numbered-list.ts';
import { colocar } from '../../colocadas.ts';
import { bloquesDeLineas, plano, type Contexto } from './contexto.ts';
import { revisarNumeracion } from './definiciones.ts';

/**
 * A numbered policy.
 *
 * > | 5.12 La CTCI a través de la División de Implementación, consolidará ...
 *       ^ numero, then its text
 */
const politica = /^\s*(\d+(?:\.\d+)+)\.?\s+(.*)$/u;
/**
 * A stage heading; the source misspells it (`Etapla II.`, `Etapas III:`), so
 * any word starting `Etap` followed by a roman numeral counts.
 *
 * > | Etapas IV: Desarrollo de la asesoría
 */
export const encabezadoDeEtapa = /^\s*Etap\p{L}*\s+([IVXLC]+)\b[.:]?\s*(.*)$/u;
/**
 * The caption of a figure whose image the source lost.
 *
 * > | FIGURA 1. Etapas del proceso de asesoría
 */
const figura = /^\s*(?:FIGURA|Figura|Imagen|IMAGEN|Gráfica|GRÁFICA)\s+\d+\b/u;
/** A group heading is a short label (`Generales`, `Especificas`), not a sentence. */
const grupoLongitudMax = 40;

/**
 * The policies: numbered items under group headings (`Generales`,
 * `Especificas`) and stage headings (`Etapas III: ...`), each with its
 * wrapped lines and the caption of a lost figure it introduces. Text before
 * the first policy or heading is the section's introduction. Returns the
 * policies as data and the section's text as blocks in source order.
 */
export function leerPoliticas(ctx: Contexto, lines: readonly Line[]): { politicas: Politica[]; bloques: Bloque[] } {
  const politicas: Politica[] = [];
  const antes: Line[] = [];
  // The section's text in source order: headings and captions as paragraphs, policies as list items.
  const cuerpo: (Bloque | Politica)[] = [];
  let grupo: string | null = null;
  let etapa: string | null = null;
  for (const line of lines) {
    const crudo = line.texto.trim();
    if (crudo === '') continue;
    const texto = plano(ctx, line).texto;
    const m = politica.exec(texto);
    const ultima = politicas.at(-1);
    if (m) {
      const nueva: Politica = { numero: m[1] ?? '', texto: (m[2] ?? '').trim(), grupo, etapa, figura: null, linea: line.n };
      politicas.push(nueva);
      cuerpo.push(nueva);
    } else if (encabezadoDeEtapa.test(texto)) {
      etapa = texto;
      cuerpo.push({ tipo: 'parrafo', texto });
    } else if (figura.test(texto)) {
      if (!ultima) {
        antes.push(line);
        continue;
      }
      ultima.figura = ultima.figura === null ? texto : `${ultima.figura} ${texto}`;
      cuerpo.push({ tipo: 'parrafo', texto });
    } else if (esGrupo(texto, ultima)) {
      grupo = texto;
      etapa = null;
      cuerpo.push({ tipo: 'parrafo', texto });
    } else if (ultima) {
      ultima.texto = joinWrapped(ultima.texto, texto);
    } else {
      antes.push(line);
      continue;
    }
    colocar(ctx.colocadas, 'texto', [line]);
  }
  revisarNumeracion(ctx, politicas, 'politica');
  const bloques = bloquesDeLineas(ctx, antes);
  for (const parte of cuerpo) {
    if ('tipo' in parte) {
      bloques.push(parte);
      continue;
    }
    const item = { texto: `${parte.numero} ${parte.texto}` };
    const previo = bloques.at(-1);
    if (previo?.tipo === 'lista') previo.items.push(item);
    else bloques.push({ tipo: 'lista', ordenada: false, items: [item] });
  }
  return { politicas, bloques };
}

/**
 * A group heading: short, capitalized, no closing punctuation, and not the
 * wrapped end of a policy that is still open (one not ending in `.` or `:`).
 */
function esGrupo(texto: string, ultima: Politica | undefined): boolean {
  if (texto.length > grupoLongitudMax || !/^\p{Lu}/u.test(texto) || /[.,;:]$/u.test(texto)) return false;
  return !ultima || /[.:;”"]$/u.test(ultima.texto) || ultima.figura !== null;
}
