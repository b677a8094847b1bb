/**
 * Kinds of unit, most specific first, as their names begin.
 *
 * > | Subjefatura de División de Atención a Solicitudes de Información
 *     ^ tipo = Subjefatura de División
 */
const tipos = [
  'Coordinación Técnica',
  'Coordinación General',
  'Coordinación Normativa',
  'Subjefatura de División',
  'Jefatura de Servicios',
  'Jefatura de División',
  'Jefatura de Departamento',
  'Dirección General',
  'Subdirección General',
  'Secretaría General',
  'Secretaría Técnica',
  'Junta de Gobierno',
  'Órgano Interno de Control',
  'Órganos de Operación Administrativa Desconcentrada',
  'Unidades Médicas de Alta Especialidad',
  'Subdirección',
  'Dirección',
  'Unidad',
  'Coordinación',
  'División',
  'Subjefatura',
  'Jefatura',
  'Tesorería',
  'Departamento',
  'Secretaría',
  'Contraloría',
  'Gerencia',
  'Delegación',
  'Oficina',
  'Área',
  'Comisión',
  'Consejo',
] as const;

/** The kind of a unit from its name; the name's first word when no kind matches. */
export function tipoDeUnidad(nombre: string): string {
  const lower = nombre.toLocaleLowerCase('es');
  const tipo = tipos.find((candidate) => lower === candidate.toLocaleLowerCase('es') || lower.startsWith(`${candidate.toLocaleLowerCase('es')} `));
  if (tipo) return tipo;
  return nombre.split(/\s+/)[0] ?? nombre;
}
