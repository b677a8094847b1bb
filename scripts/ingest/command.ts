import { relative } from 'node:path';
import { styleText } from 'node:util';
import { lugar, type Aviso, type Informe } from '../../src/model/index.ts';
import { archivoManifiesto, escribirManifiesto, generadoEnContenido, generadoEnDatos, ingestaAlDia, manifiestoDe, textoDeManifiesto, type CarpetasIngesta } from './al-dia.ts';
import { ingestCorpus } from './corpus.ts';
import { progresoDeOcr } from './progreso.ts';
import { diffGenerated, writeGenerated } from './write.ts';

/**
 * `organica ingest`: the whole corpus to content collections, reports and
 * open data, with progress per document and a summary on stderr; then the
 * manifest (content/_ingesta.json, al-dia.ts) and the charts of what it
 * wrote. Also run by `organica build`, which skips it when `ingestaAlDia`
 * says the manifest still matches the sources, the code and the outputs.
 */

export interface OpcionesIngesta extends CarpetasIngesta {
  /** Write nothing; exit 1 when the committed content differs from what the ingest makes. */
  check?: boolean;
  /**
   * Draw the charts of what was written, into content/graficas/, and remove the drawings no
   * longer used (default). `organica build` draws them in a step of its own instead.
   */
  graficas?: boolean;
}

/** Warnings beyond this many per file are counted, not printed: the report file has them all. */
const warningsShownMax = 20;

export async function ingest(options: OpcionesIngesta): Promise<number> {
  const ingesta = await ingestCorpus(
    { fuentes: options.fuentes, contenido: options.contenido },
    (documento, ms) => {
      const { catalogo } = documento;
      console.error(`${styleText('green', '✓')} ${catalogo.institucion.id}/${catalogo.id}  ${documento.unidades} unidades, ${documento.funciones} funciones  ${styleText('dim', `(${ms.toFixed(0)} ms)`)}`);
    },
    (archivo) => ({ progreso: progresoDeOcr(archivo) }),
  );
  for (const informe of ingesta.informes) printReport(informe);
  for (const catalogo of ingesta.inferidos) {
    console.error(
      `${catalogo.archivo}: ${styleText('yellow', 'aviso')}: no tiene entrada de catálogo; se publica con una inferida del texto ` +
        `(institución «${catalogo.institucion.nombre}», siglas ${catalogo.institucion.siglas}, «${catalogo.titulo}»). ` +
        `Escríbala para revisarla con: npx organica add ${options.fuentes}/${catalogo.archivo}`,
    );
  }
  const unplaced = ingesta.informes.reduce((sum, informe) => sum + informe.sinUbicar.length, 0);
  const mb = ingesta.bytes / 1e6;
  console.error(
    `${ingesta.documentos.length} documentos, ${ingesta.documentos.reduce((sum, d) => sum + d.unidades, 0)} unidades, ` +
      `${ingesta.documentos.reduce((sum, d) => sum + d.funciones, 0)} funciones; ${unplaced} líneas sin ubicar; ` +
      `${mb.toFixed(2)} MB analizados en ${ingesta.parseMs.toFixed(0)} ms (${(mb / (ingesta.parseMs / 1000)).toFixed(1)} MB/s)`,
  );
  if (options.check) {
    const manifiesto = { ruta: archivoManifiesto, contenido: textoDeManifiesto(await manifiestoDe(options, ingesta.archivos, ingesta.datos, { reutilizar: false })) };
    const differing = [
      ...(await diffGenerated(options.contenido, [...ingesta.archivos, manifiesto])),
      ...(await diffGenerated(options.datos, ingesta.datos)).map((ruta) => `${options.datos}/${ruta}`),
      ...(await graficasQueDifieren(options.contenido)),
    ];
    // Every file as made, yet the manifest's digests of the folders differ: files the ingest would remove.
    if (differing.length === 0 && !(await ingestaAlDia(options))) differing.push(`${archivoManifiesto} (sobran archivos generados que la ingesta ya no hace)`);
    if (differing.length === 0) {
      console.error('El contenido del repositorio (con los datos abiertos, el manifiesto y los organigramas) coincide byte a byte con la ingesta.');
      return 0;
    }
    console.error(`Difieren ${differing.length} archivos generados (ejecute npm run ingest):\n${differing.map((ruta) => `  ${ruta}`).join('\n')}`);
    return 1;
  }
  const changed = await writeGenerated(options.contenido, ingesta.archivos, generadoEnContenido);
  await writeGenerated(options.datos, ingesta.datos, generadoEnDatos);
  console.error(changed.length === 0 ? 'Sin cambios en content/.' : `${changed.length} archivos de content/ cambiaron.`);
  await escribirManifiesto(options.contenido, await manifiestoDe(options, ingesta.archivos, ingesta.datos));
  if (options.graficas === false) return 0;
  return (await dibujarGraficas(options.contenido)) === 0 ? 0 : 1;
}

/**
 * The charts of the content as written: the missing ones drawn (Chromium),
 * the ones it no longer shows removed. Loaded only here: --check and the
 * build's own chart step do not need it.
 */
async function dibujarGraficas(contenido: string): Promise<number> {
  const [{ renderCharts }, { chartsDir }] = await Promise.all([import('../charts/render.ts'), import('../charts/store.ts')]);
  return renderCharts({ contentDir: contenido, dir: chartsDir(contenido), prune: true });
}

/** Drawings the content needs and its graficas/ lacks, and drawings it has that nothing shows (no browser needed). */
async function graficasQueDifieren(contenido: string): Promise<string[]> {
  const [{ estadoGraficas }, { chartsDir }] = await Promise.all([import('../charts/render.ts'), import('../charts/store.ts')]);
  const dir = chartsDir(contenido);
  const { faltan, sobran } = await estadoGraficas({ contentDir: contenido, dir });
  const carpeta = relative(contenido, dir);
  return [...faltan.map((nombre) => `${carpeta}/${nombre} (falta el dibujo)`), ...sobran.map((nombre) => `${carpeta}/${nombre} (ya no se usa)`)];
}

export function printReport(informe: Informe): void {
  const shown: Aviso[] = informe.avisos.slice(0, warningsShownMax);
  for (const aviso of shown) console.error(`${lugar(aviso.archivo, aviso.linea, aviso.pagina)}: ${styleText(aviso.nivel === 'error' ? 'red' : 'yellow', aviso.nivel)}: ${aviso.mensaje}`);
  if (informe.avisos.length > shown.length) console.error(`  … y ${informe.avisos.length - shown.length} avisos más en el informe de ${informe.archivo}.`);
  for (const { linea, pagina, texto } of informe.sinUbicar.slice(0, warningsShownMax)) {
    console.error(`${lugar(informe.archivo, linea, pagina)}: ${styleText('yellow', 'sin ubicar')}: ${texto.trim().slice(0, 100)}`);
  }
  if (informe.sinUbicar.length > warningsShownMax) console.error(`  … y ${informe.sinUbicar.length - warningsShownMax} líneas sin ubicar más.`);
}
