import type { Aviso, Line, Seccion } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { colocadasPor, colocar, juntar, type Colocadas } from '../../colocadas.ts';
import { parseBloques } from '../../constructs/overview.ts';
import { leerEncabezadoDeSeccion } from '../../constructs/seccion.ts';
import { plegar } from '../../constructs/texto.ts';

/**
 * A manual's text outside its units, as sections: the cover (what comes
 * before the first heading), then one section per heading of the manual's
 * own parts (`INTRODUCCIÓN`, `3. Marco Jurídico`, `Organigrama Específico`,
 * `CONTROL DE CAMBIOS`), each with its paragraphs and lists. Every line
 * lands in a section, so nothing outside the units goes unpublished.
 *
 * `tramos` are the runs of lines between unit blocks, in order; a section
 * may run over several (an organigrama between two units is its own).
 */
export function leerResumen(archivo: string, tramos: readonly (readonly Line[])[], portada: string): { secciones: Seccion[]; colocadas: Colocadas; avisos: Aviso[] } {
  const secciones: Seccion[] = [];
  const colocadas: Colocadas = new Map();
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  for (const [k, tramo] of tramos.entries()) {
    let titulo: { numero: string | null; titulo: string; tipo: Seccion['tipo']; linea: Line } | null = null;
    let cuerpo: Line[] = [];
    const cerrar = () => {
      const conTexto = cuerpo.filter((line) => line.texto.trim() !== '');
      if (!titulo && conTexto.length === 0) return;
      // A printed contents list: one entry per line, its page number aside.
      const leido =
        titulo?.tipo === 'indice'
          ? {
              bloques: conTexto.length === 0 ? [] : [{ tipo: 'lista' as const, ordenada: false, items: conTexto.map((line) => ({ texto: line.texto.trim().replace(/\s{2,}\d{1,4}$/u, '').replace(/\s+/gu, ' ') })) }],
              colocadas: colocadasPor('indice', conTexto),
              avisos: [],
            }
          : parseBloques(archivo, cuerpo);
      juntar(colocadas, leido.colocadas);
      avisos.push(...leido.avisos);
      const primera = titulo?.linea.n ?? conTexto[0]?.n ?? 1;
      const ultima = conTexto.at(-1)?.n ?? primera;
      if (!titulo && k > 0) {
        avisar(
          'texto-sin-seccion',
          primera,
          `${conTexto.length} línea(s) entre unidades no pertenecen a ninguna unidad ni siguen a un encabezado; se publican en el documento como «Texto sin encabezado». Revise si falta un encabezado o una etiqueta.`,
        );
      }
      secciones.push({
        numero: titulo?.numero ?? null,
        titulo: titulo?.titulo ?? (k === 0 ? portada : 'Texto sin encabezado'),
        tipo: titulo?.tipo ?? 'otra',
        bloques: leido.bloques,
        fuente: { archivo, desde: primera, hasta: Math.max(primera, ultima) },
      });
    };
    /** Inside a printed contents list: its entries are titles too, until the body repeats the first one. */
    let primeraEntrada: string | null | undefined;
    for (const line of tramo) {
      const encabezado = line.texto.trim() === '' ? null : leerEncabezadoDeSeccion(line.texto);
      if (primeraEntrada !== undefined && line.texto.trim() !== '' && encabezado?.tipo !== 'indice') {
        // An entry carries its page (`INTRODUCCIÓN 4`, `Misión ........ 7`); the body's heading does not.
        const comoEntrada = encabezado ?? leerEncabezadoDeSeccion(line.texto.replace(/[\s.…]+\d{1,4}\s*$/u, ''));
        const entrada = comoEntrada ? plegar(comoEntrada.titulo) : null;
        if (primeraEntrada === null || entrada !== primeraEntrada || !encabezado) {
          if (primeraEntrada === null && entrada) primeraEntrada = entrada;
          cuerpo.push(line);
          continue;
        }
      }
      if (encabezado) {
        primeraEntrada = encabezado.tipo === 'indice' ? null : undefined;
        cerrar();
        titulo = { ...encabezado, linea: line };
        colocar(colocadas, 'seccion', [line]);
        cuerpo = [];
        continue;
      }
      cuerpo.push(line);
    }
    cerrar();
  }
  return { secciones, colocadas, avisos };
}
