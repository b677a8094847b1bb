import type { Aviso, Funcion, ListaComun, Unidad } from '../../../../src/model/index.ts';
import { avisador } from '../../avisos.ts';
import { leerAsignacion, leerRemision, type Asignacion, type Remision } from '../../constructs/asignacion.ts';
import { claveDeUnidad, esPuesto, unidadDelPuesto } from '../../constructs/puestos.ts';
import { escalaDe, esJuntaDeGobierno, rangoColegiado, rangoDe, rangoDePuesto } from '../../constructs/rango.ts';
import { tipoDeUnidad } from '../../constructs/tipo-unidad.ts';
import { plegar } from '../../constructs/texto.ts';
import { textoDeFraccion, type ArticuloLeido, type FraccionLeida } from './articulado.ts';

/**
 * The units of a reglamento or estatuto, from its articles:
 *
 * > | Artículo 12.- Corresponde a la Dirección General de Análisis y Estadística el ejercicio de las siguientes atribuciones:
 *     ^ a unit (`articulo-12`), its fracciones as functions
 * > | Artículo 10.- Los vicepresidentes y coordinadores generales tendrán las facultades siguientes:
 *     ^ a list common to every unit of those kinds, shown on each one's page
 * > | Artículo 2.- La Comisión ... contará con los órganos de gobierno y unidades administrativas siguientes:
 * > |    III.  Presidencia:
 * > |          A.  Vicepresidencia de Operaciones:
 *     ^ the tree: each item under the one above; an item no article gives atribuciones
 *       to is still a unit when it heads others or shares a common list
 *
 * A unit that two articles give lists to (delegables, indelegables) is one
 * unit with both lists, each function citing its article. A unit an article
 * gives another's list by reference (`tendrán las mismas atribuciones que
 * ... el artículo anterior`) shows that list, quoting the reference.
 *
 * The tree, where the structure leaves it open, follows what the names say:
 * a post or unit `de la Y` belongs to Y (`Secretario de la Comisión`); the
 * executive head (`Dirección General`, `Presidencia`) answers to the
 * governing board (`Junta de Gobierno`); the units a structure list puts
 * beside the head, when their kind ranks below it, answer to it; and a unit still
 * without a superior answers to the body the ordinance organizes, when it is
 * a unit. Every inference is noted on the unit; a unit no rule places is
 * reported and published as a root.
 */

/** Kinds that govern a body collegially: they answer to no unit. */
const organosDeGobierno = /^(?:junta|consejo|comite|comision|asamblea|patronato|organo de gobierno)\b/u;
/** Kinds of an executive head, which answers to the governing board. */
const titularEjecutivo = /^(?:direccion general|presidencia|rectoria|secretaria ejecutiva|vocalia ejecutiva|coordinacion general ejecutiva)\b/u;

interface Lista {
  leido: ArticuloLeido;
  asignacion: Asignacion;
}

const asignacionVacia: Asignacion = { clase: 'atribuciones', sujeto: null, sujetoImpreso: null, generica: false, rotulo: 'Atribuciones', ademasDe: [] };

interface NodoDeEstructura {
  nombre: string;
  linea: number;
  /** Key path within the article (`iii-a-1`), for the clave of a unit only the structure names. */
  ruta: string;
  articulo: ArticuloLeido;
  hijos: NodoDeEstructura[];
}

