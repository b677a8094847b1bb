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
  'Subdirección',
  'Dirección',
  'Unidad',
  'Coordinación',
  'Subcoordinación',
  'Prosecretaría',
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

/**
 * The kind of a unit from its name; the name's first word when no kind matches.
 * `propios`: kinds of one institution that a family knows (tried first).
 */
export function tipoDeUnidad(nombre: string, propios: readonly string[] = []): string {
  // The first word without the punctuation stuck to it (`Coordinación:` -> `Coordinación`).
  const palabra = nombre.trim().split(/\s+/)[0]?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return tipoConocido(nombre, propios) ?? (palabra || nombre);
}

/** The kinds lowercased once (locale-aware lowercasing is slow, and Spanish needs no special case). */
const tiposEnMinusculas = tipos.map((tipo) => [tipo, tipo.toLowerCase()] as const);

/** The kind of a unit when its name begins with a known kind, else null (the name is not a unit's). */
export function tipoConocido(nombre: string, propios: readonly string[] = []): string | null {
  const lower = nombre.toLowerCase();
  const propio = propios.find((tipo) => lower === tipo.toLowerCase() || lower.startsWith(`${tipo.toLowerCase()} `));
  if (propio) return propio;
  return tiposEnMinusculas.find(([, candidate]) => lower === candidate || lower.startsWith(`${candidate} `))?.[0] ?? null;
}
