// Share links that cannot hurt (issue 21): a link is inflated no further than the plan file limit,
// a cut or garbled link gets a plain message, and a readable one is offered in the app's own
// dialog; "Not now" keeps it (a banner, and the link in the address bar) until it is opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { startSite, launchBrowser, exportedPlan, clickItem, untilIdle } from './harness.mjs';
import { waitForSaved, openIn } from './storage_helpers.mjs';

let site, browser;
// A Chromium of this file's own: the renderers' memory is read from this process's children.
before(async () => { site = await startSite(); browser = await launchBrowser([], { own: true }); });
after(async () => { await browser?.close(); site?.server.close(); });

const toBase64Url = (bytes) => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
// A link as the app makes it: the plan file deflated (raw) in the fragment, in base64url.
const linkOf = (bytes) => site.url + '#plan=' + toBase64Url(zlib.deflateRawSync(bytes, { level: 9 }));
const storedIds = async (page) => (await page.evaluate(() => window.waymark.plans())).map((p) => p.id).sort();
const notice = (page) => page.evaluate(() => window.waymark.viewState().notice);
const INCOMPLETE = 'This share link is incomplete or damaged, so its plan could not be read. Chat apps sometimes cut ' +
  'long links: ask for the link again, or for the plan as a file. Your plans are unchanged.';

// A deflate bomb: a plan file's start, then `total` bytes of one letter, compressed as a stream
// (never whole in this process's memory either).
async function bombLink(total) {
  const deflate = zlib.createDeflateRaw({ level: 9, memLevel: 9 });
  const out = [];
  deflate.on('data', (chunk) => out.push(chunk));
  const ended = once(deflate, 'end');
  deflate.write('{"format":"waymark-plan","version":1,"plan":{"id":"bomb","name":"');
  const piece = Buffer.alloc(1 << 20, 0x61);
  for (let written = 0; written < total; written += piece.length)
    if (!deflate.write(piece)) await once(deflate, 'drain');
  deflate.end();
  await ended;
  return site.url + '#plan=' + toBase64Url(Buffer.concat(out));
}

// Runs a page call whose error would quote a 2 MB link in full: the first 300 characters say enough.
async function shortErrors(call) {
  try {
    return await call();
  } catch (e) {
    throw new Error(String(e.message).slice(0, 300), { cause: e });
  }
}

// The peak resident memory (VmHWM, MB) of each Chromium renderer this test process started.
function rendererPeaksMb() {
  const parent = new Map();
  const peaks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (hwm) peaks.set(Number(entry), Number(hwm[1]) / 1024);
    } catch { /* the process ended meanwhile */ }
  }
  const ours = (pid) => { for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === process.pid) return true; return false; };
  return new Map([...peaks].filter(([pid]) => ours(pid)));
}

// Init script: the main-thread tasks over 50 ms the page ran, as [start, duration] in ms.
function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}
// The longest of a page's long tasks that ended after `from` (performance.now() ms), or 0.
const longestTaskAfter = (page, from = 0) =>
  page.evaluate((f) => Math.max(0, ...window.__longTasks.filter(([s, d]) => s + d > f).map(([, d]) => d)), from);

// The bomb's size: 0.7 GB makes a fragment of about 1,000,000 characters, which every browser
// loads in a few seconds; WAYMARK_LINK_BOMB_GB=1.5 is the link (2,080,000 characters,
// which headless Chromium needs a minute or more just to navigate to on a loaded machine).
const BOMB_GB = Number(process.env.WAYMARK_LINK_BOMB_GB || 0.7);

