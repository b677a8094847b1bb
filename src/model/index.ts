/** The model of Orgánica: types and zod schemas, shared by the ingest and the site. */
export * from './source.ts';
export * from './avisos.ts';
export * from './common.ts';
export * from './unidad.ts';
export * from './estatuto.ts';
export * from './procedimiento.ts';
export * from './documento.ts';
export * from './catalogo.ts';
export * from './contenido.ts';
export * from './registro.ts';
export * from './datos.ts';
export * from './informe.ts';
