import type { Acuerdo, Aviso, Documento, Line, Seccion, Unidad } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { colocar, juntar, type Colocadas } from '../../colocadas.ts';
import type { Estructura, Segmento } from '../../recognizer.ts';
import { encabezadoArabigo, parseOverview, tipoDeSeccion, type DetectorEncabezado } from '../../constructs/overview.ts';
import { findAcuerdos, parseAcuerdo } from '../../constructs/acuerdo-dof.ts';
import { encabezadoFunciones, encabezadoUnidad, esTitulo, unidadDespues } from './detect.ts';
import { esEncabezadoIndice, institucion, leerAutorizacion, leerIndice, leerTitulo, vigencia, type EntradaIndice } from './front.ts';
import { leerUnidades } from './units.ts';
import { plegar } from '../../constructs/texto.ts';

/**
 * Reads one IMSS manual (text, not a scan) in the order it is printed:
 *
 * > | ACUERDO Número ACDO... (optional DOF wrapper)      -> documento.acuerdos
 * > | MANUAL DE ORGANIZACIÓN ...                         -> titulo
 * > | Autorización / signer / legend                     -> section `Autorización`
 * > | Índice                                             -> section of kind `indice`
 * > | 1. Introducción ... 6. Organigramas                -> sections
 * > | 7. Funciones Sustantivas                           -> heading of the units
 * > | 7.1 Unidad de ... / 1. ... 2. ...                  -> units and their functions
 * > | 8. Glosario (if a section follows the units)       -> sections
 *
 * Never throws on odd input: what it cannot read it leaves unplaced (the
 * report lists those lines) or reports as an `Aviso` with its line.
 */
