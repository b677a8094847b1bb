import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { read } from '../../../scripts/ingest/read.ts';
import { readPdf } from '../../../scripts/ingest/read/pdf.ts';

/**
 * The text-layer PDFs of ../shared/corpus-dev (01–05) against the
 * `pdftotext -layout` text kept beside each (poppler 22.12). Until the
 * recognizers of these documents land, the test compares text:
 *
 * - words: the same sequence once page furniture is left out of pdftotext's
 *   text (the running headers, footers and page numbers the corpus README
 *   lists per document, which our reader drops). Measured agreement (longest
 *   common subsequence over either side): 100 % for 01, 02, 03 and 05,
 *   99.94 % for 04, whose org charts are boxes side by side: 6 of 10,507 words
 *   come in another order. The bar, 99.9 %, allows that and nothing more
 *   than a dozen words in a document;
 * - markers at line starts (`Artículo 5`, `XIV.`, `3.`, `a)`, `•`): every
 *   marker pdftotext finds, in the same order. In 03 ours has 11 more: where
 *   the gazette's 1.5-pt stamp `SGG-ID-PO15583` sits on a fracción's line,
 *   pdftotext sets the numeral on a line of its own, and our reader keeps
 *   `XIV.` with its text (the stamp goes with the running header);
 * - furniture: no line left that the corpus README calls page furniture.
 */
const dir = new URL('../../../../shared/corpus-dev/', import.meta.url);
const available = existsSync(dir);

const documentos = [
  { id: '01-consar-reglamento-interior-2015', furniture: [], extraMarkers: 0 },
  { id: '02-consar-manual-organizacion-general-2016', furniture: [], extraMarkers: 0 },
  {
    id: '03-icatech-reglamento-interior-2022',
    furniture: [/^miércoles 22 de junio de 2022\s+Periódico Oficial No\. 230$/, /^SGG-ID-PO\d+$/, /^\d{1,3}$/],
    extraMarkers: 11,
  },
  {
    id: '04-icatech-manual-organizacion-2023',
    furniture: [/^miércoles 18 de enero de 2023\s+Periódico Oficial No\. 263$/, /^SGG-ID-PO\d+$/, /^\d{1,3}$/],
    extraMarkers: 0,
  },
  { id: '05-pjdgo-tmi-reglamento-interior-comision-administracion', furniture: [/^22\/05\/2023 11:31 a\. m\.\s+\d+$/], extraMarkers: 0 },
];

/** Words agree at least this much (longest common subsequence over the words of either side). */
const wordAgreementMin = 0.999;
/** For the scan, two OCR readings of the same pages: 97.7 % measured, see below. */
const scanAgreementMin = 0.97;

const limpia = (line: string) => line.replace(/\f/g, '').replace(/\uF0B7/g, '•').normalize('NFC').trim();
const palabras = (lines: readonly string[]) => lines.flatMap((line) => limpia(line).split(/\s+/)).filter(Boolean);
const marker = /^(Art[íi]culo\s+\d+|ARTÍCULO\s+\d+|[IVXLC]+\.(?=\s)|\d+\.(?=\s)|[a-z]\)|[A-Z]\.(?=\s)|•)/u;
const marcadores = (lines: readonly string[]) => lines.map((line) => marker.exec(limpia(line))?.[1]?.replace(/\s+/g, ' ')).filter((m): m is string => m !== undefined);
const comunes = (a: string[], b: string[]) => diffArrays(a, b).reduce((sum, part) => sum + (part.added || part.removed ? 0 : part.value.length), 0);

