import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { IngestError } from '../../../src/model/index.ts';
import { escribirCache, leerCache } from '../ocr/cache.ts';
import type { Pieza } from './pdf-layout.ts';

/**
 * The pages of a PDF that have no text layer (a scan), read by OCR: each page
 * rendered to a grayscale image by poppler's `pdftoppm` and read by
 * Tesseract (Spanish model) as words with their boxes, which become the same
 * pieces pdf.js gives for a text layer, so the same layout reads them
 * (lines, columns, running headers, hyphenation).
 *
 * Why these tools (measured on page 5 of corpus-dev 07, a 300-dpi scan):
 * - `pdftoppm -gray` to PGM: 0.19 s a page. pdf.js with @napi-rs/canvas
 *   renders the same page in 0.4–0.5 s and gives Tesseract the same words; a
 *   scanned page here is a mosaic of 20–50 JPEG 2000 tiles, so taking "the"
 *   embedded image out is not an option. poppler is also what made the
 *   corpus's OCR text, and a Debian package beside Tesseract.
 * - Tesseract with one thread per process (`OMP_THREAD_LIMIT=1`) and two
 *   processes on two cores: one page took 1.9 s that way against 5.4 s
 *   with Tesseract's own OpenMP threads on this shared 2-core machine.
 * - Page segmentation mode 4 (a single column of text of variable sizes):
 *   what the corpus's OCR text was made with; a manual's page is one column
 *   with a header table, and the layout regroups the words by position anyway.
 * - 300 dpi: Tesseract's recommended resolution for body text.
 *
 * Results are cached by the PDF's content hash, page and settings in the tool
 * cache (node_modules/.cache/organica/), so a rebuild does not OCR again.
 * Without the tools the error says which Debian packages to install.
 */

const execFileAsync = promisify(execFile);

/** Render resolution (dots per inch). */
const dpi = 300;
/** Tesseract's page segmentation mode: one column of text of variable sizes. */
const psm = 4;
const lang = 'spa';
/** Version of what the cache holds (the pieces `piezasDeTsv` makes): change it when they change. */
const cacheVersion = 4;
/** What to install when a tool is missing (Debian package names). */
const paquetesOcr = 'tesseract-ocr tesseract-ocr-spa poppler-utils';

/**
 * The OCR of each page number given: its words as pieces in points from the
 * page's top-left corner. `progreso` is told after each page; `cache: false`
 * reads every page again (the benchmark).
 */
