import type { Aviso, Funcion, Unidad } from '../../../../src/model/index.ts';
import { tipoDeUnidad } from '../../constructs/tipo-unidad.ts';
import { textoDeFraccion, type ArticuloLeido } from './articulado.ts';

/**
 * An article that gives a named unit its atribuciones, by the sentence that
 * introduces its fracciones. Three shapes, unit name captured:
 *
 * > | Son facultades y atribuciones de la Coordinación de Unidades de Primer Nivel:
 * > | Son atribuciones de la Coordinación de lo Contencioso las siguientes:
 *                           ^ name
 * > | Corresponde a la Unidad Jurídica el ejercicio de las atribuciones siguientes:
 * > | La persona titular de la Dirección General tendrá, además de ..., las atribuciones siguientes:
 * > | La Secretaría Técnica y, en ausencia de ésta, la Prosecretaría de la Junta de Gobierno, tendrán las siguientes atribuciones:
 *         ^ name: the subject up to its first comma or `y,`
 *
 * `Corresponde a cada persona titular de las unidades las atribuciones
 * siguientes:` names no unit (no capital after the article), so it gives none.
 */
const sonAtribucionesDe =
  /^Son\s+(?:las\s+)?(?:facultades\s+y\s+atribuciones|atribuciones\s+y\s+facultades|atribuciones|facultades|funciones)\s+(?:de\s+la|de\s+el|del|de)\s+(.+?)(?:,?\s+las\s+siguientes)?\s*:$/iu;
const correspondeA =
  /^Corresponden?\s+a\s+(?:la|el)\s+(.+?),?\s+(?:el\s+ejercicio\s+de\s+)?las\s+(?:siguientes\s+)?(?:facultades|atribuciones)(?:\s+y\s+(?:facultades|atribuciones))?(?:\s+siguientes)?\s*:$/iu;
const tendraAtribuciones = /^(?:La\s+persona\s+titular\s+de\s+)?(?:la|el)\s+(.+?)\s+tendr[áa]n?(?!\p{L}).*\b(?:atribuciones|facultades)\b[^:]*:$/iu;
/** Where a sentence's subject ends: `Secretaría Técnica| y, en ausencia de ésta, ...`. */
const finDelSujeto = /,|\s+y,?\s/u;

/**
 * The article that lists the organism's structure.
 *
 * > | Artículo 21. Para el ejercicio de sus atribuciones y administración, el IMSS-BIENESTAR contará con la siguiente estructura básica:
 * > | - I. UNIDAD DE ATENCIÓN A LA SALUD
 * > |  - a) Coordinación de Unidades de Primer Nivel.
 */
const articuloDeEstructura = /\bestructura\s+(?:b[áa]sica|org[áa]nica)\b/iu;

/** An introducing sentence, not a page of text: longer paragraphs are not tried (and cannot make the patterns slow). */
const introduccionLongitudMax = 1_000;

/** The name of the unit an article's introduction gives atribuciones to, or null. */
export function nombreDeUnidad(introduccion: string): string | null {
  if (introduccion.length > introduccionLongitudMax) return null;
  const texto = introduccion.replace(/\s+/gu, ' ').trim();
  const directo = sonAtribucionesDe.exec(texto)?.[1] ?? correspondeA.exec(texto)?.[1];
  const sujeto = directo ?? tendraAtribuciones.exec(texto)?.[1]?.split(finDelSujeto)[0];
  const nombre = sujeto?.replace(/[.,;\s]+$/u, '').trim();
  return nombre && /^\p{Lu}/u.test(nombre) ? nombre : null;
}

/**
 * The units of an estatuto: one per article that gives a named unit its
 * atribuciones, its fracciones as functions; then the tree.
 *
 * The tree, and why (the estatuto states only part of it):
 * - The Junta de Gobierno is the root: it is the órgano de gobierno, which
 *   appoints and evaluates the Dirección General (IMSS-BIENESTAR arts. 8, 11).
 * - Its Secretaría Técnica (and Prosecretaría) hang from it: "La Junta de
 *   Gobierno tendrá una Secretaría Técnica" (art. 9).
 * - The Dirección General hangs from the Junta de Gobierno (inferred, noted
 *   on the unit): the estatuto gives it no superior in words.
 * - The structure article (art. 21) gives the rest: each fracción is a unit
 *   under the Dirección General, which those units assist (art. 18; inferred,
 *   noted), and each inciso a unit under its fracción's unit.
 * A unit no rule places is reported and published as a root.
 */
