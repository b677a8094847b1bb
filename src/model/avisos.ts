/**
 * The messages the ingest gives about a source, and every rule that gives one.
 *
 * A message has a reason (`mensaje`), a place (`archivo`, `linea`; the report
 * adds the PDF page) and the rule that raised it (`regla`), as a vfile message
 * has `reason`, `place` and `ruleId`. The severity belongs to the rule, not to
 * the place that raises it: the same problem is an error in every document.
 */

/**
 * `error`: the document comes out broken (no articles, a unit left out, two
 * units under one key); `aviso`: it comes out whole, with a reading worth checking.
 */
export type Nivel = 'error' | 'aviso';

/** What the registry says of a rule. */
export interface DefinicionDeRegla {
  nivel: Nivel;
  /** What a message of this rule means, in one line. */
  significa: string;
}

/**
 * Every rule the ingest reports by. A rule not listed here is a type error
 * wherever a message is raised, so the list is complete by construction.
 */
export const reglas = {
  // DOF acuerdos (constructs/acuerdo-dof.ts).
  'acuerdo-sin-titulo': { nivel: 'aviso', significa: 'un acuerdo no tiene la línea «ACUERDO por el que ...»; su primera línea hace de título' },
  'nota-al-pie-sin-texto': { nivel: 'aviso', significa: 'el título de un acuerdo lleva una llamada a una nota al pie que no está en el texto' },
  'fecha-invalida': { nivel: 'aviso', significa: 'la fecha de la línea de firma de un acuerdo no es una fecha; el acuerdo queda sin fecha' },
  'acuerdo-sin-firma': { nivel: 'aviso', significa: 'un acuerdo no tiene la línea de lugar y fecha; quedan vacíos su fecha y su firmante' },
  'acuerdo-sin-accion': { nivel: 'aviso', significa: 'el título de un acuerdo no dice si expide, actualiza o modifica el documento' },
  'acuerdo-repetido': { nivel: 'aviso', significa: 'el mismo acuerdo aparece dos veces; se publica una, completada con la otra' },

  // Lists of functions and of numbered items (constructs/, ocr/numbering.ts).
  'funcion-vacia': { nivel: 'aviso', significa: 'un elemento de una lista de funciones no tiene texto; no se publica' },
  'numeracion-de-funciones': { nivel: 'aviso', significa: 'los números impresos de una lista de funciones no coinciden con su posición' },
  'numero-de-funcion-repetido': { nivel: 'aviso', significa: 'el número de una función se imprimió dos veces («3.3.»); se lee una' },
  'numeracion-de-lista': { nivel: 'aviso', significa: 'los numerales impresos de una lista (fracciones, párrafos) no siguen su orden' },
  'numeral-inferido': { nivel: 'aviso', significa: 'a un elemento o a una unidad le falta el numeral y se infiere de lo que la rodea' },
  'texto-antes-de-funciones': { nivel: 'aviso', significa: 'texto que no es función antes de la primera función de una lista' },

  // Units of a manual.
  'sin-titulo': { nivel: 'aviso', significa: 'no se encontró el título del documento; el catálogo da el que se publica' },
  'unidad-sin-funciones': { nivel: 'aviso', significa: 'una unidad no tiene funciones; se publica sin ellas' },
  'unidad-sin-objetivo': { nivel: 'aviso', significa: 'una unidad no tiene «Objetivo:»' },
  'numeral-duplicado': { nivel: 'error', significa: 'dos unidades tienen el mismo numeral en la fuente; donde se puede, la segunda se publica con una clave derivada' },
  'numeral-faltante': { nivel: 'error', significa: 'una unidad no tiene numeral y no se puede inferir; no se publica' },
  'superior-faltante': { nivel: 'aviso', significa: 'el superior de una unidad, por su numeral, no aparece antes de ella' },
  'superior-inexistente': { nivel: 'aviso', significa: 'el superior de una unidad, por su numeral, no se describe en el manual' },
  'unidad-sin-padre': { nivel: 'aviso', significa: 'una unidad de un escaneo no tiene a su superior; se publica sin él' },
  'texto-antes-de-unidades': { nivel: 'aviso', significa: 'texto entre el título del capítulo de funciones y la primera unidad' },
  'texto-sin-funcion': { nivel: 'aviso', significa: 'texto de una unidad antes de su primera función que no es objetivo ni función' },
  'texto-sin-rotulo': { nivel: 'aviso', significa: 'texto entre el encabezado de una unidad y su «Objetivo:»' },
  'texto-sin-seccion': { nivel: 'aviso', significa: 'texto entre unidades que no sigue a ningún encabezado; se publica como «Texto sin encabezado»' },
  'sin-funciones-sustantivas': { nivel: 'aviso', significa: 'no está el encabezado «Funciones Sustantivas»; las unidades se buscan desde el primer encabezado numerado' },
  'portada-sin-leer': { nivel: 'aviso', significa: 'líneas antes de la primera sección que no se reconocen' },
  'portada-sin-seccion': { nivel: 'aviso', significa: 'texto antes del manual que no es de ningún acuerdo ni sección' },
  'texto-cortado': { nivel: 'aviso', significa: 'la última función del manual termina sin punto: el texto puede estar cortado' },
  'unidad-faltante': { nivel: 'aviso', significa: 'una unidad del índice no está en el texto' },
  'unidad-fuera-del-indice': { nivel: 'aviso', significa: 'una unidad del texto no está en el índice' },
  'nombre-distinto-del-indice': { nivel: 'aviso', significa: 'una unidad tiene otro nombre en el índice; se publica el del texto' },
  'nombre-distinto-en-corpus': { nivel: 'aviso', significa: 'otro documento del corpus llama de otro modo a la misma unidad' },
  'estructura-vs-funciones': { nivel: 'aviso', significa: 'la estructura orgánica y las unidades descritas no coinciden (falta, sobra o cambia un nombre)' },
  'marca-sin-nota': { nivel: 'aviso', significa: 'una marca de modificación (M) remite a una nota que no está o no da la fecha' },
  'marca-sin-unidad': { nivel: 'aviso', significa: 'una marca de modificación (M) está en un numeral que no es de ninguna unidad' },
  'marcado-html': { nivel: 'aviso', significa: 'una línea lleva marcado HTML; se conserva como texto' },
  'html-en-texto': { nivel: 'aviso', significa: 'una línea lleva una etiqueta HTML; se publica escapada' },
  'marcado-en-nombre': { nivel: 'aviso', significa: 'el nombre de una unidad lleva caracteres de Markdown o YAML; se publica literal' },
  'texto-reparado': { nivel: 'aviso', significa: 'un escaneo: se repararon palabras del OCR, y cada línea conserva su original' },

  // Estatutos and reglamentos: articles (families/estatuto/).
  'sin-articulos': { nivel: 'error', significa: 'el estatuto no tiene ningún «Artículo N.»; solo se publica su preámbulo' },
  'indice-sin-fin': { nivel: 'aviso', significa: 'el primer rótulo del índice no se repite antes del artículo 1; el índice se toma como vacío' },
  'division-sin-nombre': { nivel: 'aviso', significa: 'un título, capítulo o sección no tiene nombre; se publica con su rótulo' },
  'texto-fuera-de-articulo': { nivel: 'aviso', significa: 'texto que no es de ningún artículo ni nombra una división' },
  'mayusculas-en-articulo': { nivel: 'aviso', significa: 'una línea en mayúsculas dentro de un artículo; se lee como párrafo' },
  'nombre-sin-division': { nivel: 'aviso', significa: 'lo que parece el nombre de una división sin rótulo que lo preceda; no se publica' },
  'articulos-fuera-de-orden': { nivel: 'aviso', significa: 'los artículos no van seguidos: falta, sobra o se repite un número' },
  'articulo-sin-numero': { nivel: 'aviso', significa: 'texto sin «Artículo N.» donde empieza una división; se publica como disposición sin número' },
  'fraccion-sin-numeral': { nivel: 'aviso', significa: 'una fracción no tiene numeral; se publica con el que le toca' },
  'numeracion-de-fracciones': { nivel: 'aviso', significa: 'las fracciones de un artículo no siguen su orden' },
  'fraccion-vacia': { nivel: 'aviso', significa: 'una fracción no tiene texto' },
  'articulo-sin-fracciones': { nivel: 'aviso', significa: 'un artículo anuncia una lista pero no tiene fracciones' },

  // Estatutos and reglamentos: units from the articles that assign them (families/estatuto/unidades.ts).
  'unidad-sin-articulo': { nivel: 'aviso', significa: 'una unidad recibe atribuciones en una disposición sin número' },
  'remision-sin-lista': { nivel: 'aviso', significa: 'un artículo remite a otro que no tiene fracciones; el sujeto no se publica como unidad' },
  'estructura-sin-unidad': { nivel: 'aviso', significa: 'un nombre de la estructura al que ningún artículo asigna atribuciones' },
  'nombre-distinto': { nivel: 'aviso', significa: 'la estructura llama de otro modo a una unidad; se usa el nombre de su artículo' },
  'unidad-sin-superior': { nivel: 'aviso', significa: 'no se sabe de quién depende una unidad; se publica sin superior' },
  'clave-repetida': { nivel: 'aviso', significa: 'dos unidades tendrían la misma clave (artículo repetido); la segunda se publica con otra' },

  // Procedimientos (families/procedimiento/).
  'procedimiento-sin-titulo': { nivel: 'error', significa: 'no está el título «Procedimiento para ...» con su clave; se leen las secciones sin portada' },
  'procedimiento-sin-actividades': { nivel: 'aviso', significa: 'no está la tabla de descripción de actividades' },
  'actividades-sin-encabezado': { nivel: 'aviso', significa: 'la tabla de actividades no tiene encabezado de sección' },
  'seccion-vacia': { nivel: 'aviso', significa: 'una sección no tiene texto' },
  'seccion-del-indice-faltante': { nivel: 'aviso', significa: 'una sección del índice no está en el texto' },
  'subnumeral-ilegible': { nivel: 'aviso', significa: 'un ordinal de subnumeral que no se entiende; se conserva tal cual' },
  'numeracion-de-definicion': { nivel: 'aviso', significa: 'las definiciones no siguen su numeración' },
  'numeracion-de-politica': { nivel: 'aviso', significa: 'las políticas no siguen su numeración' },
  'tabla-sin-encabezado': { nivel: 'aviso', significa: 'una fila de actividades sin el encabezado de la tabla antes' },
  'fila-incompleta': { nivel: 'aviso', significa: 'una fila de actividades con menos de dos celdas' },
  'fila-con-celdas-de-mas': { nivel: 'aviso', significa: 'una fila de actividades con más de dos celdas; las de más van a la descripción' },
  'fila-sin-descripcion': { nivel: 'aviso', significa: 'una fila de actividades sin descripción' },
  'fila-cortada': { nivel: 'aviso', significa: 'una fila de la tabla no termina en «|»' },
  'fila-partida': { nivel: 'aviso', significa: 'una fila de la tabla ocupa varias líneas; se unen' },
  'parrafo-sin-numero': { nivel: 'aviso', significa: 'un párrafo largo sin número de actividad; se une a la actividad anterior' },
  'texto-fuera-de-tabla': { nivel: 'aviso', significa: 'texto fuera de las tablas de actividades; se publica como párrafo' },
  'actividad-repetida': { nivel: 'aviso', significa: 'el número de una actividad aparece dos veces' },
  'actividad-fuera-de-orden': { nivel: 'aviso', significa: 'una actividad aparece después de una de número mayor' },
  'actividad-faltante': { nivel: 'aviso', significa: 'falta un número de actividad en la secuencia' },
  'responsables-sin-actividad': { nivel: 'aviso', significa: 'una fila nombra varios responsables y no tiene actividades nuevas' },
  'responsable-faltante': { nivel: 'aviso', significa: 'una fila no nombra responsable; se toma el de la fila anterior' },
  'responsables-combinados': { nivel: 'aviso', significa: 'una celda junta varios responsables para varias actividades; se reparten' },
  'responsables-sobrantes': { nivel: 'aviso', significa: 'una celda nombra más responsables que actividades tiene la fila' },
  'continua-sin-actividad': { nivel: 'aviso', significa: '«Continúa en la actividad N» antes de cualquier actividad' },
  'fin-sin-actividad': { nivel: 'aviso', significa: '«Fin del procedimiento» antes de cualquier actividad' },
  'nota-sin-actividad': { nivel: 'aviso', significa: 'una nota antes de cualquier actividad' },
  'texto-sin-actividad': { nivel: 'aviso', significa: 'un párrafo antes de cualquier actividad' },
  'condicion-sin-destino': { nivel: 'aviso', significa: 'una rama de una decisión no lleva a ninguna actividad' },
  'decision-inferida': { nivel: 'aviso', significa: 'una rama sigue a una actividad que no dice decidir; se toma como su decisión' },
  'condicion-sin-decision': { nivel: 'aviso', significa: 'una rama antes de cualquier actividad' },
  'actividad-inexistente': { nivel: 'aviso', significa: 'una actividad continúa en otra que no existe; se omite el enlace' },
  'actividad-sin-continuacion': { nivel: 'aviso', significa: 'una actividad no lleva a otra ni termina el procedimiento' },
  'html-mal-formado': { nivel: 'aviso', significa: 'HTML mal formado en una celda de la tabla' },
  'html-comentario': { nivel: 'aviso', significa: 'un comentario HTML se descarta' },
  'html-descartado': { nivel: 'aviso', significa: 'un elemento HTML que no es texto del documento se descarta' },
  'html-desconocido': { nivel: 'aviso', significa: 'un elemento HTML no reconocido; se conserva su texto' },
} as const satisfies Record<string, DefinicionDeRegla>;

/** A rule's id: only those of the registry. */
export type Regla = keyof typeof reglas;

/** The rules' ids, in registry order (a zod enum, a test's list). */
export const idsDeReglas = Object.keys(reglas) as [Regla, ...Regla[]];

/** A message about the input, always with its place. */
export interface Aviso {
  archivo: string;
  linea: number;
  /** The line's page in the PDF, when the source is one (the report fills it in). */
  pagina?: number | undefined;
  /** The severity of its rule (`reglas[regla].nivel`), copied so a report reads on its own. */
  nivel: Nivel;
  /** What is wrong, then what was expected or how to fix it. */
  mensaje: string;
  /** Which rule produced it, for filtering and counting. */
  regla: Regla;
}
