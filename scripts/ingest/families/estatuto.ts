import type { Aviso, Documento, Line, Seccion } from '../../../src/model/index.ts';
import type { Estructura, Reconocedor, Segmento } from '../recognizer.ts';
import { colocar, type Colocadas } from '../colocadas.ts';
import { fechaDePublicacionDelDocumento, fechaDeUltimaReforma, seccionDeNotas } from '../constructs/notas.ts';
import { leerArticulado, type Parrafo } from './estatuto/articulado.ts';
import { fechasEnEspanol } from '../constructs/fechas.ts';
import { clasificar, limpiar, tituloDeEstatuto, type LineaLeida } from './estatuto/lineas.ts';
import { leerPreliminares } from './estatuto/preliminares.ts';
import { unidadesDelEstatuto } from './estatuto/unidades.ts';

/**
 * An estatuto's title must be followed by at least this many articles, one of
 * them `Artículo 1.`, before it is claimed: a manual that merely cites an
 * estatuto in capitals is not one.
 */
const articulosMin = 2;

/**
 * Recognizer for the estatuto orgánico and reglamento interior family
 * (federal, state, judicial, university): títulos, capítulos and secciones, articles with their
 * paragraphs and fracciones, transitorios, and as units the bodies whose
 * atribuciones an article lists.
 *
 * > | ESTATUTO Orgánico de los Servicios de Salud del Estado (SESA-BIENESTAR).
 *     ^ start of the document (`inicios`)
 * > | TÍTULO TERCERO
 * > | DE LA ESTRUCTURA ORGÁNICA Y SUS ATRIBUCIONES CAPÍTULO I
 * > | Artículo 25. Son facultades y atribuciones de la Unidad de Atención a la Salud:
 *     ^ a unit: clave `articulo-25`, named after the article's sentence
 * > | - I. Establecer, organizar y desarrollar las políticas, ...
 *     ^ its function 1, fracción I
 *
 * Stages, one file each under estatuto/: lineas.ts (a line's shape),
 * preliminares.ts (title, preámbulo, printed contents list), articulado.ts
 * (divisions, articles, fracciones, transitorios), unidades.ts (units and tree).
 */
export const estatuto: Reconocedor = {
  familia: 'estatuto',
  inicios,
  estructurar,
};

/** Where each estatuto starts: its DOF title line, when articles (Artículo 1 among them) follow it. */
function inicios(lines: readonly Line[]): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!esTitulo(lines[i])) {
      i++;
      continue;
    }
    // The title repeats in capitals before the body: all repetitions up to the first article belong to this start.
    let articulos = 0;
    let conPrimero = false;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (!line) break;
      if (articulos > 0 && esTitulo(line)) break;
      const leida = clasificar(line);
      if (leida.clase === 'articulo') {
        articulos++;
        if (leida.numero === 1) conPrimero = true;
      }
    }
    if (articulos >= articulosMin && conPrimero) starts.push(i);
    i = j;
  }
  return starts;
}

function esTitulo(line: Line | undefined): boolean {
  return line !== undefined && tituloDeEstatuto.test(limpiar(line.texto).trim());
}