export function estructurarManual(segmento: Segmento): Estructura {
  const { archivo, lines } = segmento;
  const colocadas: Colocadas = new Map();
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);

  // Where the units start: the `Funciones Sustantivas` heading, or else the first unit heading.
  const funciones = lines.findIndex((line, i) => {
    const encabezado = encabezadoFunciones(line);
    return encabezado !== null && unidadDespues(lines, i, encabezado.numero);
  });
  const raiz = funciones >= 0 ? (encabezadoFunciones(lines[funciones] as Line)?.numero ?? null) : null;
  const primeraUnidad = lines.findIndex((line, i) => i > funciones && encabezadoUnidad(line.texto, raiz) !== null);
  const inicioUnidades = funciones >= 0 ? funciones : primeraUnidad >= 0 ? primeraUnidad : lines.length;
  if (funciones >= 0) colocar(colocadas, 'encabezado', [lines[funciones]?.n ?? 0]);
  else {
    avisar(
      'sin-funciones-sustantivas',
      lines[inicioUnidades]?.n ?? lines[0]?.n ?? 1,
      'no se encontró el encabezado «Funciones Sustantivas»; las unidades se leen desde el primer encabezado numerado. ¿El texto está incompleto?',
    );
  }

  // Cover: acuerdo, title.
  const tituloIndice = lines.findIndex((line, i) => i < inicioUnidades && esTitulo(line));
  const titulo = tituloIndice >= 0 ? leerTitulo(lines, tituloIndice) : null;
  const acuerdos: Acuerdo[] = [];
  if (titulo) {
    colocar(colocadas, 'portada', titulo.lineas);
    // The DOF acuerdo that approves the manual is printed before its title.
    const antes = lines.slice(0, tituloIndice);
    for (const tramo of findAcuerdos(antes)) {
      const leido = parseAcuerdo(archivo, antes.slice(tramo.desde, tramo.hasta + 1));
      acuerdos.push(leido.acuerdo);
      juntar(colocadas, leido.colocadas);
      avisos.push(...leido.avisos);
    }
  } else {
    avisar(
      'sin-titulo',
      lines.find((line) => line.texto.trim() !== '')?.n ?? 1,
      'no se encontró el título «MANUAL DE ORGANIZACIÓN ...» antes de las funciones; el documento queda sin título (el catálogo da el que se publica).',
    );
  }
  const finTitulo = titulo ? tituloIndice + titulo.lineas.length : 0;
  const inicioPortada = acuerdos.length > 0 ? tituloIndice : 0;

  // Contents.
  const secciones: Seccion[] = [];
  const indiceEn = lines.findIndex((line, i) => i >= finTitulo && i < inicioUnidades && esEncabezadoIndice(line));
  const indice = indiceEn >= 0 ? leerIndice(archivo, lines, indiceEn) : null;
  if (indice) {
    secciones.push(indice.seccion);
    colocar(colocadas, 'indice', indice.lineas);
  }

  // Overview: from `1. ...` after the cover and contents up to the units.
  const desde = Math.max(finTitulo, indice?.fin ?? 0);
  const encabezados = lines
    .map((line, i) => ({ i, encabezado: i >= desde && i < inicioUnidades ? encabezadoArabigo(line.texto, null) : null }))
    .filter((candidato) => candidato.encabezado !== null);
  const inicioResumen = (encabezados.find((c) => c.encabezado?.numero === '1') ?? encabezados[0])?.i ?? inicioUnidades;

  const enIndice = new Set(indice?.lineas ?? []);
  const portada = lines.slice(inicioPortada, inicioResumen).filter((line) => !colocadas.has(line.n) && !enIndice.has(line.n));
  const autorizacion = leerAutorizacion(archivo, portada);
  if (autorizacion) {
    secciones.push(autorizacion.seccion);
    colocar(colocadas, 'firma', autorizacion.lineas);
  }
  const sinLeer = portada.filter((line) => line.texto.trim() !== '' && !colocadas.has(line.n));
  if (sinLeer[0]) {
    avisar('portada-sin-leer', sinLeer[0].n, `${sinLeer.length} línea(s) antes de la primera sección no se reconocen (se esperaba el título, «Autorización» o el «Índice»); quedan sin ubicar.`);
  }

  const resumen = parseOverview(archivo, lines.slice(inicioResumen, inicioUnidades));
  secciones.push(...resumen.secciones);
  juntar(colocadas, resumen.colocadas);
  avisos.push(...resumen.avisos);

  // Units, and any numbered section after them (a glossary).
  const entradas = indice?.entradas ?? [];
  const finUnidades = buscarSeccionPosterior(lines, inicioUnidades + 1, raiz, entradas);
  const unidades = leerUnidades(archivo, lines.slice(inicioUnidades + (funciones >= 0 ? 1 : 0), finUnidades), raiz);
  juntar(colocadas, unidades.colocadas);
  avisos.push(...unidades.avisos);
  if (finUnidades < lines.length && raiz !== null) {
    const despues: DetectorEncabezado = (texto, anterior) => encabezadoArabigo(texto, anterior ?? raiz);
    const posterior = parseOverview(archivo, lines.slice(finUnidades), despues);
    secciones.push(...posterior.secciones);
    juntar(colocadas, posterior.colocadas);
    avisos.push(...posterior.avisos);
  }

  avisos.push(...cotejarIndice(archivo, entradas, unidades.unidades, raiz));
  const ultimaFuncion = unidades.unidades.at(-1)?.funciones.at(-1);
  if (ultimaFuncion && finUnidades === lines.length && !/[.;:)"”]$/u.test(ultimaFuncion.texto)) {
    avisar(
      'texto-cortado',
      ultimaFuncion.linea,
      `la última función del manual termina sin punto («…${ultimaFuncion.texto.slice(-40)}»); ¿el texto está cortado? Compárelo con el documento publicado.`,
    );
  }
  avisos.push(...marcadoHtml(archivo, lines));

  const primera = lines.find((line) => line.texto.trim() !== '');
  const ultima = lines.findLast((line) => line.texto.trim() !== '');
  const documento: Documento = {
    familia: 'manual-imss',
    titulo: titulo?.texto ?? '',
    institucion: institucion(lines),
    fechas: {
      expedicion: acuerdos[0]?.fecha ?? null,
      // The catalog, too, takes a manual's `Vigencia` as its publication date.
      publicacion: vigencia(lines.slice(0, inicioUnidades)),
      modificaciones: [],
    },
    acuerdos,
    secciones: secciones.sort((a, b) => a.fuente.desde - b.fuente.desde),
    unidades: unidades.unidades,
    fuente: { archivo, desde: primera?.n ?? lines[0]?.n ?? 1, hasta: ultima?.n ?? lines.at(-1)?.n ?? 1 },
  };
  return { documento, colocadas, avisos };
}