export async function ocrDePaginas(
  archivo: string,
  bytes: Uint8Array,
  paginas: readonly number[],
  progreso: (hechas: number, total: number) => void = () => {},
  { cache = true }: { cache?: boolean } = {},
): Promise<Map<number, Pieza[]>> {
  const herramientas = await versiones(archivo, paginas[0] ?? 1);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const out = new Map<number, Pieza[]>();
  const pending: number[] = [];
  for (const pagina of paginas) {
    const cached = cache ? leerCache<Pieza[]>(nombreEnCache(hash, pagina), clave(hash, pagina, herramientas)) : null;
    if (cached) out.set(pagina, cached);
    else pending.push(pagina);
  }
  if (pending.length === 0) return out;
  const dir = await mkdtemp(join(tmpdir(), 'organica-ocr-'));
  try {
    const pdf = join(dir, 'fuente.pdf');
    await writeFile(pdf, bytes);
    let hechas = out.size;
    const queue = [...pending];
    const worker = async () => {
      for (let pagina = queue.shift(); pagina !== undefined; pagina = queue.shift()) {
        const piezas = await ocrDePagina(archivo, pdf, dir, pagina);
        escribirCache(nombreEnCache(hash, pagina), clave(hash, pagina, herramientas), piezas);
        out.set(pagina, piezas);
        progreso(++hechas, paginas.length);
      }
    };
    const workers = Math.max(1, Math.min(availableParallelism(), pending.length));
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}

const nombreEnCache = (hash: string, pagina: number) => `ocr-${hash.slice(0, 32)}-p${pagina}.json`;
const clave = (hash: string, pagina: number, herramientas: string) => `v${cacheVersion}|${hash}|p${pagina}|${dpi}dpi|psm${psm}|${lang}|${herramientas}`;

async function ocrDePagina(archivo: string, pdf: string, dir: string, pagina: number): Promise<Pieza[]> {
  const raiz = join(dir, `p${pagina}`);
  try {
    await execFileAsync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(pagina), '-l', String(pagina), '-singlefile', pdf, raiz]);
    const { stdout } = await execFileAsync('tesseract', [`${raiz}.pgm`, 'stdout', '-l', lang, '--psm', String(psm), 'tsv'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return piezasDeTsv(stdout, 72 / dpi);
  } catch (error) {
    const detail = error instanceof Error ? (error as { stderr?: string }).stderr?.trim() || error.message : String(error);
    throw new IngestError(archivo, 1, `no se pudo leer por OCR la página ${pagina} (${detail.split('\n')[0]}); se esperaba una página escaneada legible.`, pagina);
  } finally {
    await rm(`${raiz}.pgm`, { force: true });
  }
}

/**
 * Tesseract's TSV (one row per page, block, paragraph, line and word) to
 * pieces: each word placed on its line's box, so the words Tesseract read as
 * one line stay one line however the scan is skewed. Pure.
 *
 * > | level page block par line word left top width height conf text
 * > | 4     1    1     1   1    0    281  60  600   13     -1
 * > | 5     1    1     1   1    1    281  60  120   13     91   MANUAL
 */
export function piezasDeTsv(tsv: string, puntosPorPixel: number): Pieza[] {
  const lines = new Map<string, { top: number; height: number }>();
  const piezas: Pieza[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const [level, , block, par, line, , left, top, width, height, conf, text] = cells;
    const key = `${block}.${par}.${line}`;
    if (level === '4') lines.set(key, { top: Number(top), height: Number(height) });
    if (level !== '5' || !text || text.trim() === '') continue;
    const box = lines.get(key) ?? { top: Number(top), height: Number(height) };
    piezas.push({
      texto: text,
      x: Number(left) * puntosPorPixel,
      // The line's box is the piece's: from ascent above the baseline to descent below (pdf-layout).
      y: (box.top + 0.8 * box.height) * puntosPorPixel,
      ancho: Number(width) * puntosPorPixel,
      alto: box.height * puntosPorPixel,
      palabra: true,
      confianza: Number(conf),
      lineaOcr: key,
    });
  }
  return piezas;
}

let versionesCache: Promise<string | { falta: string }> | undefined;

/** The tools' versions (part of the cache key), or an IngestError saying what to install. */
async function versiones(archivo: string, pagina: number): Promise<string> {
  versionesCache ??= (async () => {
    const tesseract = await version('tesseract', ['--version']);
    const poppler = await version('pdftoppm', ['-v']);
    const missing = [tesseract === null ? 'tesseract' : '', poppler === null ? 'pdftoppm' : ''].filter(Boolean);
    if (missing.length > 0) return { falta: `no está instalado ${missing.join(' ni ')}` };
    const { stdout } = await execFileAsync('tesseract', ['--list-langs']);
    if (!stdout.split(/\s+/).includes(lang)) return { falta: 'falta el modelo de español de tesseract' };
    return `${tesseract}|${poppler}`;
  })();
  const found = await versionesCache;
  if (typeof found === 'string') return found;
  // Installed later in the same process, the tools are looked for again.
  versionesCache = undefined;
  throw new IngestError(
    archivo,
    1,
    `la página ${pagina} no tiene capa de texto (es una imagen escaneada) y ${found.falta} para leerla por OCR; instale los paquetes con \`apt-get install ${paquetesOcr}\`.`,
    pagina,
  );
}

async function version(command: string, args: string[]): Promise<string | null> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args);
    return `${stdout}${stderr}`.split('\n')[0]?.trim() ?? command;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
