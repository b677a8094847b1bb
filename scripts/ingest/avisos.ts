import { reglas, type Aviso, type Regla } from '../../src/model/index.ts';

/**
 * Raises one message: its rule, the line it is about, and what is wrong then
 * what was expected or how to fix it.
 *
 * @example avisar('funcion-vacia', 412, 'la función 3 no tiene texto.')
 */
export type Avisar = (regla: Regla, linea: number, mensaje: string) => void;

/**
 * The one way the ingest raises a message about a file: each goes into
 * `avisos` with the file's name and the severity its rule has in the
 * registry (src/model/avisos.ts), so no place can give a rule another one.
 */
export function avisador(archivo: string, avisos: Aviso[]): Avisar {
  return (regla, linea, mensaje) => {
    avisos.push({ archivo, linea, nivel: reglas[regla].nivel, regla, mensaje });
  };
}
