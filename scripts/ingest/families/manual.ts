import type { Aviso, Documento, Line, Unidad } from '../../../src/model/index.ts';
import { avisador } from '../avisos.ts';
import { colocar, juntar, type Colocadas } from '../colocadas.ts';
import type { Estructura, Reconocedor, Segmento } from '../recognizer.ts';
import { joinWrapped } from '../constructs/numbered-list.ts';
import { leerListaDeFunciones } from '../constructs/lista-de-funciones.ts';
import { fechaDePublicacionDelDocumento, seccionDeNotas } from '../constructs/notas.ts';
import { slug } from '../identity.ts';
import { tipoDeUnidad } from '../constructs/tipo-unidad.ts';
import { plegar } from '../constructs/texto.ts';
import { leerEncabezadoDeSeccion } from '../constructs/seccion.ts';
import { bloquesPorEtiqueta, bloquesPorNumeral, etiquetasDe, type BloqueDeUnidad } from './manual/bloques.ts';
import { leerEstructura, ponerSuperiores } from './manual/arbol.ts';
import { leerResumen } from './manual/resumen.ts';

/**
 * The manual de organización of any institution (`manual`): units described
 * by a heading, an objetivo and a list of functions, found by the labels
 * that open their parts or, without labels, by their numbered headings;
 * posts (`Funciones del puesto`) under their unit; the tree from numerals,
 * the structure list or the units' ranks; everything else as sections.
 *
 * > | MANUAL DE ORGANIZACION GENERAL DE LA COMISION ...        -> titulo
 * > | INTRODUCCIÓN / ... / ESTRUCTURA ORGÁNICA / ...          -> sections (the structure list gives the tree)
 * > | Dirección General de Supervisión Operativa               -> a unit (bloques.ts)
 * > | Objetivo / ... / Funciones / 1. ...                      -> its objetivo and functions (constructs)
 * > | CONTROL DE CAMBIOS                                       -> a section
 */
export const manual: Reconocedor = {
  familia: 'manual',
  inicios,
  estructurar,
  respaldo: true,
};

/** Two described units make a manual; one could be a quoted example. */
const unidadesMin = 2;
/** A manual's title on its cover. */
const tituloDeManual = /^\W{0,3}manual\s+(?:de\s+organizacion|general\s+de\s+organizacion|de\s+organizacion\s+(?:general|especifico))\b|^\W{0,3}manual(?:\s+de)?\s*$/u;

function bloquesDe(lines: readonly Line[]): BloqueDeUnidad[] {
  const etiquetas = etiquetasDe(lines);
  const porEtiqueta = bloquesPorEtiqueta(lines, etiquetas);
  return porEtiqueta.length >= unidadesMin ? porEtiqueta : bloquesPorNumeral(lines, etiquetas);
}

/** A manual starts at its title (`MANUAL DE ORGANIZACIÓN ...`) above its first unit, or at the text's start. */
function inicios(lines: readonly Line[]): number[] {
  const bloques = bloquesDe(lines);
  if (bloques.length < unidadesMin) return [];
  const primera = bloques[0]?.desde ?? 0;
  for (let i = 0; i < primera; i++) {
    if (tituloDeManual.test(plegar(lines[i]?.texto.trim() ?? ''))) return [i];
  }
  const texto = lines.findIndex((line) => line.texto.trim() !== '');
  return texto >= 0 ? [texto] : [];
}

