// The page itself: it loads, draws, opens on the sample plan, round-trips plans through the
// JavaScript API, keeps them across reloads, and fails with a clear message instead of a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, launchBrowser, openApp, exportedPlan, waitForPlan, distinctColours, clickItem, REPO_DIR, untilIdle } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const planFile = (plan) => JSON.stringify({ format: 'waymark-plan', version: 1, plan });
const examplePlan = () => JSON.parse(readFileSync(`${REPO_DIR}/assets/templates/software.json`, 'utf8'));

test('the page loads, draws its first frame and hides the loading view, without console errors', async () => {
  const { ctx, page, errors } = await openApp(browser, site.url);
  assert.equal(await page.locator('#status').isHidden(), true);
  assert.ok((await page.evaluate(() => window.__draws.draws)) > 0, 'no WebGL draw call');
  assert.ok((await distinctColours(page)) > 20, 'the screenshot looks blank');
  assert.match(await page.evaluate(() => window.waymark.version), /^\d+\.\d+\.\d+$/);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a first visit opens on the sample plan with objectives and goals', async () => {
  const { ctx, page } = await openApp(browser, site.url);
  const doc = await exportedPlan(page);
  assert.equal(doc.format, 'waymark-plan');
  assert.equal(doc.version, 1);
  assert.ok(doc.plan.objectives.length >= 1);
  assert.ok(doc.plan.goals.length >= 1);
  await ctx.close();
});

test('a plan imported through the API comes back identical from exportPlan()', async () => {
  const { ctx, page, errors } = await openApp(browser, site.url);
  const original = examplePlan();
  const result = await page.evaluate((text) => window.waymark.importPlan(text), JSON.stringify(original));
  assert.deepEqual(result, { ok: true, error: null });
  assert.deepEqual(await exportedPlan(page), original);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('bad imports are refused with an error naming the problem, and the plan stays as it was', async () => {
  const { ctx, page } = await openApp(browser, site.url);
  const before = await exportedPlan(page);
  const cases = [
    ['this is not json', /^not valid JSON: /],
    [JSON.stringify({ format: 'something-else', version: 1, plan: {} }), /^format: not a Waymark plan/],
    [JSON.stringify({ format: 'waymark-plan', version: 7, plan: { id: 'p' } }), /^version: version 7 is newer/],
    [planFile({ id: 'p', goals: [{ id: 'g', deadline: '31/12/2026' }] }), /^plan\.goals\[0\]\.deadline: not a date \(YYYY-MM-DD\)$/],
    [planFile({ id: 'p', goals: [{ id: 'g', baseline: 'many' }] }), /^plan\.goals\[0\]\.baseline: expected a number$/],
    [planFile({ id: 'p', goals: [{ id: 'g', objectiveId: 'gone' }] }), /no objective with id "gone"/],
    ['['.repeat(100000), /nested deeper than 32 levels/],
  ];
  for (const [text, expected] of cases) {
    const result = await page.evaluate((t) => window.waymark.importPlan(t), text);
    assert.equal(result.ok, false, text.slice(0, 60));
    assert.match(result.error, expected);
  }
  assert.deepEqual(await page.evaluate((v) => window.waymark.importPlan(v), 42),
    { ok: false, error: 'expected the plan file\'s text as a string' });
  assert.deepEqual(await exportedPlan(page), before);
  await ctx.close();
});

test('the plan is kept in this browser across a reload', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await openApp(browser, site.url, { context: ctx });
  const original = examplePlan();
  await first.page.evaluate((text) => window.waymark.importPlan(text), JSON.stringify(original));
  await untilIdle(first.page);  // idle includes the save being done
  await first.page.reload();
  await first.page.evaluate(() => window.waymark.ready);
  assert.deepEqual(await exportedPlan(first.page), original);
  await ctx.close();
});

test('an edit made with the mouse changes the plan: adding an objective', async () => {
  const { ctx, page, errors } = await openApp(browser, site.url);
  const before = (await exportedPlan(page)).plan.objectives.length;
  await clickItem(page, 'add-objective');
  await waitForPlan(page, (plan, n) => plan.objectives.length === n, before + 1);
  await untilIdle(page);  // the new objective's title field takes the keyboard a frame after it exists
  await page.keyboard.type('Open a second location');
  await page.keyboard.press('Enter');
  await waitForPlan(page, (plan) => plan.objectives.at(-1).title === 'Open a second location');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('deleting a goal asks first and then removes it', async () => {
  const { ctx, page } = await openApp(browser, site.url);
  const goal = (await exportedPlan(page)).plan.goals[0];
  await clickItem(page, `delete:${goal.id}`);
  await page.waitForFunction(() => window.waymark.itemRect('confirm-delete'), null, { timeout: 5000 });
  assert.ok((await exportedPlan(page)).plan.goals.some((g) => g.id === goal.id), 'deleted without asking');
  await clickItem(page, 'confirm-delete');
  await waitForPlan(page, (plan, id) => !plan.goals.some((g) => g.id === id), goal.id);
  await ctx.close();
});

test('without WebGL 2 the page says so instead of staying blank', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.addInitScript(() => { delete window.WebGL2RenderingContext; });
  await page.goto(site.url);
  await page.waitForSelector('#status.failed');
  assert.match(await page.locator('#status .message').textContent(), /WebGL 2/);
  await ctx.close();
});

test('a browser that has WebGL 2 but cannot make a context gets the same message', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
    };
  });
  await page.goto(site.url);
  await page.waitForSelector('#status.failed', { timeout: 20000 });
  assert.match(await page.locator('#status .message').textContent(), /WebGL 2/);
  await ctx.close();
});

test('when the module cannot load, the page says so', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.route('**/waymark.*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(site.url);
  await page.waitForSelector('#status.failed', { timeout: 20000 });
  assert.match(await page.locator('#status .message').textContent(), /could not start/);
  await ctx.close();
});

test('a Content-Security-Policy limits the page to its own site, and the app runs under it without a violation', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(site.url);
  await page.evaluate(() => window.waymark.ready);
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src])').length), 0, 'an inline script');
  // A script from elsewhere is refused.
  await page.evaluate(() => new Promise((resolve) => {
    const s = Object.assign(document.createElement('script'), { src: 'http://127.0.0.2:9/x.js', onerror: resolve, onload: resolve });
    document.body.appendChild(s);
  }));
  await page.waitForFunction(() => window.__violations.length > 0);
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations.filter((v) => !v.includes('127.0.0.2')), []);
  await ctx.close();
});