test(`a link that inflates to ${BOMB_GB} GB is refused at 32 MB: memory and time stay bounded`, async () => {
  const own = await launchBrowser([], { own: true });  // its renderers are the ones measured
  try {
    const ctx = await own.newContext();
    await ctx.addInitScript(watchLongTasks);
    // A page without a link first: what the app itself takes.
    const plain = await openIn(ctx, site.url);
    // The first visit stores its example once it has drawn: wait for that save, not only for
    // "nothing pending" (true before it is asked for on a loaded machine).
    await plain.waitForFunction(() => window.waymark.saveState().lastSaved !== null, null, { timeout: 30000 });
    await waitForSaved(plain);
    const before = rendererPeaksMb();
    const baselineMb = Math.max(...before.values());
    const plainLongestMs = await longestTaskAfter(plain);
    const stored = await storedIds(plain);
    await plain.close();

    const url = await bombLink(BOMB_GB * 1024 ** 3);
    const page = await ctx.newPage();
    const started = Date.now();
    await shortErrors(() => page.goto(url, { waitUntil: 'commit', timeout: 120000 }));
    await page.waitForFunction(() => window.waymark && window.waymark.ready, null, { timeout: 120000 });
    await page.evaluate(() => window.waymark.ready);
    const readyMs = Date.now() - started;
    const readyAt = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => window.waymark.viewState().notice !== '', null, { timeout: 120000 });
    const answeredMs = Date.now() - started;
    // The page answers at once afterwards: a round trip through its main thread.
    const probe = Date.now();
    await page.evaluate(() => window.waymark.idle());
    const probeMs = Date.now() - probe;
    const longestTaskMs = await longestTaskAfter(page, readyAt);
    const startLongestMs = await longestTaskAfter(page);
    const after = rendererPeaksMb();
    const bombMb = Math.max(...after.values());  // the bomb's renderer, new or the plain page's
    console.log(`link bomb: ${url.length} characters inflating to ${BOMB_GB} GB: the app was ready after ${readyMs} ms ` +
      `(the browser's navigation to so long a link), refused it ${answeredMs - readyMs} ms later; a probe answered in ` +
      `${probeMs} ms; longest task after start ${Math.round(longestTaskMs)} ms (with start-up ${Math.round(startLongestMs)} ms, ` +
      `the app without a link ${Math.round(plainLongestMs)} ms); renderer peak ${Math.round(bombMb)} MB against ` +
      `${Math.round(baselineMb)} MB for the app without a link`);

    assert.equal(await notice(page), 'This share link’s plan would be larger than the 32 MB a plan file may have, ' +
      'so it was not opened. Your plans are unchanged.');
    assert.equal(await page.evaluate(() => window.waymark.itemRect('shared-plan-open')), null);
    assert.ok(bombMb < baselineMb + 300, `the renderer peaked at ${Math.round(bombMb)} MB (app alone: ${Math.round(baselineMb)} MB)`);
    assert.ok(answeredMs - readyMs < 10000, `the refusal took ${answeredMs - readyMs} ms after start`);
    assert.ok(longestTaskMs < 1000, `a task blocked the page for ${Math.round(longestTaskMs)} ms after start`);
    await waitForSaved(page);
    assert.deepEqual(await storedIds(page), stored);
  } finally {
    await own.close();
  }
});

test('a cut link and a garbled link say the link is incomplete, not what a JSON parser says', async () => {
  const ctx = await browser.newContext();
  const page = await openIn(ctx, site.url);
  await waitForSaved(page);
  const original = await exportedPlan(page);
  const stored = await storedIds(page);
  const link = linkOf(Buffer.from(JSON.stringify({ ...original, plan: { ...original.plan, name: 'Shared' } })));
  const packed = link.slice(link.indexOf('#plan=') + 6);
  const middle = Math.floor(packed.length / 2);
  const variants = {
    cut: packed.slice(0, Math.floor(packed.length * 0.6)),
    'cut to a length no base64 has': packed.slice(0, 4 * Math.floor(packed.length / 8) + 1),
    garbled: packed.slice(0, middle) + [...packed.slice(middle, middle + 40)].reverse().join('') + packed.slice(middle + 40),
    'not deflate at all': toBase64Url(Buffer.from('{"format":"waymark-plan"')),
  };
  for (const [what, fragment] of Object.entries(variants)) {
    const tab = await ctx.newPage();
    await tab.goto(site.url + '#plan=' + fragment);
    await tab.evaluate(() => window.waymark.ready);
    await tab.waitForFunction(() => window.waymark.viewState().notice !== '');
    assert.equal(await notice(tab), INCOMPLETE, what);
    assert.equal(await tab.evaluate(() => window.waymark.itemRect('shared-plan-open')), null, what);
    await tab.close();
  }
  assert.deepEqual(await storedIds(page), stored);
  await ctx.close();
});

