// The loopback server the scripts and tests use: types, gzip, and nothing outside its folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from '../../scripts/serve.mjs';

// A raw GET, so the path reaches the server exactly as written (no URL normalisation).
const get = (port, path, headers = {}) => new Promise((resolve, reject) => {
  const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
    res.resume();
    res.on('end', () => resolve(res));
  });
  req.on('error', reject);
  req.end();
});

test('serves wasm as application/wasm, gzip copies when accepted, and nothing outside its folder', async () => {
  const top = mkdtempSync(join(tmpdir(), 'waymark-serve-'));
  mkdirSync(join(top, 'site'));
  mkdirSync(join(top, 'site2'));
  writeFileSync(join(top, 'site', 'app.wasm'), 'wasm');
  writeFileSync(join(top, 'site', 'app.wasm.gz'), 'gz');
  writeFileSync(join(top, 'site2', 'secret.txt'), 'secret');
  const server = await serveDirectory(join(top, 'site'));
  const port = server.address().port;
  try {
    const plain = await get(port, '/app.wasm');
    assert.equal(plain.statusCode, 200);
    assert.equal(plain.headers['content-type'], 'application/wasm');
    assert.equal(plain.headers['content-encoding'], undefined);
    const zipped = await get(port, '/app.wasm', { 'accept-encoding': 'gzip, br' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    // URL parsing resolves plain dot segments; an encoded slash survives it and is the real test.
    assert.notEqual((await get(port, '/../site2/secret.txt')).statusCode, 200);
    assert.equal((await get(port, '/..%2Fsite2%2Fsecret.txt')).statusCode, 403);
    assert.equal((await get(port, '/missing.js')).statusCode, 404);
  } finally {
    server.close();
  }
});
