/** Month names as the DOF spells them. */
const meses = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/**
 * A date written out in Spanish.
 *
 * > | ... en la Ciudad de México a 16 de noviembre de 2022.- ...
 *                                   ^ day, month, year
 */
const fechaEscrita = /\b(\d{1,2})(?:o|º)?\s+de\s+(\p{L}+)\s+(?:de|del)\s+(\d{4})\b/giu;

/** Every well-formed date in a text, as ISO `YYYY-MM-DD`, in order. */
export function fechasEn(texto: string): string[] {
  const fechas: string[] = [];
  for (const match of texto.matchAll(fechaEscrita)) {
    const dia = Number(match[1]);
    const mes = meses.indexOf((match[2] ?? '').toLocaleLowerCase('es').replace('setiembre', 'septiembre')) + 1;
    const anio = Number(match[3]);
    if (mes === 0 || dia < 1) continue;
    const fecha = new Date(Date.UTC(anio, mes - 1, dia));
    // 31 de junio does not exist: Date would roll it over to July.
    if (fecha.getUTCDate() !== dia) continue;
    fechas.push(`${String(anio).padStart(4, '0')}-${String(mes).padStart(2, '0')}-${String(dia).padStart(2, '0')}`);
  }
  return fechas;
}