test('Not now keeps the shared plan within reach; a reload asks again; Open brings it in once', async () => {
  const ctx = await browser.newContext();
  const first = await openIn(ctx, site.url);
  await waitForSaved(first);
  const original = await exportedPlan(first);
  await first.close();
  const sharedName = 'Shared by Anna: spring campaign';
  const link = linkOf(Buffer.from(JSON.stringify({ ...original, plan: { ...original.plan, name: sharedName } })));
  const hash = link.slice(link.indexOf('#'));

  const page = await openIn(ctx, link);
  await page.waitForFunction(() => window.waymark.itemRect('shared-plan-open'));
  const goals = original.plan.goals.length;
  const mirror = await page.textContent('#mirror');
  assert.ok(mirror.includes(`Open a shared plan? This link carries the plan “${sharedName}”: `), mirror.slice(0, 400));
  assert.ok(mirror.includes(`${goals} goals`));
  assert.equal((await exportedPlan(page)).plan.id, original.plan.id);  // nothing opened before the answer

  await clickItem(page, 'shared-plan-later');
  await page.waitForFunction(() => window.waymark.itemRect('shared-plan-banner-open'));
  assert.equal(await page.evaluate(() => window.waymark.itemRect('shared-plan-open')), null);
  assert.equal(await page.evaluate(() => location.hash), hash);  // the link is still in the address bar
  assert.equal((await exportedPlan(page)).plan.name, original.plan.name);
  await untilIdle(page);
  assert.deepEqual(await storedIds(page), [original.plan.id]);

  // A reload asks again; nothing was opened meanwhile.
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  await page.waitForFunction(() => window.waymark.itemRect('shared-plan-open'));
  assert.deepEqual(await storedIds(page), [original.plan.id]);

  await clickItem(page, 'shared-plan-open');
  await page.waitForFunction((name) => JSON.parse(window.waymark.exportPlan()).plan.name === name, sharedName);
  const opened = await exportedPlan(page);
  assert.equal(opened.plan.id, original.plan.id + '-2');
  assert.deepEqual({ ...opened.plan, id: original.plan.id, name: original.plan.name }, original.plan);
  await page.waitForFunction(() => location.hash === '');  // gone once the shared plan is saved
  await waitForSaved(page);
  assert.deepEqual(await storedIds(page), [original.plan.id, original.plan.id + '-2'].sort());
  assert.equal(await notice(page), `Opened the shared plan “${sharedName}” as a new plan.`);

  // The link is not opened again on later visits.
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  await untilIdle(page);
  assert.equal(await page.evaluate(() => window.waymark.itemRect('shared-plan-open')), null);
  assert.equal((await exportedPlan(page)).plan.id, original.plan.id + '-2');
  assert.deepEqual(await storedIds(page), [original.plan.id, original.plan.id + '-2'].sort());
  await ctx.close();
});

test('a link with 100,000 goals is refused by its count, and later visits start as fast as before', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(watchLongTasks);
  const first = await openIn(ctx, site.url);
  await waitForSaved(first);
  const original = await exportedPlan(first);
  const stored = await storedIds(first);
  await first.close();
  const plainStart = Date.now();
  const plain = await openIn(ctx, site.url);
  const plainReadyMs = Date.now() - plainStart;
  const plainLongestMs = await longestTaskAfter(plain);
  await plain.close();

  // Goals as short as a plan file allows: the link was 756 KB.
  const goals = Array.from({ length: 100000 }, (_, i) => ({ id: `g${i}`, title: `Goal ${i}` }));
  const link = linkOf(Buffer.from(JSON.stringify({ format: 'waymark-plan', version: 1, plan: { id: 'huge', name: 'Huge', goals } })));
  const page = await ctx.newPage();
  page.on('dialog', (d) => d.accept());  // a user who says yes to whatever asks
  const started = Date.now();
  await page.goto(link, { timeout: 120000 });
  await page.evaluate(() => window.waymark.ready);
  const readyAt = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => (window.waymark.viewState().notice || '') !== '' ||
    JSON.parse(window.waymark.exportPlan()).plan.goals.length > 1000, null, { timeout: 120000 });
  const answeredMs = Date.now() - started;
  const refusalLongestMs = await longestTaskAfter(page, readyAt);
  const shown = await notice(page);
  await untilIdle(page, 120000);
  await page.close();

  // A later visit, as every later visit.
  const laterStart = Date.now();
  const later = await openIn(ctx, site.url);
  const laterReadyMs = Date.now() - laterStart;
  const laterLongestMs = await longestTaskAfter(later);
  console.log(`100,000 goals: a link of ${link.length} characters, answered ${answeredMs} ms after navigation ` +
    `(longest task meanwhile ${Math.round(refusalLongestMs)} ms); a later visit was ready after ${laterReadyMs} ms, ` +
    `longest task ${Math.round(laterLongestMs)} ms (before the link: ${plainReadyMs} ms, ${Math.round(plainLongestMs)} ms)`);
  assert.ok(laterReadyMs < plainReadyMs + 5000, `a later visit took ${laterReadyMs} ms to start (before: ${plainReadyMs} ms)`);
  assert.ok(laterLongestMs < 3000, `a later visit blocked for ${Math.round(laterLongestMs)} ms`);
  assert.deepEqual(await storedIds(later), stored);
  assert.equal((await exportedPlan(later)).plan.id, original.plan.id);
  assert.equal(shown, 'This share link’s plan has 100,000 goals, more than the 1,000 a share link may bring: a plan ' +
    'that large slows down every start of Waymark. It was not opened; your plans are unchanged.');
  await ctx.close();
});