/**
 * The first numbered section after the units (`8. Glosario` after `7. Funciones
 * Sustantivas`): next in number, and either a known kind of section or the
 * title the contents give that number (so a short function `8. Validar ...` is
 * never taken for one).
 */
function buscarSeccionPosterior(lines: readonly Line[], desde: number, raiz: string | null, entradas: readonly EntradaIndice[]): number {
  if (raiz === null) return lines.length;
  for (let i = desde; i < lines.length; i++) {
    const encabezado = encabezadoArabigo(lines[i]?.texto ?? '', raiz);
    if (!encabezado) continue;
    const enIndice = entradas.some((e) => e.numero === encabezado.numero && plegar(e.titulo) === plegar(encabezado.titulo));
    if (enIndice || tipoDeSeccion(encabezado.titulo) !== 'otra') return i;
  }
  return lines.length;
}

/** Units the contents list but the text lacks (a manual cut short), and the reverse. */
function cotejarIndice(archivo: string, entradas: readonly EntradaIndice[], unidades: readonly Unidad[], raiz: string | null): Aviso[] {
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const deUnidades = entradas.filter((e) => e.numero.includes('.') && (raiz === null || e.numero.startsWith(`${raiz}.`)));
  if (deUnidades.length === 0) return avisos;
  const listadas = new Set(deUnidades.map((e) => e.numero));
  for (const entrada of deUnidades) {
    const unidad = unidades.find((u) => u.numeral === entrada.numero);
    if (!unidad) {
      avisar(
        'unidad-faltante',
        entrada.linea,
        `la unidad ${entrada.numero} «${entrada.titulo}» figura en el índice pero no en el texto; ¿el manual está incompleto? Se esperaba su encabezado bajo «Funciones Sustantivas».`,
      );
      continue;
    }
    // The contents may cut a long name short (MOIMSS: `... Estatales y Regionale`); the heading in the text wins.
    const enIndice = plegar(entrada.titulo).replace(/\.$/, '');
    if (!plegar(unidad.nombre).startsWith(enIndice)) {
      avisar(
        'nombre-distinto-del-indice',
        unidad.fuente.desde,
        `la unidad ${entrada.numero} se llama «${unidad.nombre}» en el texto y «${entrada.titulo}» en el índice (línea ${entrada.linea}); se publica el nombre del texto.`,
      );
    }
  }
  for (const unidad of unidades) {
    if (unidad.numeral !== null && !listadas.has(unidad.numeral)) {
      avisar('unidad-fuera-del-indice', unidad.fuente.desde, `la unidad ${unidad.numeral} «${unidad.nombre}» no figura en el índice; revise si el índice está desactualizado.`);
    }
  }
  return avisos;
}

/**
 * HTML in a line is kept as text (it is what the source says); the site must
 * escape it. Reported so nobody is surprised.
 *
 * > | 1. Validar <script>alert(1)</script> estrategias ...
 */
function marcadoHtml(archivo: string, lines: readonly Line[]): Aviso[] {
  const etiqueta = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/iu;
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  for (const line of lines) {
    const match = etiqueta.exec(line.texto);
    if (match) avisar('marcado-html', line.n, `la línea contiene marcado HTML («${match[0]}»); se conserva como texto y el sitio debe escaparlo.`);
  }
  return avisos;
}

