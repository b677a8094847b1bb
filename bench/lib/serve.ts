/**
 * A static file server for the built sites, as a plain static host serves
 * them: `dir/` at `/`, `index.html` for a directory, `404.html` for anything
 * else, text compressed with gzip when the browser accepts it (what the bytes
 * figures count as "transferred"). Several directories can be mounted at
 * different prefixes (the merged-index demo serves two builds as one site).
 *
 *   const server = await serve([{ prefix: '/', dir: '.cache/bench/run/dist' }]);
 *   // server.url === 'http://127.0.0.1:40123'; await server.close();
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

export interface Mount {
  /** URL prefix, with leading and trailing slash: `/`, `/b/`. */
  prefix: string;
  dir: string;
}

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Types a static host compresses; Pagefind's index files are gzip already and go as they are. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serve(mounts: readonly Mount[]): Promise<RunningServer> {
  // Longest prefix first, so `/b/` wins over `/`.
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const mount = ordered.find((m) => path.startsWith(m.prefix));
    if (!mount) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(mount.prefix.length)).replace(/^(\.\.(\/|$))+/, '');
    let file = join(mount.dir, relative);
    let status = 200;
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = join(file, 'index.html');
    if (!info || !(await stat(file).catch(() => null))?.isFile()) {
      file = join(mount.dir, '404.html');
      status = 404;
    }
    const extension = extname(file);
    const headers: Record<string, string> = { 'content-type': contentTypes[extension] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    const gzip = compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    response.writeHead(status, headers);
    const stream = createReadStream(file).on('error', () => response.destroy());
    if (gzip) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