export function unidadesDelEstatuto(archivo: string, leidos: readonly ArticuloLeido[]): { unidades: Unidad[]; avisos: Aviso[] } {
  const avisos: Aviso[] = [];
  const aviso = (linea: number, regla: string, mensaje: string) => avisos.push({ archivo, linea, nivel: 'aviso', regla, mensaje });
  const unidades: Unidad[] = [];
  const claves = new Set<string>();

  for (const leido of leidos) {
    const nombre = nombreDeUnidad(leido.intro.at(-1) ?? '');
    if (nombre === null) continue;
    let clave = leido.numero === null ? `linea-${leido.linea}` : `articulo-${leido.numero}`;
    if (claves.has(clave)) {
      let k = 2;
      while (claves.has(`${clave}-${k}`)) k++;
      aviso(
        leido.linea,
        'clave-repetida',
        `otra unidad ya tiene la clave ${clave} (artículo repetido); esta se publica como ${clave}-${k}. Corrija la numeración en la fuente.`,
      );
      clave = `${clave}-${k}`;
    }
    if (leido.numero === null) {
      aviso(leido.linea, 'unidad-sin-articulo', `la ${nombre} recibe atribuciones en una disposición sin número; se publica con la clave ${clave}.`);
    }
    claves.add(clave);
    const notas: string[] = [];
    const funciones: Funcion[] = [];
    for (const fraccion of leido.fracciones) {
      const texto = textoDeFraccion(fraccion);
      if (texto === '') continue;
      funciones.push({ n: funciones.length + 1, texto, fraccion: fraccion.numero, linea: fraccion.linea });
      if (fraccion.inferido)
        notas.push(`fracción ${fraccion.numero} sin numeral en la fuente (línea ${fraccion.linea}); numeral inferido de la anterior`);
    }
    leido.modelo.unidad = clave;
    unidades.push({
      clave,
      numeral: null,
      nombre,
      tipo: tipoDeUnidad(nombre),
      padre: null,
      orden: unidades.length,
      objetivo: null,
      funciones,
      fuente: { archivo, desde: leido.linea, hasta: leido.hasta },
      ...(leido.numero === null ? {} : { articulo: leido.numero }),
      notas,
    });
  }
  ponerSuperiores(unidades, leidos, aviso);
  return { unidades, avisos };
}

function ponerSuperiores(unidades: Unidad[], leidos: readonly ArticuloLeido[], aviso: (linea: number, regla: string, mensaje: string) => void): void {
  const colocadas = new Set<Unidad>();
  const junta = unidades.find((unidad) => unidad.tipo === 'Junta de Gobierno');
  const direccion = unidades.find((unidad) => unidad.tipo === 'Dirección General');
  const raiz = junta ?? direccion;
  if (raiz) colocadas.add(raiz);
  if (junta) {
    for (const unidad of unidades) {
      if (unidad.tipo !== 'Secretaría Técnica' && !/^Prosecretar[íi]a\b/u.test(unidad.nombre)) continue;
      unidad.padre = junta.clave;
      unidad.notas.push(`superior: ${junta.nombre}, de la que es secretaría (no figura en la estructura básica)`);
      colocadas.add(unidad);
    }
    if (direccion) {
      direccion.padre = junta.clave;
      direccion.notas.push(
        `superior inferido: ${junta.nombre}, órgano de gobierno que nombra y evalúa a la ${direccion.nombre}; el estatuto no le da superior expreso`,
      );
      colocadas.add(direccion);
    }
  }

  const estructura = leidos.find((leido) => leido.fracciones.length > 0 && articuloDeEstructura.test(leido.intro.join(' ')));
  if (estructura) {
    const articulo = estructura.numero === null ? `la disposición de la línea ${estructura.linea}` : `el artículo ${estructura.numero}`;
    const superior = direccion ?? junta;
    const buscar = (conPunto: string, linea: number): Unidad | null => {
      const impreso = conPunto.replace(/[.;,\s]+$/u, '');
      const encontrada = buscarUnidad(unidades, impreso);
      if (!encontrada) {
        aviso(
          linea,
          'estructura-sin-unidad',
          `«${impreso}» figura en la estructura básica (${articulo}), pero ningún artículo le asigna atribuciones con fracciones; no se publica como unidad.`,
        );
        return null;
      }
      if (clave(encontrada.nombre) !== clave(impreso)) {
        encontrada.notas.push(`${articulo} la llama «${impreso}»`);
        aviso(
          linea,
          'nombre-distinto',
          `${articulo} llama «${impreso}» a la ${encontrada.nombre} (${encontrada.clave}); se usa el nombre de su artículo.`,
        );
      }
      colocadas.add(encontrada);
      return encontrada;
    };
    for (const fraccion of estructura.fracciones) {
      const unidad = buscar(fraccion.partes[0] ?? '', fraccion.linea);
      if (unidad && superior && unidad !== superior) {
        unidad.padre = superior.clave;
        unidad.notas.push(`superior inferido: ${superior.nombre}; ${articulo} la pone en la estructura básica sin decir de quién depende`);
      }
      for (const inciso of fraccion.incisos) {
        const hija = buscar(inciso.texto, inciso.linea);
        if (hija) hija.padre = unidad?.clave ?? superior?.clave ?? null;
      }
    }
  }
  for (const unidad of unidades) {
    if (colocadas.has(unidad)) continue;
    aviso(
      unidad.fuente.desde,
      'unidad-sin-superior',
      `no se sabe de quién depende la ${unidad.nombre} (${unidad.clave}): no figura en la estructura básica del estatuto; se publica sin superior.`,
    );
  }
}

/** The unit a structure entry names: same name, or one name the other's beginning (`Coordinación de lo Consultivo`). */
function buscarUnidad(unidades: readonly Unidad[], impreso: string): Unidad | null {
  const buscada = clave(impreso);
  if (buscada === '') return null;
  const iguales = unidades.filter((unidad) => clave(unidad.nombre) === buscada);
  if (iguales.length > 0) return iguales[0] ?? null;
  const parecidas = unidades.filter((unidad) => {
    const nombre = clave(unidad.nombre);
    return nombre.startsWith(`${buscada} `) || buscada.startsWith(`${nombre} `);
  });
  return parecidas.length === 1 ? (parecidas[0] ?? null) : null;
}

/** A name for comparison: no accents, no case, no final period (`UNIDAD JURÍDICA.` = `Unidad Jurídica`). */
function clave(nombre: string): string {
  return nombre
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('es')
    .replace(/[.;:,\s]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