export function unidadesDelEstatuto(
  archivo: string,
  leidos: readonly ArticuloLeido[],
  organismo: string | null = null,
): { unidades: Unidad[]; avisos: Aviso[] } {
  const avisos: Aviso[] = [];
  const avisar = avisador(archivo, avisos);

  const propias: Lista[] = [];
  const comunes: Lista[] = [];
  const estructuras: Lista[] = [];
  const remisiones: { leido: ArticuloLeido; remision: Remision }[] = [];
  for (const leido of leidos) {
    const introduccion = leido.intro.at(-1) ?? '';
    if (leido.fracciones.length === 0) {
      const remision = leido.intro.map(leerRemision).find((leida) => leida !== null);
      if (remision) remisiones.push({ leido, remision });
    }
    // An article assigns when it gives a list, or announces one (`... siguientes:`) that the source lost.
    if (leido.fracciones.length === 0 && !introduccion.trimEnd().endsWith(':')) continue;
    const asignacion = leerAsignacion(introduccion);
    if (!asignacion) continue;
    if (asignacion.clase === 'estructura') {
      if (leido.fracciones.length > 0) estructuras.push({ leido, asignacion });
    } else if (asignacion.generica) {
      if (leido.fracciones.length > 0) comunes.push({ leido, asignacion });
    } else if (asignacion.sujeto !== null && /^\p{Lu}/u.test(asignacion.sujeto)) propias.push({ leido, asignacion });
  }

  // One unit per subject: a second article for the same subject adds its list.
  const unidades: Unidad[] = [];
  const porClave = new Map<string, Unidad>();
  const sujetos = new Map<Unidad, string>();
  const claves = new Set<string>();
  for (const { leido, asignacion } of propias) {
    const nombre = asignacion.sujeto ?? '';
    const existente = porClave.get(claveDeUnidad(nombre));
    if (existente) {
      agregarLista(existente, leido, asignacion);
      continue;
    }
    const clave = claveNueva(leido.numero === null ? `linea-${leido.linea}` : `articulo-${leido.numero}`, leido.linea);
    if (leido.numero === null) {
      avisar('unidad-sin-articulo', leido.linea, `la ${nombre} recibe atribuciones en una disposición sin número; se publica con la clave ${clave}.`);
    }
    const unidad: Unidad = {
      clave,
      numeral: null,
      nombre,
      tipo: tipoDeUnidad(nombre),
      padre: null,
      orden: unidades.length,
      objetivo: null,
      funciones: [],
      fuente: { archivo, desde: leido.linea, hasta: leido.hasta },
      ...(leido.numero === null ? {} : { articulo: leido.numero }),
      rotulo: asignacion.rotulo,
      notas: [],
    };
    agregarLista(unidad, leido, asignacion);
    leido.modelo.unidad = clave;
    unidades.push(unidad);
    porClave.set(claveDeUnidad(nombre), unidad);
    sujetos.set(unidad, asignacion.sujetoImpreso ?? nombre);
  }

  for (const { leido } of propias) {
    const unidad = unidades.find((candidata) => candidata.clave === leido.modelo.unidad);
    if (unidad) completarNombre(unidad, leido);
  }

  for (const { leido, remision } of remisiones) {
    const i = leidos.indexOf(leido);
    const referido = remision.articulo === 'anterior' ? leidos.slice(0, i).findLast((otro) => otro.numero !== null) : leidos.find((otro) => otro.numero === remision.articulo);
    if (!referido || referido.numero === null || referido.fracciones.length === 0 || leido.numero === null) {
      avisar('remision-sin-lista', leido.linea, `«${remision.frase}»: el artículo al que remite no tiene fracciones en este documento; ${remision.sujeto} no se publica como unidad.`);
      continue;
    }
    let unidad = porClave.get(claveDeUnidad(remision.sujeto));
    if (!unidad) {
      unidad = {
        clave: claveNueva(`articulo-${leido.numero}`, leido.linea),
        numeral: null,
        nombre: remision.sujeto,
        tipo: tipoDeUnidad(remision.sujeto),
        padre: null,
        orden: unidades.length,
        objetivo: null,
        funciones: [],
        fuente: { archivo, desde: leido.linea, hasta: leido.hasta },
        articulo: leido.numero,
        rotulo: remision.rotulo,
        notas: [`el artículo ${leido.numero} le da las ${remision.rotulo.toLocaleLowerCase('es')} del artículo ${referido.numero}`],
      };
      leido.modelo.unidad = unidad.clave;
      unidades.push(unidad);
      porClave.set(claveDeUnidad(remision.sujeto), unidad);
      sujetos.set(unidad, remision.sujeto);
    }
    agregarComun(unidad, { leido: referido, asignacion: { ...asignacionVacia, rotulo: remision.rotulo } }, { articulo: leido.numero, frase: remision.frase });
  }

  const colocadas = new Set<Unidad>();
  /** Units at the top of a structure list of the body itself (not of a named unit), with where the list is. */
  const raicesDeEstructura = new Map<Unidad, string>();
  const arbol = estructuras.map(({ leido, asignacion }) => ({ leido, asignacion, nodos: nodosDe(leido) }));
  // Units the structure names and no article gives atribuciones to: published when they head
  // others (the tree needs them) or share a common list; otherwise reported.
  const recorrer = (nodos: readonly NodoDeEstructura[], fn: (nodo: NodoDeEstructura) => void) => {
    for (const nodo of nodos) {
      fn(nodo);
      recorrer(nodo.hijos, fn);
    }
  };
  for (const { nodos } of arbol) {
    recorrer(nodos, (nodo) => {
      // An entry without a word (`2.` read as the text of `a)` where an extraction scrambled the list) names nothing.
      if (!/\p{L}/u.test(nodo.nombre) || buscarUnidad(unidades, nodo.nombre)) return;
      const encabeza = nodo.hijos.length > 0 || unidades.some((unidad) => perteneceA(sujetos.get(unidad) ?? unidad.nombre, nodo.nombre));
      if (!encabeza && !comunes.some((lista) => aplicaA(lista.asignacion, nodo.nombre, comunes))) return;
      const articulo = nodo.articulo.numero;
      const unidad: Unidad = {
        clave: claveNueva(`articulo-${articulo ?? `linea-${nodo.articulo.linea}`}-${nodo.ruta}`, nodo.linea),
        numeral: null,
        nombre: nodo.nombre,
        tipo: tipoDeUnidad(nodo.nombre),
        padre: null,
        orden: 0,
        objetivo: null,
        funciones: [],
        fuente: { archivo, desde: nodo.linea, hasta: nodo.linea },
        notas: [`figura en la estructura (${articulo === null ? `línea ${nodo.articulo.linea}` : `artículo ${articulo}`}); ningún artículo le da una lista de atribuciones propia`],
      };
      unidades.push(unidad);
    });
  }

  // The tree the structure articles give.
  for (const { leido, asignacion, nodos } of arbol) {
    const donde = leido.numero === null ? `la disposición de la línea ${leido.linea}` : `el artículo ${leido.numero}`;
    const dueno = asignacion.sujeto === null ? null : buscarUnidad(unidades, asignacion.sujeto);
    const colgar = (nodo: NodoDeEstructura, superior: Unidad | null) => {
      const unidad = buscarUnidad(unidades, nodo.nombre);
      if (!unidad) {
        avisar('estructura-sin-unidad', nodo.linea, `«${nodo.nombre}» figura en la estructura (${donde}), pero ningún artículo le asigna atribuciones con fracciones; no se publica como unidad.`);
      } else {
        if (esPuesto(unidad.nombre) && !esPuesto(nodo.nombre)) {
          // The article gives the titular's atribuciones (`El Director General`); the unit is the one the structure names.
          unidad.notas.push(`${unidad.articulo === undefined ? 'su artículo' : `el artículo ${unidad.articulo}`} da estas atribuciones a su titular: «${unidad.nombre}»`);
          porClave.delete(claveDeUnidad(unidad.nombre));
          unidad.nombre = nodo.nombre;
          unidad.tipo = tipoDeUnidad(nodo.nombre);
          porClave.set(claveDeUnidad(unidad.nombre), unidad);
        } else if (plegar(unidad.nombre) !== plegar(nodo.nombre) && unidad.funciones.length > 0) {
          unidad.notas.push(`${donde} la llama «${nodo.nombre}»`);
          avisar('nombre-distinto', nodo.linea, `${donde} llama «${nodo.nombre}» a la ${unidad.nombre} (${unidad.clave}); se usa el nombre de su artículo.`);
        }
        if (superior && superior !== unidad && !colocadas.has(unidad)) {
          unidad.padre = superior.clave;
          colocadas.add(unidad);
        }
      }
      for (const hijo of nodo.hijos) colgar(hijo, unidad ?? superior);
    };
    for (const nodo of nodos) {
      colgar(nodo, dueno);
      const unidad = buscarUnidad(unidades, nodo.nombre);
      if (unidad && !dueno) raicesDeEstructura.set(unidad, donde);
    }
  }

  inferirSuperiores();
  repartirComunes();
  for (const unidad of unidades) {
    if (unidad.padre !== null || esRaiz(unidad)) continue;
    avisar('unidad-sin-superior', unidad.fuente.desde, `no se sabe de quién depende la ${unidad.nombre} (${unidad.clave}): no figura en la estructura del documento; se publica sin superior.`);
  }
  unidades.forEach((unidad, i) => {
    unidad.orden = i;
  });
  return { unidades, avisos };

  function claveNueva(base: string, linea: number): string {
    let clave = base;
    if (claves.has(clave)) {
      let k = 2;
      while (claves.has(`${base}-${k}`)) k++;
      clave = `${base}-${k}`;
      avisar('clave-repetida', linea, `otra unidad ya tiene la clave ${base} (artículo repetido); esta se publica como ${clave}. Corrija la numeración en la fuente.`);
    }
    claves.add(clave);
    return clave;
  }

  /** Adds an article's fracciones to a unit; the second article of a unit makes every function cite its article. */
  function agregarLista(unidad: Unidad, leido: ArticuloLeido, asignacion: Asignacion): void {
    const articulos = new Set(unidad.funciones.map((funcion) => funcion.articulo ?? unidad.articulo));
    const varios = unidad.funciones.length > 0 && leido.numero !== null && !articulos.has(leido.numero);
    if (varios) {
      for (const funcion of unidad.funciones) if (funcion.articulo === undefined && unidad.articulo !== undefined) funcion.articulo = unidad.articulo;
      unidad.fuente = { ...unidad.fuente, hasta: Math.max(unidad.fuente.hasta, leido.hasta) };
      unidad.listas ??= unidad.articulo === undefined ? [] : [{ articulo: unidad.articulo, rotulo: unidad.rotulo ?? 'Atribuciones', desde: 1 }];
      if (leido.numero !== null) unidad.listas.push({ articulo: leido.numero, rotulo: asignacion.rotulo, desde: unidad.funciones.length + 1 });
      unidad.rotulo = unidad.rotulo === asignacion.rotulo ? unidad.rotulo : 'Atribuciones';
      unidad.notas.push(`recibe atribuciones en los artículos ${[...articulos, leido.numero].join(' y ')}`);
      leido.modelo.unidad = unidad.clave;
    }
    for (const fraccion of leido.fracciones) {
      const texto = textoDeFraccion(fraccion);
      if (texto === '') continue;
      const funcion: Funcion = { n: unidad.funciones.length + 1, texto, fraccion: fraccion.numero, linea: fraccion.linea };
      if (varios && leido.numero !== null) funcion.articulo = leido.numero;
      unidad.funciones.push(funcion);
      if (fraccion.inferido) unidad.notas.push(`fracción ${fraccion.numero} sin numeral en la fuente (línea ${fraccion.linea}); numeral inferido de la anterior`);
    }
    for (const articulo of asignacion.ademasDe) {
      const lista = comunesDelArticulo(articulo);
      if (lista) agregarComun(unidad, lista);
    }
  }

  function comunesDelArticulo(articulo: number): Lista | undefined {
    return comunes.find((lista) => lista.leido.numero === articulo);
  }

  function agregarComun(unidad: Unidad, { leido, asignacion }: Lista, remision?: ListaComun['remision']): void {
    if (leido.numero === null) return;
    const lista: ListaComun = {
      articulo: leido.numero,
      rotulo: asignacion.rotulo,
      fracciones: leido.fracciones.map((fraccion) => ({ numero: fraccion.numero, texto: textoDeFraccion(fraccion) })),
      ...(remision ? { remision } : {}),
    };
    unidad.comunes ??= [];
    if (!unidad.comunes.some((otra) => otra.articulo === lista.articulo)) unidad.comunes.push(lista);
  }

  /** Each common list goes to the units of its kind; a unit takes only the most specific kind that names it. */
  function repartirComunes(): void {
    for (const unidad of unidades) {
      for (const lista of comunes) if (aplicaA(lista.asignacion, unidad.nombre, comunes)) agregarComun(unidad, lista);
      unidad.comunes?.sort((a, b) => a.articulo - b.articulo);
    }
  }

  function esRaiz(unidad: Unidad): boolean {
    return raicesDeEstructura.has(unidad) || organosDeGobierno.test(claveDeUnidad(unidad.nombre)) || esElOrganismo(unidad);
  }

  /** The body the ordinance organizes (`Comisión` of the Comisión de Administración ...), or its titular (`Director del Archivo`). */
  function esElOrganismo(unidad: Unidad): boolean {
    if (organismo === null) return false;
    const delOrganismo = claveDeUnidad(organismo);
    const nombres = [unidad.nombre, ...[...unidad.nombre.matchAll(/^(?:director|directora|titular|presidente|presidenta|rector|rectora)\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s+(.+)$/giu)].map((match) => match[1] ?? '')];
    return nombres.some((nombre) => {
      const clave = claveDeUnidad(nombre);
      return clave !== '' && (delOrganismo === clave || delOrganismo.startsWith(`${clave} `));
    });
  }

  function inferirSuperiores(): void {
    // `Secretario de la Comisión`, `Secretaría de Actas de la Junta de Gobierno`: the body named after `de`.
    for (const unidad of unidades) {
      if (unidad.padre !== null || colocadas.has(unidad)) continue;
      const superior = ambitoDe(sujetos.get(unidad) ?? unidad.nombre, unidad);
      if (!superior) continue;
      unidad.padre = superior.clave;
      unidad.notas.push(`superior: ${superior.nombre}, a la que pertenece según su nombre`);
      colocadas.add(unidad);
    }
    // A unit in a división about the units of another (`DE LOS ÓRGANOS AUXILIARES DE LA COMISIÓN DE ADMINISTRACIÓN`).
    for (const { leido } of propias) {
      const unidad = unidades.find((candidata) => candidata.clave === leido.modelo.unidad);
      if (!unidad || unidad.padre !== null || colocadas.has(unidad)) continue;
      for (const division of [...leido.divisiones].reverse()) {
        const superior = ambitoDe(division.titulo, unidad);
        if (!superior || superior === unidad) continue;
        unidad.padre = superior.clave;
        unidad.notas.push(`superior: ${superior.nombre}, según ${division.rotulo} («${division.titulo}»)`);
        colocadas.add(unidad);
        break;
      }
    }
    const gobierno = unidades.filter((unidad) => esJuntaDeGobierno(unidad.nombre));
    const titular = unidades.filter((unidad) => titularEjecutivo.test(claveDeUnidad(unidad.nombre)) && unidad.padre === null);
    const [junta] = gobierno;
    const [cabeza] = titular;
    if (gobierno.length === 1 && junta && titular.length === 1 && cabeza && !colocadas.has(cabeza)) {
      cabeza.padre = junta.clave;
      cabeza.notas.push(`superior inferido: ${junta.nombre}, órgano de gobierno que nombra y evalúa a la ${cabeza.nombre}; el documento no le da superior expreso`);
      colocadas.add(cabeza);
    }
    // Units the structure puts at its top beside the head answer to it when their kind ranks below it
    // (a Dirección beside the Dirección General); a kind of no rank (`Defensoría`, `Facultades`) may be independent.
    const cabezaDeEstructura = cabeza ?? null;
    if (cabezaDeEstructura) {
      const escala = escalaDe(unidades.map((unidad) => unidad.nombre));
      const rangoDeCabeza = rangoDe(cabezaDeEstructura.nombre, escala);
      for (const [unidad, donde] of raicesDeEstructura) {
        if (unidad === cabezaDeEstructura || unidad.padre !== null) continue;
        const rango = rangoDe(unidad.nombre, escala);
        if (rango === rangoColegiado || rango === rangoDePuesto || rango <= rangoDeCabeza) continue;
        unidad.padre = cabezaDeEstructura.clave;
        unidad.notas.push(`superior inferido: ${cabezaDeEstructura.nombre}; ${donde} la pone en la estructura básica sin decir de quién depende`);
      }
      for (const unidad of [...raicesDeEstructura.keys()]) if (unidad.padre !== null) raicesDeEstructura.delete(unidad);
    }
    // The rest answer to the body the ordinance organizes, when it is one of its units.
    const cuerpo = unidades.find(esElOrganismo);
    if (cuerpo) {
      for (const unidad of unidades) {
        if (unidad === cuerpo || unidad.padre !== null || raicesDeEstructura.has(unidad) || organosDeGobierno.test(claveDeUnidad(unidad.nombre))) continue;
        unidad.padre = cuerpo.clave;
        unidad.notas.push(`superior inferido: ${cuerpo.nombre}, el órgano que el documento organiza`);
      }
    }
  }

  /**
   * A unit named by its kind alone (`El titular del Centro`, `La Comisión`)
   * takes the full name of the división it sits in when that división is
   * about it (`SECCIÓN SEGUNDA DEL CENTRO DE DOCUMENTACIÓN Y ESTADÍSTICA
   * JURISDICCIONAL`), in the case the text writes it elsewhere.
   */
  function completarNombre(unidad: Unidad, leido: ArticuloLeido): void {
    const corta = claveDeUnidad(unidad.nombre);
    for (const division of [...leido.divisiones].reverse()) {
      const tema = temaDeDivision(division.titulo);
      if (tema === null || !claveDeUnidad(tema).startsWith(`${corta} `)) continue;
      const completo = enSuCaja(tema, leidos);
      unidad.notas.push(`nombre completo tomado de ${division.rotulo} («${division.titulo}»); el artículo ${leido.numero ?? ''} dice «${unidad.nombre}»`.replace('artículo  dice', 'artículo dice'));
      porClave.delete(corta);
      unidad.nombre = completo;
      unidad.tipo = tipoDeUnidad(completo);
      porClave.set(claveDeUnidad(completo), unidad);
      return;
    }
  }

  /**
   * The unit a name says it belongs to: `Secretario de la Comisión` -> the
   * Comisión; `Secretario del Archivo` -> the head of the Archivo (`Director
   * del Archivo`) when the Archivo is not itself a unit.
   */
  function ambitoDe(nombre: string, propia: Unidad): Unidad | null {
    for (const match of nombre.matchAll(/\s(?:de\s+la|de\s+las|de\s+los|del)\s+(\p{Lu}[^,;]*)$/gu)) {
      const ambito = match[1]?.trim() ?? '';
      const directa = buscarUnidad(unidades, ambito);
      if (directa && directa !== propia) return directa;
      const clave = claveDeUnidad(ambito);
      const cabeza = unidades.find(
        (otra) => otra !== propia && /^(?:direccion|presidencia|titular|jefatura|coordinacion)\b/u.test(claveDeUnidad(otra.nombre)) && claveDeUnidad(otra.nombre).endsWith(` ${clave}`),
      );
      if (cabeza) return cabeza;
    }
    return null;
  }
}

