import type { Aviso, Line, Unidad } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';

/**
 * Text that would mean something to the site's formats if written out as is.
 * The text is published verbatim (emit escapes it); these only warn, so an
 * editor can check the source was not tampered with or mis-converted.
 *
 * > | 1.2 Jefatura de <script>alert(1)</script> Servicios
 *                    ^ an HTML tag in a manual's text
 * > | 1.3 # Jefatura: de Servicios
 *         ^ a name starting with a Markdown/YAML indicator
 */
const etiquetaHtml = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<script\b/i;
/** A name starting like Markdown syntax or a YAML indicator, or holding a code span, a template or a heading mark. */
const marcadoEnNombre = /^[#>*|`{}[\]&!%@:'"=~+-]|`|\{\{|\}\}|^---|\s#/;

/**
 * Warnings: one per line holding an HTML tag (anywhere in the document), one
 * per unit whose name starts like Markdown or YAML syntax.
 */
export function revisarMarcado(archivo: string, lines: readonly Line[], unidades: readonly Unidad[]): Aviso[] {
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  for (const line of lines) {
    if (!line.texto.includes('<') || !etiquetaHtml.test(line.texto)) continue;
    avisar('html-en-texto', line.n, `la línea contiene una etiqueta HTML («${line.texto.trim().slice(0, 60)}»); se publica como texto (escapada). Revise si la fuente se alteró.`);
  }
  for (const unidad of unidades) {
    if (!marcadoEnNombre.test(unidad.nombre)) continue;
    avisar(
      'marcado-en-nombre',
      unidad.fuente.desde,
      `el nombre de la unidad ${unidad.numeral ?? unidad.clave} («${unidad.nombre}») lleva caracteres de Markdown o YAML; se publica literal. Revise la fuente.`,
    );
  }
  return avisos;
}
