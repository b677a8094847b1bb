/**
 * Progress of the OCR of a scanned PDF on stderr (seconds a page: a long
 * scan takes minutes). On a terminal one line is rewritten; in a log, one
 * line every tenth of the pages and at the end.
 */
export function progresoDeOcr(archivo: string, stream: NodeJS.WriteStream = process.stderr): (hechas: number, total: number) => void {
  const started = Date.now();
  return (hechas, total) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const message = `${archivo}: OCR de ${hechas} de ${total} páginas escaneadas (${seconds} s)`;
    if (stream.isTTY) stream.write(`\r${message}${hechas === total ? '\n' : ''}`);
    else if (hechas === total || hechas % Math.max(1, Math.round(total / 10)) === 0) stream.write(`${message}\n`);
  };
}