/** What a división is about: `DEL CENTRO DE DOCUMENTACIÓN ...` -> `CENTRO DE DOCUMENTACIÓN ...`; null for one not about a body. */
function temaDeDivision(titulo: string): string | null {
  const match = /^(?:de\s+la|de\s+las|de\s+los|del|de)\s+(\p{L}.*)$/iu.exec(titulo.trim());
  return match?.[1]?.replace(/[.\s]+$/u, '') ?? null;
}

/** Whether a name says it belongs to a body: `Secretario de la Junta de Gobierno` belongs to the Junta de Gobierno. */
function perteneceA(nombre: string, cuerpo: string): boolean {
  const clave = claveDeUnidad(cuerpo);
  return [...nombre.matchAll(/\s(?:de\s+la|de\s+las|de\s+los|del)\s+(\p{Lu}[^,;]*)$/gu)].some((match) => claveDeUnidad(match[1] ?? '') === clave);
}

/**
 * A name printed in capitals in a heading, as the articles write it in
 * running case (`Centro de Documentación y Estadística Jurisdiccional`);
 * in title case when they never do.
 */
function enSuCaja(nombre: string, leidos: readonly ArticuloLeido[]): string {
  if (/\p{Ll}/u.test(nombre)) return nombre;
  const buscado = plegar(nombre).replace(/\s+/gu, ' ');
  for (const leido of leidos) {
    for (const parrafo of [...leido.intro, ...leido.despues, ...leido.fracciones.flatMap((fraccion) => fraccion.partes)]) {
      const plano = plegar(parrafo);
      const i = plano.indexOf(buscado);
      // plegar keeps length for precomposed text, so the index holds in the original.
      if (i >= 0 && plano.length === parrafo.length) return parrafo.slice(i, i + buscado.length);
    }
  }
  const menores = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'o', 'u', 'en', 'para', 'por', 'a', 'con']);
  return nombre
    .toLocaleLowerCase('es')
    .split(/\s+/u)
    .map((palabra, k) => (k > 0 && menores.has(palabra) ? palabra : palabra.charAt(0).toLocaleUpperCase('es') + palabra.slice(1)))
    .join(' ');
}

