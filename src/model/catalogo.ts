import { z } from 'zod';
import { familiaSchema, fechaSchema } from './common.ts';

/** A lowercase ASCII slug, as used in URLs. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'minúsculas ASCII separadas por guiones');

/** An institution as the site names it. */
export const institucionSchema = z.object({
  /** URL segment (`imss`, `issste`, `imss-bienestar`). */
  id: slugSchema,
  /** Full name (`Instituto Mexicano del Seguro Social`). */
  nombre: z.string(),
  /** Acronym as written (`IMSS`). */
  siglas: z.string(),
});
export type Institucion = z.infer<typeof institucionSchema>;

/**
 * The catalog entry of one document (content/sources/<institucion>-<id>.yaml):
 * what the text does not say reliably, or says differently in every edition.
 */
export const catalogoSchema = z.object({
  /** URL segment of the document within its institution (`uit`, `moimss`). */
  id: slugSchema,
  institucion: institucionSchema,
  /** Title as the site shows it. */
  titulo: z.string(),
  /** Short title for breadcrumbs and page titles. */
  tituloCorto: z.string(),
  /** Which document of the file this entry describes (a file may hold several). */
  familia: familiaSchema,
  /** Source file in content/sources/. */
  archivo: z.string(),
  /** Edition as readers cite it (`2022`, `DOF 30-12-2010, última modificación DOF 11-07-2018`). */
  edicion: z.string(),
  fechas: z.object({
    expedicion: fechaSchema.nullable(),
    publicacion: fechaSchema.nullable(),
    ultimaModificacion: fechaSchema.nullable(),
  }),
  /** Where the text comes from (publication, URL if public). */
  fuente: z.object({ descripcion: z.string(), url: z.url().nullable() }),
});
export type Catalogo = z.infer<typeof catalogoSchema>;
