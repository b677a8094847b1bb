import { getCollection } from 'astro:content';
import { indexarNombres, type IndiceNombres } from './aparece.ts';
import { construirSitio, type Sitio } from './sitio.ts';

/**
 * The site data, loaded from the content collections once per build and
 * shared by every page (getStaticPaths and page bodies alike).
 */
export interface SitioCargado extends Sitio {
  nombres: IndiceNombres;
}

let cargando: Promise<SitioCargado> | undefined;

export function cargarSitio(): Promise<SitioCargado> {
  cargando ??= (async () => {
    const [documentos, unidades, registros] = await Promise.all([
      getCollection('documentos'),
      getCollection('unidades'),
      getCollection('registros'),
    ]);
    const sitio = construirSitio(documentos, unidades, registros);
    for (const aviso of sitio.avisos) console.warn(`[orgánica] ${aviso}`);
    return { ...sitio, nombres: indexarNombres(sitio) };
  })();
  return cargando;
}