/** The tree a structure article gives: its fracciones and, nested, their items. */
function nodosDe(leido: ArticuloLeido): NodoDeEstructura[] {
  return leido.fracciones.map((fraccion) => nodoDeFraccion(fraccion, leido));
}

function nodoDeFraccion(fraccion: FraccionLeida, articulo: ArticuloLeido): NodoDeEstructura {
  const ruta = plegar(fraccion.numero);
  const nodo: NodoDeEstructura = { nombre: nombreDeNodo(fraccion.partes[0] ?? ''), linea: fraccion.linea, ruta, articulo, hijos: [] };
  const pila: { nivel: number; nodo: NodoDeEstructura }[] = [{ nivel: 0, nodo }];
  for (const item of fraccion.incisos) {
    while ((pila.at(-1)?.nivel ?? 0) >= item.nivel) pila.pop();
    const padre = pila.at(-1)?.nodo ?? nodo;
    const hijo: NodoDeEstructura = { nombre: nombreDeNodo(item.texto), linea: item.linea, ruta: `${padre.ruta}-${plegar(item.letra)}`, articulo, hijos: [] };
    padre.hijos.push(hijo);
    pila.push({ nivel: item.nivel, nodo: hijo });
  }
  return nodo;
}

/** An entry of a structure list as a name: `Dirección General de Supervisión Financiera, y` -> `Dirección General de Supervisión Financiera`. */
function nombreDeNodo(texto: string): string {
  return texto
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:un|una)\s+/iu, '')
    .replace(/[\s,;:.]*(?:\s(?:y|e|o))?[\s,;:.]*$/u, '')
    .trim();
}

