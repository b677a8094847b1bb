/**
 * Dates as Spanish administrative texts write them, read to ISO `YYYY-MM-DD`.
 *
 * > | Ciudad de México, a 11 de abril de 2017.- El Director General ...
 *                         ^ 2017-04-11
 * > | FECHA DE ENTRADA EN VIGOR: 1º DE ABRIL DE 2011          (ordinal sign, capitals)
 * > | publicado en el Diario Oficial de la Federación el 13 de noviembre 2006;   (no `de` before the year)
 * > | ACTUALIZACION 17 ABR 2023                               (a registration stamp, `primeraFecha` only)
 *
 * A date that does not exist (`31 de febrero`) is no date.
 */

const meses: Record<string, number> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};
/** Three-letter month abbreviations of a registration stamp (`17 ABR 2023`). */
const mesesCortos = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

/** `30 de diciembre de 2010`, `1º DE ABRIL DE 2011`, `primero de marzo de 2020`, `13 de noviembre 2006`. */
const fechaLarga = /\b(\d{1,2}|primero)\s*[º°o]?\s+de\s+(\p{L}+)\s+(?:del?\s+)?(\d{4})\b/giu;
/** `17 ABR 2023`, `17 abr. 2023`. */
const fechaCorta = /\b(\d{1,2})\s+(\p{L}{3})\.?\s+(\d{4})\b/iu;

function iso(anio: number, mes: number, dia: number): string | null {
  const fecha = new Date(Date.UTC(anio, mes - 1, dia));
  // 31 de junio does not exist: Date would roll it over to July.
  if (fecha.getUTCMonth() !== mes - 1 || fecha.getUTCDate() !== dia) return null;
  return `${String(anio).padStart(4, '0')}-${String(mes).padStart(2, '0')}-${String(dia).padStart(2, '0')}`;
}

/** Every date written out in `texto` that exists, in order. */
export function fechasEnEspanol(texto: string): string[] {
  const fechas: string[] = [];
  for (const [, dia = '', mes = '', anio = ''] of texto.matchAll(fechaLarga)) {
    const numeroDeMes = meses[mes.toLocaleLowerCase('es')];
    const fecha = numeroDeMes ? iso(Number(anio), numeroDeMes, /^\d+$/u.test(dia) ? Number(dia) : 1) : null;
    if (fecha) fechas.push(fecha);
  }
  return fechas;
}

/** The first date written out in `texto`, or null. */
export function fechaEnEspanol(texto: string): string | null {
  return fechasEnEspanol(texto)[0] ?? null;
}

/** The first date of a text, written out or as a registration stamp (`17 ABR 2023`). */
export function primeraFecha(texto: string): string | null {
  const escrita = fechaEnEspanol(texto);
  if (escrita) return escrita;
  const corta = fechaCorta.exec(texto);
  const mes = mesesCortos.indexOf((corta?.[2] ?? '').toLowerCase());
  return corta && mes >= 0 ? iso(Number(corta[3]), mes + 1, Number(corta[1])) : null;
}
