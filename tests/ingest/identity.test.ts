import { describe, expect, it } from 'vitest';
import type { Unidad } from '../../src/model/index.ts';
import { aliasesOf, assignIdentities, slug } from '../../scripts/ingest/identity.ts';

function unidad(clave: string, nombre: string, funciones: string[], padre: string | null = null): Unidad {
  return {
    clave,
    numeral: clave,
    nombre,
    tipo: nombre.split(' ')[0] ?? '',
    padre,
    orden: 0,
    objetivo: null,
    funciones: funciones.map((texto, i) => ({ n: i + 1, texto, linea: i + 1 })),
    fuente: { archivo: 'x.txt', desde: 1, hasta: 2 },
    notas: [],
  };
}

const edition1 = [
  unidad('7.1', 'Unidad de Integridad y Transparencia', ['Validar estrategias de integridad institucional', 'Promover la competitividad institucional']),
  unidad('7.1.1', 'Coordinación de Transparencia', ['Supervisar la operación del Comité de Transparencia', 'Supervisar la recepción de solicitudes de información pública'], '7.1'),
  unidad('7.1.2', 'Coordinación de Modernización', ['Coordinar la mejora regulatoria del Instituto', 'Administrar el Catálogo Normativo Institucional'], '7.1'),
  unidad('7.1.3', 'Coordinación de Integridad', ['Dirigir el Programa de Integridad institucional', 'Evaluar los riesgos de integridad del Instituto'], '7.1'),
];

describe('slug', () => {
  it('makes lowercase ASCII from a Spanish name', () => {
    expect(slug('Dirección de Operación y Evaluación')).toBe('direccion-de-operacion-y-evaluacion');
    expect(slug('Órganos de Operación «Administrativa» Desconcentrada')).toBe('organos-de-operacion-administrativa-desconcentrada');
  });
});

describe('assignIdentities', () => {
  it('gives the same slugs when the same text is ingested again', () => {
    const first = assignIdentities(edition1, null);
    const second = assignIdentities(edition1, first.registro);
    expect([...second.slugs]).toEqual([...first.slugs]);
    expect(second.registro).toEqual(first.registro);
  });

  it('makes slugs unique within a document in document order', () => {
    const { slugs } = assignIdentities([unidad('1', 'Departamento de Control', ['a']), unidad('2', 'Departamento de Control', ['b'])], null);
    expect([...slugs.values()]).toEqual(['departamento-de-control', 'departamento-de-control-2']);
  });

  it('keeps every old slug pointing at its unit or a redirect after a new edition', () => {
    const first = assignIdentities(edition1, null);
    // New edition: a unit inserted before 7.1.2, which is renamed; numerals after it shift.
    const edition2 = [
      edition1[0]!,
      edition1[1]!,
      unidad('7.1.2', 'Coordinación de Archivos', ['Organizar el sistema institucional de archivos'], '7.1'),
      { ...edition1[2]!, clave: '7.1.3', numeral: '7.1.3', nombre: 'Coordinación de Competitividad y Mejora Regulatoria' },
      { ...edition1[3]!, clave: '7.1.4', numeral: '7.1.4' },
    ];
    const second = assignIdentities(edition2, first.registro);
    const live = new Set(second.slugs.values());
    for (const [clave, oldSlug] of first.slugs) {
      const entry = second.registro.unidades.find((candidate) => candidate.slug === oldSlug);
      expect(entry, `old slug of ${clave}`).toBeDefined();
      if (entry?.estado === 'vigente') expect(live.has(oldSlug)).toBe(true);
      else expect(entry?.destino && live.has(entry.destino)).toBe(true);
    }
    // The renamed unit's old slug redirects to its new slug, which lists it as an alias.
    expect(second.slugs.get('7.1.3')).toBe('coordinacion-de-competitividad-y-mejora-regulatoria');
    expect(aliasesOf(second.registro, 'coordinacion-de-competitividad-y-mejora-regulatoria')).toEqual(['coordinacion-de-modernizacion']);
    // The unit that only moved keeps its slug.
    expect(second.slugs.get('7.1.4')).toBe(first.slugs.get('7.1.3'));
  });

  it('marks a unit gone from the document as suprimida, pointing to the overview', () => {
    const first = assignIdentities(edition1, null);
    const second = assignIdentities(edition1.slice(0, 3), first.registro);
    const gone = second.registro.unidades.find((entry) => entry.slug === 'coordinacion-de-integridad');
    expect(gone).toMatchObject({ estado: 'suprimida', destino: null });
  });
});