function estructurar(segmento: Segmento): Estructura {
  const { archivo } = segmento;
  const lineas = segmento.lines.map(clasificar);
  const preliminares = leerPreliminares(archivo, lineas, segmento.notas.map((nota) => nota.marca));
  const cuerpo = leerArticulado(archivo, lineas.slice(preliminares.inicioCuerpo));
  const { unidades, avisos: avisosDeUnidades } = unidadesDelEstatuto(archivo, cuerpo.leidos, preliminares.institucion);

  const secciones: Seccion[] = [];
  if (preliminares.preambulo.length > 0) {
    secciones.push(
      seccionDeParrafos(
        archivo,
        'Preámbulo',
        'otra',
        preliminares.preambulo,
        lineas,
        preliminares.indice?.desde ?? lineas[preliminares.inicioCuerpo]?.n,
      ),
    );
  }
  if (preliminares.indice) {
    const { entradas, desde, hasta } = preliminares.indice;
    secciones.push({
      numero: null,
      titulo: 'Índice',
      tipo: 'indice',
      bloques: [{ tipo: 'lista', ordenada: false, items: entradas.map(({ texto }) => ({ texto })) }],
      fuente: { archivo, desde, hasta },
    });
  }
  if (cuerpo.expedicion.length > 0) secciones.push(seccionDeParrafos(archivo, 'Expedición', 'otra', cuerpo.expedicion, lineas, undefined));
  const notas = seccionDeNotas(archivo, segmento.notas);
  if (notas) secciones.push(notas);

  const expedicion =
    fechasEnEspanol(cuerpo.expedicion.map(({ texto }) => texto).join(' '))[0] ??
    fechasEnEspanol(preliminares.preambulo.find(({ texto }) => /\bexpedi[rd]|\bexpide\b/iu.test(texto))?.texto ?? '').at(-1) ??
    null;
  // Where the text says it: the gazette's header, a footnote, a line about its own publication.
  const publicacion =
    fechasEnEspanol(cuerpo.publicacion ?? '')[0] ??
    fechaDePublicacionDelDocumento({ encabezados: segmento.encabezados ?? [], notas: segmento.notas, parrafos: preliminares.preambulo.map(({ texto }) => texto) });
  const reforma = preliminares.preambulo.map(({ texto }) => fechaDeUltimaReforma(texto)).find((fecha) => fecha !== null) ?? null;

  const documento: Documento = {
    familia: 'estatuto',
    titulo: preliminares.titulo,
    institucion: preliminares.institucion,
    fechas: { expedicion, publicacion, modificaciones: reforma ? [reforma] : [] },
    acuerdos: [],
    secciones,
    unidades,
    estatuto: { divisiones: cuerpo.divisiones, articulos: cuerpo.articulos, transitorios: cuerpo.transitorios },
    fuente: { archivo, desde: segmento.lines[0]?.n ?? 1, hasta: ultimaNoBlanca(lineas, lineas.length) ?? segmento.lines.at(-1)?.n ?? 1 },
  };
  const avisos: Aviso[] = [...preliminares.avisos, ...cuerpo.avisos, ...avisosDeUnidades].sort((a, b) => a.linea - b.linea);
  const colocadas: Colocadas = new Map(preliminares.colocadas);
  colocar(colocadas, 'articulado', cuerpo.colocadas);
  colocar(colocadas, 'notas', segmento.notas.flatMap((nota) => nota.lineas));
  return { documento, colocadas, avisos };
}

/** A section of paragraphs, its source range from the first paragraph to the last non-blank line before `hastaAntes`. */
function seccionDeParrafos(
  archivo: string,
  titulo: string,
  tipo: Seccion['tipo'],
  parrafos: readonly Parrafo[],
  lineas: readonly LineaLeida[],
  hastaAntes: number | undefined,
): Seccion {
  const desde = parrafos[0]?.linea ?? 1;
  const limite = hastaAntes === undefined ? lineas.length : lineas.findIndex((linea) => linea.n >= hastaAntes);
  const hasta = ultimaNoBlanca(lineas, limite < 0 ? lineas.length : limite) ?? desde;
  return {
    numero: null,
    titulo,
    tipo,
    bloques: parrafos.map(({ texto }) => ({ tipo: 'parrafo' as const, texto })),
    fuente: { archivo, desde, hasta: Math.max(desde, hasta) },
  };
}

/** The number of the last non-blank line before index `antes`. */
function ultimaNoBlanca(lineas: readonly LineaLeida[], antes: number): number | undefined {
  for (let i = antes - 1; i >= 0; i--) {
    const linea = lineas[i];
    if (linea && linea.clase !== 'blanca' && linea.clase !== 'pagina') return linea.n;
  }
  return undefined;
}
