// A small static server for the built site, on loopback only: the right MIME types (so the wasm
// compiles while it downloads), gzip copies when the browser accepts them, and caching as a host
// should do it: a year for files whose name carries their content's hash, a re-check for the rest.
// On the same port, the sync server for rooms (server/sync_server.mjs, docs/collaboration.md).
//   node scripts/serve.mjs DIR [--port N] [--host 127.0.0.1] [--data DIR] [--redis redis://HOST:PORT] [--no-sync]
//   (or WAYMARK_SYNC_DATA, WAYMARK_REDIS_URL; the data directory defaults to var/sync;
//   WAYMARK_SYNC_LIMITS: JSON that overrides limits of server/sync_server.mjs's DEFAULT_LIMITS)
// Tests and benchmarks import serveDirectory() and listen on port 0.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSyncServer } from '../server/sync_server.mjs';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8', '.otf': 'font/otf', '.ttf': 'font/ttf',
  '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml', '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// "waymark.3f9a1c0b2d.wasm": named by its content (cmake/make_site.cmake), so it never changes.
const HASHED_NAME = /\.[0-9a-f]{10}\.[a-z0-9]+$/;
const cacheControl = (path) => (HASHED_NAME.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');

const exists = async (path) => { try { return (await stat(path)).isFile(); } catch { return false; } };

// Serves root on host:port; resolves to the listening server (server.address().port). With
// `sync` (createSyncServer's options), rooms are served too, as server.sync; server.close()
// then stores and closes them as well.
export async function serveDirectory(dir, { port = 0, host = '127.0.0.1', sync } = {}) {
  const root = resolve(dir);
  const rooms = sync ? createSyncServer(sync) : null;
  const server = createServer(async (req, res) => {
    try {
      if (rooms && (await rooms.handleRequest(req, res))) return;
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      // Inside root itself, not merely a path that begins the same way ("site2" next to "site").
      if (path !== root && !path.startsWith(root + sep)) { res.writeHead(403).end(); return; }
      if (url.pathname.endsWith('/')) path = join(path, 'index.html');
      if (!(await exists(path))) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      const headers = { 'Content-Type': types[extname(path)] || 'application/octet-stream', 'Cache-Control': cacheControl(path),
                        'Vary': 'Accept-Encoding', 'X-Content-Type-Options': 'nosniff' };
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '') && (await exists(path + '.gz'));
      if (gzip) headers['Content-Encoding'] = 'gzip';
      const body = await readFile(gzip ? path + '.gz' : path);
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(e));
    }
  });
  if (rooms) {
    server.sync = rooms;
    server.on('upgrade', (req, socket, head) => { if (!rooms.handleUpgrade(req, socket, head)) socket.destroy(); });
    const close = server.close.bind(server);
    server.close = (done) => { rooms.close().finally(() => close(done)); return server; };
  }
  return new Promise((ok, fail) => { server.once('error', fail); server.listen(port, host, () => ok(server)); });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
  const valued = ['--port', '--host', '--data', '--redis'];
  const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && valued.includes(args[i - 1]))) || '.';
  const host = option('--host', '127.0.0.1');
  const redis = option('--redis', process.env.WAYMARK_REDIS_URL || '');
  const dataDir = option('--data', process.env.WAYMARK_SYNC_DATA || fileURLToPath(new URL('../var/sync', import.meta.url)));
  const limits = process.env.WAYMARK_SYNC_LIMITS ? JSON.parse(process.env.WAYMARK_SYNC_LIMITS) : undefined;
  const sync = args.includes('--no-sync') ? undefined
    : { dataDir, redis: redis || undefined, limits, log: (m) => console.log(`[sync] ${m}`) };
  const server = await serveDirectory(dir, { port: Number(option('--port', 8765)), host, sync });
  console.log(`Waymark is served at http://${host}:${server.address().port}/ (Ctrl+C stops it)`);
  if (sync) console.log(`Rooms: ws://${host}:${server.address().port}/sync, kept in ${dataDir}${redis ? `, shared through ${redis}` : ''}`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
