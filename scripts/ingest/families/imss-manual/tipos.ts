/**
 * Kinds of unit of the IMSS's manuals besides the general ones
 * (constructs/tipo-unidad.ts): groups of units that its structure names as
 * one, by a plural whose first word is not a kind.
 *
 * > | Unidades Médicas de Alta Especialidad
 *     ^ tipo = Unidades Médicas de Alta Especialidad (not `Unidades`)
 */
export const tiposDelImss = ['Órganos de Operación Administrativa Desconcentrada', 'Unidades Médicas de Alta Especialidad'] as const;
