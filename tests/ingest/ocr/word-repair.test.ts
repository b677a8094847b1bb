import { describe, expect, it } from 'vitest';
import { lecturas, repararLinea, repararPalabra } from '../../../scripts/ingest/ocr/word-repair.ts';
import { lexiconMini } from './helpers.ts';

const lexicon = lexiconMini();
const palabra = (word: string) => repararPalabra(word, lexicon)?.palabra ?? word;

describe('repararPalabra', () => {
  it('reads é, 6, b and d printed for ó', () => {
    expect(palabra('Direccién')).toBe('Dirección');
    expect(palabra('determin6')).toBe('determinó');
    expect(palabra('Divisibn')).toBe('División');
    expect(palabra('aprobd')).toBe('aprobó');
  });

  it('reads the pairs of glyphs a smudged ó becomes', () => {
    expect(palabra('Direccidon')).toBe('Dirección');
    expect(palabra('gestidbn')).toBe('gestión');
    expect(palabra('Coordinacioén')).toBe('Coordinación');
    expect(palabra('O6rganos')).toBe('Órganos');
  });

  it('restores a lost accent, capitals included', () => {
    expect(palabra('Operacion')).toBe('Operación');
    expect(palabra('informacion')).toBe('información');
    expect(palabra('asi')).toBe('así');
    expect(palabra('Organos')).toBe('Órganos');
  });

  it('reads fi, f and their kin as ñ', () => {
    expect(palabra('desempefio')).toBe('desempeño');
    expect(palabra('afio')).toBe('año');
    expect(palabra('campafias')).toBe('campañas');
    expect(palabra('camparfas')).toBe('campañas');
    expect(palabra('sefalar')).toBe('señalar');
  });

  it('reads @, & and 4 as á, and i or n as ú', () => {
    expect(palabra('&mbito')).toBe('ámbito');
    expect(palabra('@mbito')).toBe('ámbito');
    expect(palabra('4rea')).toBe('área');
    expect(palabra('nimero')).toBe('número');
    expect(palabra('niumero')).toBe('número');
  });

  it('reads g printed for q', () => {
    expect(palabra('gue')).toBe('que');
    expect(palabra('qgue')).toBe('que');
    expect(palabra('aguellos')).toBe('aquellos');
  });

  it('leaves known words, acronyms, codes and names alone', () => {
    for (const word of ['Dirección', 'IMSS', 'G000', 'AS2', 'normatividad', 'derechohabiencia', 'Anguiano', 'SuperISSSTE', 'CeNaDi']) {
      expect(repararPalabra(word, lexicon)).toBeNull();
    }
  });

  it('leaves a word as printed when two readings tie and the corpus does not tell them apart', () => {
    // `envio` reads as `envío` and as `envió`; the mini corpus writes neither.
    expect(repararPalabra('envio', lexicon)).toBeNull();
  });

  it('takes the spelling the corpus uses for a word the scan printed without its accent', () => {
    expect(repararPalabra('Publica', lexicon)).toEqual({ palabra: 'Pública', regla: 'acento-por-corpus' });
  });

  it('keeps both spellings where the corpus uses both', () => {
    expect(repararPalabra('estos', lexicon)).toBeNull();
    expect(repararPalabra('solo', lexicon)).toBeNull();
  });

  it('turns a first-person preterite into the third person, but not a noun in é', () => {
    expect(repararPalabra('aprobé', lexicon)).toEqual({ palabra: 'aprobó', regla: 'preterito' });
    expect(repararPalabra('determiné', lexicon)).toEqual({ palabra: 'determinó', regla: 'preterito' });
    expect(repararPalabra('Comité', lexicon)).toBeNull();
  });

  it('repairs the conjunctions a stray stroke garbled', () => {
    expect(palabra('vy')).toBe('y');
    expect(palabra('Yy')).toBe('y');
    expect(palabra('o0')).toBe('o');
    expect(palabra('Evaluaciony')).toBe('Evaluación y');
  });

  it('spells a garbled -ción ending right even for a word no lexicon has', () => {
    expect(repararPalabra('geolocalizaciéon', lexicon)).toEqual({ palabra: 'geolocalización', regla: 'terminacion-cion' });
  });

  it('repairs an l inside a roman numeral', () => {
    expect(palabra('XXIl')).toBe('XXII');
  });
});

describe('lecturas', () => {
  it('never gives a word two accents', () => {
    expect(lecturas('Econémico').every(({ palabra: word }) => (word.match(/[áéíóú]/gu) ?? []).length <= 1)).toBe(true);
  });

  it('prices a lost accent below a misread glyph', () => {
    const cost = (printed: string) => lecturas(printed).find(({ palabra: word }) => word === 'Dirección')?.costo;
    expect(cost('Direccion')).toBe(1);
    expect(cost('Direccién')).toBe(1.5);
    expect(cost('Direccidon')).toBe(2);
  });

  it('must read a digit or sign inside a word through a confusion', () => {
    expect(lecturas('determin6').every(({ palabra: word }) => !/6/u.test(word))).toBe(true);
  });
});

describe('repararLinea', () => {
  it('changes only the repaired words, byte for byte around them', () => {
    const line = ' XXIl.  Coadyuvar con los Organos, (asi) y la Direccién: https://www.imss.gob.mx/ G000-002-001';
    const { texto, cambios } = repararLinea(line, lexicon);
    expect(texto).toBe(' XXII.  Coadyuvar con los Órganos, (así) y la Dirección: https://www.imss.gob.mx/ G000-002-001');
    expect(cambios.map(({ original, reparada }) => `${original}>${reparada}`)).toEqual(['XXIl>XXII', 'Organos>Órganos', 'asi>así', 'Direccién>Dirección']);
  });

  it('reads a capital Y or a zero between lowercase words as the conjunction', () => {
    expect(repararLinea('los procesos Y verificar el cumplimiento', lexicon).texto).toBe('los procesos y verificar el cumplimiento');
    expect(repararLinea('en los programas 0 proyectos', lexicon).texto).toBe('en los programas o proyectos');
    expect(repararLinea('Y EVALUACION', lexicon).texto).toBe('Y EVALUACION');
  });

  it('restores the future of a subjunctive only where it opens a paragraph', () => {
    expect(repararLinea('Orientara los planes', lexicon, { inicioDeParrafo: true }).texto).toBe('Orientará los planes');
    expect(repararLinea('Orientara los planes', lexicon).texto).toBe('Orientara los planes');
  });

  it('leaves a line without damage untouched', () => {
    const line = 'La Dirección de Operación y Evaluación coordina a los Órganos.';
    expect(repararLinea(line, lexicon)).toEqual({ texto: line, cambios: [] });
  });
});
