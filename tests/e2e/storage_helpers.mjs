// Helpers of the storage tests: watching and reading the shell's IndexedDB from inside the page,
// a browser that can be killed for real, and a second deployment of the site.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, REPO_DIR } from './harness.mjs';

// Init script: records every IndexedDB put as {store, at, key, text} in window.__puts.
export function recordPuts() {
  window.__puts = [];
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    window.__puts.push({ store: this.name, at: performance.now(), key: key === undefined ? null : key,
                         text: value && typeof value.text === 'string' ? value.text : null });
    return put.apply(this, arguments);
  };
}

// Waits until no change waits to be saved and no save is under way; returns waymark.saveState().
export async function waitForSaved(page, { timeout = 15000 } = {}) {
  await page.waitForFunction(() => {
    const s = window.waymark.saveState();
    return !s.pending && !s.saving;
  }, null, { timeout, polling: 25 });
  return page.evaluate(() => window.waymark.saveState());
}

// Runs fn(stores, arg) inside one readwrite transaction on the shell's database, as a damaged
// disk or another program might; stores has plans, generations, quarantine and meta. Resolves
// to the result of the request fn returns (or fn's plain value).
// The page's Content-Security-Policy allows no eval, so fn's source is put into the expression
// that the DevTools protocol evaluates (which the policy does not cover), not eval'ed in the page.
export const idb = (page, fn, arg) => page.evaluate(`(${idbInPage.toString()})(${fn.toString()}, ${JSON.stringify(arg === undefined ? null : arg)})`);

function idbInPage(fn, a) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('waymark');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = ['plans', 'generations', 'quarantine', 'meta'].filter((n) => db.objectStoreNames.contains(n));
      const tx = db.transaction(names, 'readwrite');
      const stores = Object.fromEntries(names.map((n) => [n, tx.objectStore(n)]));
      const result = fn(stores, a);
      tx.oncomplete = () => { db.close(); resolve(result instanceof IDBRequest ? result.result ?? null : result ?? null); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

export const storedRecord = (page, id) => idb(page, (s, key) => s.plans.get(key), id);

// Chromium on a persistent profile in a process of our own, so a test can kill it for real
// (SIGKILL to its process group: no unload, no shutdown, as a crash or power cut). The flags are
// harness.mjs's (root, no network, no GPU). Resolves to {browser, context, kill()}.

export async function launchKillable(profileDir) {
  const child = spawn('/usr/bin/chromium', [...CHROMIUM_ARGS, '--headless', `--user-data-dir=${profileDir}`,
    '--remote-debugging-port=0', 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (d) => {
      seen += d;
      const m = seen.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`chromium exited (${code}) before it listened: ${seen.slice(-400)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // A test that fails before its kill() must not leave this Chromium running after the file ends.
  const killOnExit = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone already */ } };
  process.once('exit', killOnExit);
  return {
    browser,
    context: browser.contexts()[0],
    async kill() {
      process.off('exit', killOnExit);
      process.kill(-child.pid, 'SIGKILL');
      await exited;
      await browser.close().catch(() => {});
    },
  };
}

// Renames the open plan through the API (a change like any edit); returns importPlan's result.
export const rename = (page, name) => page.evaluate((n) => {
  const doc = JSON.parse(window.waymark.exportPlan());
  doc.plan.name = n;
  return window.waymark.importPlan(JSON.stringify(doc));
}, name);

// Opens the app in a new page of context and waits until it is ready.
export async function openIn(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.waymark.ready);
  return page;
}

// A second, really different deployment of the site: the staged build (build-web/stage) with its
// version changed (and, when storeFormat is given, the store's record layout), published into
// dir by the same step as the real build (cmake/make_site.cmake): new hashed names, a new
// service worker. Resolves to B's version string.
export function makeSecondBuild(dir, { storeFormat } = {}) {
  const stage = mkdtempSync(join(tmpdir(), 'waymark-stage-b-'));
  try {
    cpSync(join(REPO_DIR, 'build-web/stage'), stage, { recursive: true });
    const texts = readFileSync(join(stage, 'shell/texts.js'), 'utf8');
    const version = texts.match(/VERSION = "([^"]+)"/)[1] + '-b';
    writeFileSync(join(stage, 'shell/texts.js'), texts.replace(/VERSION = "[^"]+"/, `VERSION = "${version}"`));
    if (storeFormat !== undefined) {
      const store = readFileSync(join(stage, 'shell/storage.js'), 'utf8');
      assert.match(store, /const STORE_FORMAT = \d+;/);
      writeFileSync(join(stage, 'shell/storage.js'), store.replace(/const STORE_FORMAT = \d+;/, `const STORE_FORMAT = ${storeFormat};`));
    }
    execFileSync('cmake', [`-DSOURCE_DIR=${REPO_DIR}`, `-DSTAGE=${stage}`, `-DSITE=${dir}`, '-P',
      join(REPO_DIR, 'cmake/make_site.cmake')], { stdio: 'pipe' });
    return version;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

// A served folder that can be switched to another build at once, as a host's deployment does:
// a symbolic link the server reads through. Returns {dir, deploy(target)}.
export function switchableSite(first) {
  const top = mkdtempSync(join(tmpdir(), 'waymark-served-'));
  const dir = join(top, 'current');
  symlinkSync(first, dir);
  return {
    dir,
    deploy(target) {
      symlinkSync(target, join(top, 'next'));
      renameSync(join(top, 'next'), dir);  // atomic: a request sees the old build or the new one
    },
    remove() { rmSync(top, { recursive: true, force: true }); },
  };
}

// Init script: keeps every text the polite live region (#announce) says in window.__announced.
export function recordAnnouncements() {
  window.__announced = [];
  document.addEventListener('DOMContentLoaded', () => {
    const live = document.getElementById('announce');
    new MutationObserver(() => { if (live.textContent) window.__announced.push(live.textContent); })
      .observe(live, { childList: true, characterData: true, subtree: true });
  });
}

// Waits until the live region has said something that matches pattern; returns what it said.
export async function announced(page, pattern, { timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const said = await page.evaluate(() => window.__announced);
    const found = said.find((t) => pattern.test(t));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`nothing said matched ${pattern}: ${JSON.stringify(said)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Stores text as plan id's record, whole (its checksum holds) unless fields say otherwise, and
// makes it the plan that opens next; fields overwrite the record's own (rev, build, ...).
export const putPlanRecord = (page, id, text, fields = {}) => idb(page, (s, a) => {
  s.plans.put({ format: 'waymark-plan', version: 1, storeFormat: 2, rev: 1, checksum: window.WaymarkStore.checksum(a.text),
                text: a.text, name: '', savedAt: new Date().toISOString(), build: 'earlier', deleted: '', ...a.fields }, a.id);
  s.meta.put(a.id, 'lastPlanId');
}, { id, text, fields });

// The app's next start in page: a reload that waits until it is ready.
export async function restart(page) {
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
}
