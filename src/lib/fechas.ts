/**
 * Dates as readers see them. The model keeps ISO `YYYY-MM-DD`; the site writes
 * DOF dates the way Mexican legal citations do (`DOF 30-12-2010`) and other
 * dates in words (`1 de mayo de 2022`). No clock, no time zone: output is the
 * same on every build.
 */

const meses = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
] as const;

function partes(iso: string): { anio: string; mes: number; dia: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Fecha ${JSON.stringify(iso)} inválida; se esperaba AAAA-MM-DD`);
  return { anio: m[1]!, mes: Number(m[2]), dia: Number(m[3]) };
}

/** `2010-12-30` -> `DOF 30-12-2010`. */
export function fechaDof(iso: string): string {
  const [anio, mes, dia] = iso.split('-');
  partes(iso);
  return `DOF ${dia}-${mes}-${anio}`;
}

/** `2022-05-01` -> `1 de mayo de 2022`. */
export function fechaLarga(iso: string): string {
  const { anio, mes, dia } = partes(iso);
  return `${dia} de ${meses[mes - 1]} de ${anio}`;
}