function estructurar(segmento: Segmento): Estructura {
  const { archivo, lines } = segmento;
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);
  const colocadas: Colocadas = new Map();
  const bloques = bloquesDe(lines);

  // Units and posts, in document order.
  const unidades: Unidad[] = [];
  const claves = new Map<string, number>();
  let unidadActual: Unidad | null = null;
  for (const bloque of bloques) {
    const unidad = unidadDeBloque(archivo, bloque, avisos);
    let clave = bloque.encabezado.numeral ?? `${bloque.puesto ? 'puesto-' : ''}${slug(unidad.nombre)}`;
    const veces = (claves.get(clave) ?? 0) + 1;
    claves.set(clave, veces);
    if (veces > 1) clave = `${clave}~${veces}`;
    unidad.clave = clave;
    unidad.orden = unidades.length;
    if (bloque.puesto) {
      unidad.tipo = 'Puesto';
      unidad.puesto = true;
      if (unidadActual) {
        unidad.padre = unidadActual.clave;
        unidad.notas.push(`puesto de ${unidadActual.nombre}, la unidad que lo precede en el manual`);
      }
    } else unidadActual = unidad;
    unidades.push(unidad);
    // A numeral makes the heading; without one, the label it sits above (or that names it) does.
    colocar(colocadas, bloque.encabezado.numeral === null ? 'bloque-etiquetado' : 'encabezado-numerado', bloque.encabezado.lineas);
    colocar(colocadas, 'bloque-etiquetado', [bloque.objetivo?.etiqueta, bloque.funciones.etiqueta].filter((line) => line !== undefined && line !== null));
  }
  for (const bloque of bloques) juntar(colocadas, lineasColocadasDe(bloque));

  // Everything outside the units: sections; the structure list gives the tree.
  const dentro = new Set<number>();
  for (const bloque of bloques) for (let i = bloque.desde; i <= bloque.hasta; i++) dentro.add(i);
  const tramos: Line[][] = [];
  let tramo: Line[] = [];
  lines.forEach((line, i) => {
    if (dentro.has(i)) {
      if (tramo.length > 0) tramos.push(tramo);
      tramo = [];
    } else tramo.push(line);
  });
  if (tramo.length > 0) tramos.push(tramo);
  const iTitulo = lines.findIndex((line) => tituloDeManual.test(plegar(line.texto.trim())));
  const titulo = iTitulo >= 0 ? leerTitulo(lines, iTitulo, segmento.notas.map((nota) => nota.marca)) : null;
  colocar(colocadas, 'portada', titulo?.lineas ?? []);
  const resumen = leerResumen(
    archivo,
    tramos.map((lineas) => lineas.filter((line) => !titulo?.lineas.includes(line.n))),
    'Portada',
  );
  juntar(colocadas, resumen.colocadas);
  avisos.push(...resumen.avisos);
  const secciones = resumen.secciones;
  const notas = seccionDeNotas(archivo, segmento.notas);
  if (notas) {
    secciones.push(notas);
    for (const nota of segmento.notas) colocar(colocadas, 'notas', nota.lineas);
  }
  const estructura = secciones.find((seccion) => seccion.tipo === 'estructura');
  const lineasDeEstructura = estructura ? lines.filter((line) => line.n > estructura.fuente.desde && line.n <= estructura.fuente.hasta) : [];
  // Posts hang from the unit they are described under; the tree is the units'.
  ponerSuperiores(
    unidades.filter((unidad) => !unidad.puesto),
    leerEstructura(lineasDeEstructura),
  );

  const primera = lines.find((line) => line.texto.trim() !== '');
  const ultima = lines.findLast((line) => line.texto.trim() !== '');
  // A title printed only in the running header (a scan's header table) is still the title.
  const deEncabezado = titulo ? undefined : segmento.encabezados?.find((texto) => tituloDeManual.test(plegar(texto)));
  const documento: Documento = {
    familia: 'manual',
    titulo: titulo?.texto ?? deEncabezado?.replace(/^\P{L}+/u, '') ?? '',
    institucion: null,
    fechas: {
      expedicion: null,
      publicacion: fechaDePublicacionDelDocumento({
        encabezados: segmento.encabezados ?? [],
        notas: segmento.notas,
        parrafos: secciones.filter((seccion) => seccion.fuente.desde < (unidades[0]?.fuente.desde ?? Number.POSITIVE_INFINITY)).flatMap((seccion) => seccion.bloques.flatMap((bloque) => (bloque.tipo === 'parrafo' ? [bloque.texto] : []))),
      }),
      modificaciones: [],
    },
    acuerdos: [],
    secciones: secciones.sort((a, b) => a.fuente.desde - b.fuente.desde),
    unidades,
    fuente: { archivo, desde: primera?.n ?? 1, hasta: ultima?.n ?? 1 },
  };
  if (!titulo && !deEncabezado) {
    avisar('sin-titulo', primera?.n ?? 1, 'no se encontró el título «MANUAL DE ORGANIZACIÓN ...» antes de las unidades; el documento queda sin título (el catálogo da el que se publica).');
  }
  return { documento, colocadas, avisos };
}

