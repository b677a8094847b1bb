/**
 * The same document as other tools extract it, made from a `pdftotext
 * -layout` text: the ingest must read each the same. These are the shapes
 * the issue names (pdftotext plain, a PDF-to-Markdown converter, a browser's
 * print to text, CRLF and no-break spaces, hard-wrapped and hyphenated lines).
 */

/** Pages of a text, split at its form feeds. */
function paginas(texto: string): string[] {
  return texto.replace(/\f$/u, '').split('\f');
}

/** `pdftotext` without `-layout`: no indentation, no centering; form feeds kept. */
export function sinSangria(texto: string): string {
  return texto
    .split('\n')
    .map((linea) => linea.replace(/^(\f?)[ \t]+/u, '$1').replace(/[ \t]{2,}/gu, ' '))
    .join('\n');
}

/** A PDF-to-Markdown converter: a page comment at each page, capitals as `##` headings, no indentation. */
export function comoMarkdown(texto: string): string {
  return paginas(sinSangria(texto))
    .map((pagina, i) => {
      const lineas = pagina.split('\n').map((linea) => {
        const limpia = linea.trim();
        return limpia.length > 3 && limpia.length < 60 && /\p{L}/u.test(limpia) && !/\p{Ll}/u.test(limpia) ? `## ${limpia}` : linea;
      });
      return `<!-- Page ${i + 1} -->\n${lineas.join('\n')}`;
    })
    .join('\n');
}

/** A browser's print to text: no form feeds; each page ends with the date and `N/M`, wherever the sentence was. */
export function impresoPorNavegador(texto: string, titulo: string): string {
  const todas = paginas(sinSangria(texto));
  return todas.map((pagina, i) => `${pagina.replace(/\n+$/u, '')}\n4/12/26, 10:15 ${titulo} ${i + 1}/${todas.length}`).join('\n');
}

/** Windows line ends and the no-break spaces a word processor leaves after numerals and bullets. */
export function crlfYNoSeparables(texto: string): string {
  return texto.replace(/^(\s*(?:\d{1,3}|[IVX]{1,5})\.) /gmu, '$1\u00A0').replace(/\n/gu, '\r\n');
}

/** Lines longer than `ancho` broken there, a word cut with a hyphen where the break falls inside it. */
export function reenvuelto(texto: string, ancho = 120): string {
  return texto
    .split('\n')
    .flatMap((linea) => {
      const partes: string[] = [];
      let resto = linea;
      while (resto.length > ancho) {
        const corte = resto.lastIndexOf(' ', ancho);
        const enPalabra = corte < ancho * 0.6;
        const donde = enPalabra ? ancho - 1 : corte;
        partes.push(enPalabra ? `${resto.slice(0, donde)}-` : resto.slice(0, donde));
        resto = resto.slice(enPalabra ? donde : donde + 1);
      }
      partes.push(resto);
      return partes;
    })
    .join('\n');
}
