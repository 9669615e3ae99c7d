// The built site names every app file by its content's hash (cmake/make_site.cmake), so hosts
// can cache it for a year; index.html, sw.js and the manifest keep their names and are re-checked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launchBrowser, SITE_DIR } from './harness.mjs';

const UNHASHED = new Set(['index.html', 'sw.js', 'manifest.webmanifest']);
const HASHED = /\.([0-9a-f]{10})\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const read = (name) => readFileSync(join(SITE_DIR, name), 'utf8');

// Every file index.html, sw.js and the manifest name, as paths inside the site.
function referenced() {
  const page = read('index.html');
  const names = new Set([...page.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]));
  for (const f of JSON.parse('[' + read('sw.js').match(/const FILES = \[(.*)\];/)[1] + ']')) names.add(f);
  for (const icon of JSON.parse(read('manifest.webmanifest')).icons) names.add(icon.src);
  names.delete('./');
  return [...names];
}

test('every file the page and the service worker name exists and is named by the hash of its bytes', () => {
  const names = referenced();
  assert.ok(names.length >= 9, `only ${names.length} files named: ${names}`);
  for (const name of names) {
    assert.ok(existsSync(join(SITE_DIR, name)), `${name} is named but missing`);
    if (UNHASHED.has(name)) continue;
    const m = HASHED.exec(name);
    assert.ok(m, `${name} has no content hash in its name`);
    const hash = createHash('sha256').update(readFileSync(join(SITE_DIR, name))).digest('hex');
    assert.equal(m[1], hash.slice(0, 10), `${name}: its name's hash is not its bytes' hash`);
  }
  for (const kind of [/\.wasm$/, /^waymark\.[0-9a-f]+\.js$/, /^shell\/main\./, /^shell\/storage\./, /^shell\/texts\./, /^fonts\//, /\.svg$/])
    assert.ok(names.some((n) => kind.test(n)), `no hashed file matches ${kind}`);
  // Nothing else in the site: no unhashed copy a page could still ask for.
  const onDisk = readdirSync(SITE_DIR, { recursive: true })
    .filter((f) => /\.[a-z]+$/.test(f) && !f.endsWith('.gz') && !f.split('/').pop().startsWith('.'));
  for (const file of onDisk) assert.ok(UNHASHED.has(file) || HASHED.test(file), `${file} is in the site without a hash`);
  assert.match(read('index.html'), /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(read('index.html'), /<script>|<script [^>]*>[^<]/, 'an inline script');
});

test('hashed files are cached for a year, index.html, sw.js and the manifest re-checked', async () => {
  for (const name of [...referenced(), '', 'sw.js']) {
    const response = await fetch(site.url + name, { method: 'HEAD' });
    assert.equal(response.status, 200, name);
    const expected = name === '' || UNHASHED.has(name) ? 'no-cache' : IMMUTABLE;
    assert.equal(response.headers.get('cache-control'), expected, name || '/');
  }
});

test('the page loads only hashed files besides the three, and runs', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname.slice(1)));
  await page.goto(site.url);
  await page.evaluate(() => window.waymark.ready);
  const files = requested.filter((p) => p && !UNHASHED.has(p));
  assert.ok(files.some((p) => /\.wasm$/.test(p)) && files.some((p) => /\.otf$/.test(p)), `requests: ${requested}`);
  for (const p of files) assert.match(p, HASHED, `${p} was fetched by an unhashed name`);
  assert.deepEqual(errors, []);
  await ctx.close();
});