/** A unit (or post) from its block: name, numeral, objetivo and functions. */
function unidadDeBloque(archivo: string, bloque: BloqueDeUnidad, avisos: Aviso[]): Unidad {
  const avisar = avisador(archivo, avisos);
  const { encabezado } = bloque;
  const objetivo = bloque.objetivo ? textoDeParrafo([bloque.objetivo.resto, ...bloque.objetivo.lineas.map((line) => line.texto.trim())]) : null;
  const etiqueta = bloque.funciones.etiqueta;
  const primeraLinea: Line[] = etiqueta && bloque.funciones.resto !== '' ? [{ n: etiqueta.n, texto: bloque.funciones.resto }] : [];
  const lista = leerListaDeFunciones(archivo, [...primeraLinea, ...bloque.funciones.lineas], encabezado.nombre);
  avisos.push(...lista.avisos);
  const numerosImpresos = lista.marcas.some((marca, i) => marca !== null && marca !== String(i + 1));
  const ultima = [...bloque.funciones.lineas].reverse().find((line) => line.texto.trim() !== '') ?? etiqueta ?? encabezado.lineas.at(-1);
  const unidad: Unidad = {
    clave: '',
    numeral: encabezado.numeral,
    nombre: encabezado.nombre,
    tipo: tipoDeUnidad(encabezado.nombre),
    padre: null,
    orden: 0,
    objetivo: objetivo === '' ? null : objetivo,
    funciones: lista.funciones,
    fuente: { archivo, desde: encabezado.lineas[0]?.n ?? 1, hasta: ultima?.n ?? encabezado.lineas[0]?.n ?? 1 },
    notas: [],
  };
  if (plegar(bloque.funciones.rotulo) !== 'funciones') unidad.rotulo = bloque.funciones.rotulo;
  if (numerosImpresos) unidad.numeros = lista.marcas.map((marca, i) => marca ?? String(i + 1));
  if (lista.parrafos.length > 0) unidad.parrafos = lista.parrafos.map(({ despuesDe, texto, linea }) => ({ despuesDe, texto, linea }));
  if (lista.funciones.length === 0) {
    avisar('unidad-sin-funciones', encabezado.lineas[0]?.n ?? 1, `la unidad «${encabezado.nombre}» no tiene funciones bajo «${bloque.funciones.rotulo}»; se publica sin funciones.`);
  }
  return unidad;
}

/** The lines a block's constructs read: objetivo, functions (and the fields of a post). */
function lineasColocadasDe(bloque: BloqueDeUnidad): Colocadas {
  const conTexto = (lineas: readonly Line[]) => lineas.filter((line) => line.texto.trim() !== '');
  const colocadas: Colocadas = new Map();
  colocar(colocadas, 'bloque-etiquetado', [...bloque.campos, ...conTexto(bloque.objetivo?.lineas ?? [])]);
  colocar(colocadas, 'lista-de-funciones', conTexto(bloque.funciones.lineas));
  return colocadas;
}

/** Lines of one paragraph (or a few), joined; blank lines between paragraphs become one space. */
function textoDeParrafo(partes: readonly string[]): string {
  return partes
    .filter((parte) => parte.trim() !== '')
    .reduce((texto, parte) => (texto === '' ? parte.trim() : joinWrapped(texto, parte.trim())), '');
}

/**
 * The title from its first line: the lines below that go on with it (a
 * title broken over lines, in capitals or centered), without a footnote's call.
 *
 * > | MANUAL DE
 * > | ORGANIZACIÓN
 */
function leerTitulo(lines: readonly Line[], i: number, marcas: readonly string[]): { texto: string; lineas: number[] } {
  const tomadas: Line[] = [];
  for (let j = i; j < lines.length && tomadas.length < 4; j++) {
    const line = lines[j];
    const texto = line?.texto.trim() ?? '';
    if (!line || texto === '' || (tomadas.length > 0 && (/\p{Ll}/u.test(texto) !== /\p{Ll}/u.test(tomadas[0]?.texto ?? '') || leerEncabezadoDeSeccion(texto)))) break;
    tomadas.push(line);
    if (/\.(?:\s*\d{1,2})?$/u.test(texto)) break;
  }
  let texto = tomadas.map((line) => line.texto.trim()).join(' ').replace(/\s+/gu, ' ');
  for (const marca of marcas) texto = texto.replace(new RegExp(`\\s+${marca}$`, 'u'), '');
  return { texto: texto.replace(/\.$/u, ''), lineas: tomadas.map((line) => line.n) };
}
