/**
 * Who performs which activity when the conversion merged several table rows
 * into one: one cell lists the roles in order, the other the activities in
 * order, and the row boundaries are gone.
 *
 * > | <p>UIT/CMC</p> <p>CC/JDC</p> <p>UIT/CMC/CTCI</p> <p>División de Implementación</p> <p>Asesora o Asesor/...</p> | ... six activities ... |
 *       ^ five roles for six activities: one role did two in a row, which one the text must tell
 */

/** Verbs that hand the work to someone else: the next activity is likely theirs. */
const verbosDeEntrega = /\b(?:env[íi]a|remite|turna|notifica|entrega|canaliza|informa)\b/iu;

/** The parts of a role (`UIT/CMC/CTCI` is UIT, CMC or CTCI). */
function partes(rol: string): string[] {
  return rol
    .split('/')
    .map((parte) => parte.trim())
    .filter((parte) => parte !== '');
}

function escapar(texto: string): string {
  return texto.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Index in `texto` where a part of the role is named as a whole word, or -1. */
function mencion(texto: string, rol: string, desde = 0): number {
  let primera = -1;
  for (const parte of partes(rol)) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapar(parte)}(?![\\p{L}\\p{N}])`, 'iu').exec(texto.slice(desde));
    if (m && (primera === -1 || m.index + desde < primera)) primera = m.index + desde;
  }
  return primera;
}

/**
 * How well a role fits an activity: an activity that names the role as the
 * one it writes to, receives from or works with is not that role's own
 * (nobody sends a mail to themselves).
 */
function puntajePropio(texto: string, rol: string): number {
  return mencion(texto, rol) >= 0 ? -1 : 0;
}

/** An activity that hands work to a role ("lo envía a la División de Implementación") is followed by that role's. */
function puntajeDeEntrega(texto: string, rolSiguiente: string): number {
  const entrega = verbosDeEntrega.exec(texto);
  return entrega && mencion(texto, rolSiguiente, entrega.index) >= 0 ? 1 : 0;
}

/**
 * Assigns `roles` (in order) to `actividades` (in order): each role performs
 * a consecutive run of at least one activity, the first role the first
 * activity, the last role the last. Among the possible runs it picks the one
 * whose texts agree best with the roles (see `puntajePropio`,
 * `puntajeDeEntrega`); on a tie, earlier roles take the longer runs, as a
 * table reads top down. Dynamic programming, so long tables stay cheap.
 *
 * Returns, for each activity, the index of its role. Requires
 * `roles.length <= actividades.length` and at least one of each.
 */
export function alinearResponsables(roles: readonly string[], actividades: readonly string[]): number[] {
  const n = actividades.length;
  const r = roles.length;
  // mejor[i][j]: best score of activities i..n-1 when activity i is role j.
  const mejor: number[][] = Array.from({ length: n }, () => Array<number>(r).fill(Number.NEGATIVE_INFINITY));
  for (let i = n - 1; i >= 0; i--) {
    const texto = actividades[i] ?? '';
    for (let j = 0; j < r; j++) {
      // Role j can do activity i only if roles before and after it still fit.
      if (j > i || r - 1 - j > n - 1 - i) continue;
      const propio = puntajePropio(texto, roles[j] ?? '');
      if (i === n - 1) {
        if (j === r - 1) mejor[i]![j] = propio;
        continue;
      }
      // Staying with the same role is no hand-off: only a change of role earns the bonus.
      const quedarse = mejor[i + 1]?.[j] ?? Number.NEGATIVE_INFINITY;
      const avanzar = j + 1 < r ? (mejor[i + 1]?.[j + 1] ?? Number.NEGATIVE_INFINITY) + puntajeDeEntrega(texto, roles[j + 1] ?? '') : Number.NEGATIVE_INFINITY;
      mejor[i]![j] = propio + Math.max(quedarse, avanzar);
    }
  }
  const asignacion: number[] = [0];
  for (let i = 0; i < n - 1; i++) {
    const j = asignacion[i] ?? 0;
    const texto = actividades[i] ?? '';
    const quedarse = mejor[i + 1]?.[j] ?? Number.NEGATIVE_INFINITY;
    const avanzar = j + 1 < r ? (mejor[i + 1]?.[j + 1] ?? Number.NEGATIVE_INFINITY) + puntajeDeEntrega(texto, roles[j + 1] ?? '') : Number.NEGATIVE_INFINITY;
    asignacion.push(quedarse >= avanzar ? j : j + 1);
  }
  return asignacion;
}
