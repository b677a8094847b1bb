/**
 * How a page says where its text is in the source: the line range, and the
 * PDF pages first when the source is a PDF (`pp. 12–13, líneas 410–482`), so
 * a reader with the printed manual finds the place without the extracted text.
 */
export function ubicacionEnFuente(fuente: { desde: number; hasta: number; paginas?: { desde: number; hasta: number } | undefined }): string {
  const lineas = `líneas ${fuente.desde}–${fuente.hasta}`;
  const { paginas } = fuente;
  if (!paginas) return lineas;
  return paginas.desde === paginas.hasta ? `p. ${paginas.desde}, ${lineas}` : `pp. ${paginas.desde}–${paginas.hasta}, ${lineas}`;
}
