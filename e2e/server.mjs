// A small static server for the built app (dist/), for the end-to-end tests and benchmarks.
// It serves dist/ both at "/" and under a sub-path such as "/board/explorer/", with the right
// MIME types (application/wasm), optional extra headers (such as a Content-Security-Policy)
// and optional overrides (to serve a deliberately broken data file).
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Starts the server on 127.0.0.1 and a free port.
 * @param {{base?: string, headers?: Record<string,string>, overrides?: Record<string,{status?: number, body: string, type?: string}>}} options
 *   base: the sub-path the app is served under (it is also served at "/");
 *   overrides: paths relative to the app (e.g. "data/population.json") answered with this body instead.
 * @returns {Promise<{origin: string, url: string, close: () => Promise<void>}>}
 */
export async function startServer({ base = '/board/explorer/', headers = {}, overrides = {} } = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (rel.startsWith(base)) rel = rel.slice(base.length);
    else rel = rel.replace(/^\/+/, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const common = { 'cache-control': 'no-store', ...headers };
    if (overrides[rel]) {
      const o = overrides[rel];
      res.writeHead(o.status ?? 200, { 'content-type': o.type ?? TYPES[path.extname(rel)] ?? 'text/plain', ...common });
      res.end(o.body);
      return;
    }
    const file = path.join(DIST, rel);
    if (!file.startsWith(DIST + path.sep)) {
      res.writeHead(403, common).end('forbidden');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...common });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', ...common }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A test that fails before closing its server must not keep the test run alive.
  server.unref();
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

// `node e2e/server.mjs [base]` serves dist/ by hand.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = await startServer({ base: process.argv[2] ?? '/board/explorer/' });
  console.log(`serving ${DIST} at ${s.url}`);
}
