// Shared set-up of the sync tests: real server processes (scripts/serve.mjs, the same command as
// README command 1) on 127.0.0.1 with their own data directories, real Yjs clients
// (web/together/room.js over the ws package), and Debian's redis-server on a free loopback port.
// Everything a test starts, it stops; every wait has a deadline.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { joinRoom, openRoom, startRoom } from '../../web/together/room.js';

export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));
// An example plan as the core writes it: check-ins and participants with ids (files before them
// get theirs on reading, as the core's reader does).
export async function samplePlan(name = 'restaurant') {
  const file = JSON.parse(await readFile(joinPath(REPO_DIR, 'assets/templates', `${name}.json`), 'utf8'));
  (file.plan.checkins || []).forEach((c, i) => { c.id ??= `c${i + 1}`; });
  return file;
}

export async function tempDir(prefix = 'waymark-sync-') {
  const dir = await mkdtemp(joinPath(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => ok(port)); });
  });
}

// Resolves when check() is truthy (polled), or rejects after `ms` with `what`.
export async function until(check, what, ms = 10000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// A sync server process: `node scripts/serve.mjs <site> --port <port> --data <dir> [--redis url]`.
export async function startServer({ dataDir, port, redis, limits, site } = {}) {
  const siteDir = site || dataDir;
  const args = [joinPath(REPO_DIR, 'scripts/serve.mjs'), siteDir, '--host', '127.0.0.1', '--port', String(port ?? 0), '--data', dataDir];
  if (redis) args.push('--redis', redis);
  const env = { ...process.env };
  if (limits) env.WAYMARK_SYNC_LIMITS = JSON.stringify(limits);
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((ok) => child.once('exit', ok));
  const served = await until(() => /served at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output) || child.exitCode !== null,
    'the server to start', 15000);
  if (child.exitCode !== null) throw new Error(`the server did not start:\n${output}`);
  const url = `http://127.0.0.1:${served[1]}`;
  return {
    url, sync: `${url}/sync`, port: Number(served[1]), output: () => output,
    // A clean stop (SIGTERM: stores what is pending) or a kill (SIGKILL: nothing more happens).
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

// Debian's redis-server on a free loopback port, in a temporary directory, without persistence.
export async function startRedis() {
  const { dir, remove } = await tempDir('waymark-redis-');
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir,
    '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  const exited = new Promise((ok) => child.once('exit', ok));
  await until(() => /Ready to accept connections/.test(output) || child.exitCode !== null, 'redis-server', 10000);
  if (child.exitCode !== null) throw new Error(`redis-server did not start:\n${output}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() { child.kill('SIGTERM'); await exited; await remove(); },
  };
}

// A client of the room as the shell will be: room.js over ws, recording what arrives as remote changes.
export function clientOptions(extra = {}) {
  const changes = [];
  return { WebSocketPolyfill: WebSocket, onRemoteChanges: (c) => changes.push(c), changes, ...extra };
}

export async function start(server, plan, extra = {}) {
  const options = clientOptions(extra);
  const room = await startRoom({ server, plan, ...options });
  return Object.assign(room, { changes: options.changes });
}

export async function join(server, room, extra = {}) {
  const options = clientOptions(extra);
  const session = await joinRoom({ server, room, ...options });
  return Object.assign(session, { changes: options.changes });
}

export function open(server, room, extra = {}) {
  const options = clientOptions(extra);
  return Object.assign(openRoom({ server, room, ...options }), { changes: options.changes });
}

// Takes a client off the network and back, as a browser that loses and regains its connection.
export async function goOffline(session) {
  session.provider.disconnect();
  await until(() => !session.state().connected, 'the client to be offline');
}

export async function goOnline(session) {
  let synced = false;
  const mark = () => { synced = true; };
  session.provider.on('synced', mark);
  await session.provider.connect();
  await until(() => synced, 'a sync after reconnecting');
  session.provider.off('synced', mark);
}
