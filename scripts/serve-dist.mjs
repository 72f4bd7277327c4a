// `npm run serve`: serves dist/ as deploy/nginx.conf does (same headers, from build/serving.ts),
// sending the precompressed .br or .gz copy the browser accepts. Also used by the bench and by
// tests/e2e/serving.test.mjs.
//
//   npm run serve                       http://localhost:4173, dist/
//   npm run serve -- --port 8080 --root dist
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const ROOT_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The encodings a client accepts, by its Accept-Encoding, in the server's order of preference. */
export function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => {
        const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
        return [name.trim().toLowerCase(), q === undefined ? 1 : Number(q)];
      }),
  );
  return ['br', 'gzip'].filter((e) => (accepted.get(e) ?? 0) > 0);
}

const EXTENSION = { br: '.br', gzip: '.gz' };

/**
 * Starts the server; resolves to { url, close }. `root` is the folder served, `port` 0 for any
 * free port.
 */
export async function startStaticServer({ root = 'dist', port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run \`npx vite build\``);
  }
  const { module: serving } = await runnerImport(join(ROOT_DIR, 'build/serving.ts'));
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    // A path that climbs out of the root, or asks for a compressed copy itself, is not served.
    const stat = file.startsWith(base + sep) && existsSync(file) ? statSync(file) : null;
    if (!stat?.isFile() || /\.(br|gz)$/.test(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const headers = { ...serving.responseHeaders(path), Vary: 'Accept-Encoding' };
    let sent = file;
    let size = stat.size;
    for (const encoding of chooseEncoding(req.headers['accept-encoding'])) {
      const copy = file + EXTENSION[encoding];
      if (existsSync(copy)) {
        sent = copy;
        size = statSync(copy).size;
        headers['Content-Encoding'] = encoding;
        break;
      }
    }
    headers['Content-Length'] = String(size);
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(sent).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4173' },
      root: { type: 'string', default: 'dist' },
    },
  });
  const { url } = await startStaticServer({ root: values.root, port: Number(values.port) });
  console.log(`serving ${values.root}/ at ${url} (Ctrl+C to stop)`);
}
