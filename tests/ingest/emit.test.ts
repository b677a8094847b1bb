import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { documentoFrontmatterSchema, unidadFrontmatterSchema, type Catalogo, type Documento } from '../../src/model/index.ts';
import { emit } from '../../scripts/ingest/emit.ts';

const catalogo: Catalogo = {
  id: 'prueba',
  institucion: { id: 'imss', nombre: 'Instituto Mexicano del Seguro Social', siglas: 'IMSS' },
  titulo: 'Manual de prueba',
  tituloCorto: 'Prueba',
  familia: 'manual-imss',
  archivo: 'prueba.txt',
  edicion: '2022',
  fechas: { expedicion: null, publicacion: '2022-05-01', ultimaModificacion: null },
  fuente: { descripcion: 'fixture', url: null },
};

const hostile = [
  '<script>alert("x")</script> y <img src=x onerror=alert(1)>',
  '*negritas* _cursiva_ [enlace](javascript:alert(1)) `código` ~~tachado~~ &copy; &#60;',
  '1. parece una lista',
  '# parece un encabezado',
  'Comillas "dobles" y \'simples\' -- guiones ... puntos',
];

const documento: Documento = {
  familia: 'manual-imss',
  titulo: 'Manual de prueba',
  institucion: 'Instituto Mexicano del Seguro Social',
  fechas: { expedicion: null, publicacion: null, modificaciones: [] },
  acuerdos: [],
  secciones: [
    {
      numero: '1',
      titulo: 'Introducción',
      tipo: 'introduccion',
      bloques: [{ tipo: 'parrafo', texto: hostile[0]! }],
      fuente: { archivo: 'prueba.txt', desde: 1, hasta: 2 },
    },
  ],
  unidades: [
    {
      clave: '7.1',
      numeral: '7.1',
      nombre: 'Unidad: "Prueba" #1 *uno* <b>',
      tipo: 'Unidad',
      padre: null,
      orden: 0,
      objetivo: 'Objetivo: con dos puntos, # y "comillas"\n---\nfalso: frontmatter',
      funciones: hostile.map((texto, i) => ({ n: i + 1, texto, linea: 10 + i })),
      fuente: { archivo: 'prueba.txt', desde: 9, hasta: 20 },
      notas: [],
    },
  ],
  fuente: { archivo: 'prueba.txt', desde: 1, hasta: 20 },
};

function split(file: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: parseYaml(match[1]!), body: match[2]! };
}

describe('emit', () => {
  const { archivos } = emit(documento, catalogo, null);
  const unitFile = archivos.find((archivo) => archivo.ruta.startsWith('imss/prueba/unidad-'))!;

  it('writes the overview, one file per unit and the registry', () => {
    expect(archivos.map((archivo) => archivo.ruta)).toEqual(['imss/prueba/index.md', 'imss/prueba/unidad-prueba-1-uno-b.md', 'imss/prueba/_registro.yaml']);
  });

  it('writes frontmatter that the site schema accepts, with names and objectives intact', () => {
    const { frontmatter } = split(unitFile.contenido);
    const parsed = unidadFrontmatterSchema.parse(frontmatter);
    expect(parsed.nombre).toBe(documento.unidades[0]!.nombre);
    expect(parsed.objetivo).toBe(documento.unidades[0]!.objetivo);
    expect(parsed.totalFunciones).toBe(hostile.length);
    documentoFrontmatterSchema.parse(split(archivos[0]!.contenido).frontmatter);
  });

  it('renders every function as one list item with its text as data, never as markup', async () => {
    const processor = await createMarkdownProcessor({ smartypants: false });
    const { body } = split(unitFile.contenido);
    const { code } = await processor.render(body);
    expect(code).not.toMatch(/<script|<img|<em>|<strong>|<a |<code>|<del>|<h1/);
    const items = [...code.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => match[1]!);
    expect(items).toHaveLength(hostile.length);
    const decode = (html: string) =>
      html.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!);
    expect(items.map(decode)).toEqual(hostile);
  });
});