describe.skipIf(!available)('read (corpus-dev PDFs against pdftotext -layout)', () => {
  describe.each(documentos)('$id', ({ id, furniture, extraMarkers }) => {
    let loaded: ReturnType<typeof leer> | undefined;
    const load = () => (loaded ??= leer());
    const leer = async () => {
      const reference = (await readFile(new URL(`${id}.txt`, dir), 'utf8')).split('\n').filter((line) => !furniture.some((re) => re.test(limpia(line))));
      const source = await read(new URL(`${id}.pdf`, dir).pathname, `${id}.pdf`);
      return { reference, ours: source.lines.map((line) => line.texto), source };
    };

    it('loses no word and adds none', async () => {
      const { reference, ours } = await load();
      const [a, b] = [palabras(reference), palabras(ours)];
      const common = comunes(a, b);
      expect(common / a.length).toBeGreaterThanOrEqual(wordAgreementMin);
      expect(common / b.length).toBeGreaterThanOrEqual(wordAgreementMin);
    });

    it('starts lines with the same article, fracción and item markers, in order', async () => {
      const { reference, ours } = await load();
      const [a, b] = [marcadores(reference), marcadores(ours)];
      expect(comunes(a, b)).toBe(a.length);
      expect(b.length - a.length).toBe(extraMarkers);
    });

    it('leaves no running header, footer or page number', async () => {
      const { ours, source } = await load();
      expect(ours.filter((line) => furniture.some((re) => re.test(limpia(line))))).toEqual([]);
      const pages = new Set(source.lines.map((line) => line.pagina));
      expect(pages.size).toBe(source.paginas);
    });
  });
});

/**
 * The scan, 07: pages 13 and 24 only (OCR costs seconds a page), against the
 * OCR text kept beside it (Tesseract 5.3, Spanish, psm 4, 300 dpi: the same
 * tools). Words agree at 97.7 % either way once its page header is left out
 * of the reference: the rest are logo specks read as letters (`es a e A a`,
 * `cecÍ]O3OOOo`) and the item numbers below, which moved. Where the scan's
 * list goes on from the page before, the reference has the numbers `10.` to
 * `15.` as a run of lines of their own before the paragraphs; reading the
 * words by position puts each number back before its paragraph.
 */
describe.skipIf(!available)('read (corpus-dev 07, a scan, against its OCR text)', () => {
  const id = '07-consar-moe-dgsc-2018-scan';
  const pages = [13, 24];
  let loaded: Promise<{ reference: string[]; ours: string[]; lines: { texto: string; pagina?: number }[] }> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const referencePages = (await readFile(new URL(`${id}.txt`, dir), 'utf8')).split('\f');
      const reference = pages.flatMap((page) => (referencePages[page - 1] ?? '').split('\n'));
      const source = await readPdf(`${id}.pdf`, await readFile(new URL(`${id}.pdf`, dir)), { paginas: pages });
      return { reference, ours: source.lines.map((line) => line.texto), lines: source.lines };
    })());
  /** The scan's page header, as its OCR text prints it. */
  const header = /MANUAL DE ORGANIZACI|CÓDIGO FECHA|MOE ?\/ ?DGSC|^CONSAR$/;
  const numero = /^\d{1,2}\.$/;

  it('reads the same words', async () => {
    const { reference, ours } = await load();
    const a = palabras(reference.filter((line) => !header.test(limpia(line)))).filter((word) => !numero.test(word));
    const b = palabras(ours).filter((word) => !numero.test(word));
    const common = comunes(a, b);
    expect(common / a.length).toBeGreaterThanOrEqual(scanAgreementMin);
    expect(common / b.length).toBeGreaterThanOrEqual(scanAgreementMin);
  });

  it('puts the numbers the scan printed apart back before their paragraphs, on their page', async () => {
    const { reference, lines } = await load();
    expect(reference.filter((line) => /^1[0-5]\.$/.test(line))).toHaveLength(11);
    const items = lines.filter((line) => /^[\f ]*1[0-5]\. \p{Lu}\p{Ll}+/u.test(line.texto)).map((line) => [line.pagina, /1[0-5]/.exec(line.texto)?.[0]]);
    expect(items).toEqual([...['10', '11', '12', '13', '14', '15'].map((n) => [13, n]), ...['10', '11', '12', '13', '14'].map((n) => [24, n])]);
  });

  it('drops its page header', async () => {
    const { ours } = await load();
    expect(ours.filter((line) => header.test(limpia(line)))).toEqual([]);
  });
});