/** Whether a common list's kinds name a unit, and no other common list names it more specifically. */
function aplicaA(asignacion: Asignacion, nombre: string, todas: readonly Lista[]): boolean {
  const propio = especificidad(asignacion, nombre);
  if (propio === 0) return false;
  return todas.every((otra) => especificidad(otra.asignacion, nombre) <= propio);
}

/**
 * How many words of the unit's name a kind of the list matches (0: none).
 * A unit of a narrower kind is not of the list's (`Dirección General` is no
 * `Dirección`), unless the list names that narrower kind itself
 * (`Unidades de Capacitación`).
 */
function especificidad(asignacion: Asignacion, nombre: string): number {
  const clave = claveDeUnidad(nombre);
  const suTipo = claveDeUnidad(tipoDeUnidad(nombre));
  let mejor = 0;
  for (const tipo of tiposDe(asignacion.sujeto ?? '')) {
    if (suTipo.startsWith(`${tipo} `)) continue;
    if (clave === tipo || clave.startsWith(`${tipo} `)) mejor = Math.max(mejor, tipo.split(' ').length);
  }
  return mejor;
}

/** The kinds a plural subject names: `vicepresidentes y coordinadores generales` -> `vicepresidencia`, `coordinacion general`. */
function tiposDe(sujeto: string): string[] {
  return sujeto
    .split(/,\s*|\s+(?:y|e)\s+/u)
    .map((parte) => parte.replace(/^(?:los|las|el|la)\s+/iu, '').trim())
    .filter((parte) => parte !== '')
    .map((parte) => unidadDelPuesto(parte) ?? claveDeUnidad(parte));
}

/** The unit a structure entry or a subject names: same name (posts read as their units), or one name the other's beginning. */
function buscarUnidad(unidades: readonly Unidad[], impreso: string): Unidad | null {
  const buscada = claveDeUnidad(impreso);
  if (buscada === '') return null;
  const iguales = unidades.filter((unidad) => claveDeUnidad(unidad.nombre) === buscada);
  if (iguales.length > 0) return iguales[0] ?? null;
  const parecidas = unidades.filter((unidad) => {
    const nombre = claveDeUnidad(unidad.nombre);
    return nombre.startsWith(`${buscada} `) || buscada.startsWith(`${nombre} `);
  });
  return parecidas.length === 1 ? (parecidas[0] ?? null) : null;
}
