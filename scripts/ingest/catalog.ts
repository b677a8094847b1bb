import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { catalogoSchema, IngestError, registroSchema, type Catalogo, type Registro } from '../../src/model/index.ts';

/**
 * Reads every catalog entry (content/sources/*.yaml), validated by the model's
 * schema; a bad entry is an IngestError naming the file and the line of the
 * offending field.
 */
export async function loadCatalogs(dir: string): Promise<Catalogo[]> {
  const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const catalogs: Catalogo[] = [];
  for (const name of names) {
    catalogs.push(parseYaml(name, await readFile(join(dir, name), "utf8"), catalogoSchema));
  }
  return catalogs;
}

/** Reads a document's committed registry, or null when it has none yet. */
export async function loadRegistry(path: string, shownAs: string): Promise<Registro | null> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  return parseYaml(shownAs, source, registroSchema);
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

function parseYaml<T>(archivo: string, source: string, schema: Schema<T>): T {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new IngestError(archivo, line, `YAML no válido: ${yamlError.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).map(String);
  const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const parentNode = document.getIn(path.slice(0, -1), true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0] ?? parentNode?.range?.[0] ?? 0;
  throw new IngestError(archivo, lineCounter.linePos(offset).line, `campo «${path.join('.') || '(raíz)'}»: ${issue?.message ?? 'no válido'}.`);
}
