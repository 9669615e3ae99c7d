// The goal editor on the real build: fields set by mouse and keyboard land in the plan, an
// import is undone with Ctrl+Z, the screen-reader mirror names goals and their advice, and the
// editor is photographed at laptop and projector sizes (build/screenshots/, with WAYMARK_SLOW=1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, launchBrowser, openApp, exportedPlan, waitForPlan, clickItem, distinctColours, photo, onlyWhenSlow,
  REPO_DIR } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const planFile = (plan) => JSON.stringify({ format: 'waymark-plan', version: 1, plan });
const example = (id) => JSON.parse(readFileSync(`${REPO_DIR}/assets/templates/${id}.json`, 'utf8'));

// A plan with one objective and one goal that has only a title.
const bareGoalPlan = () => ({
  id: 'bare', name: 'Bakery Sonnenschein',
  context: { business: 'local', phase: 'starting', currency: 'EUR' },
  objectives: [{ id: 'o1', title: 'Sell out the morning bake on weekdays', kind: 'business' }],
  goals: [{ id: 'g1', objectiveId: 'o1', title: 'More people nearby follow us' }],
});

async function importPlan(page, plan) {
  const result = await page.evaluate((text) => window.waymark.importPlan(text), planFile(plan));
  assert.deepEqual(result, { ok: true, error: null });
}

async function fill(page, key, text) {
  await clickItem(page, `field:${key}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

// near: an item in the same scrolling area (the editor scrolls apart from the view beside it).
async function pick(page, key, index, near) {
  await clickItem(page, `field:${key}`, near && { near });
  await clickItem(page, `option:${key}:${index}`);
}

test("a goal's fields set by mouse and keyboard land in the exported plan", async () => {
  const { ctx, page, errors } = await openApp(browser, site.url, { width: 1280, height: 720 });
  await importPlan(page, bareGoalPlan());
  await clickItem(page, 'edit:g1');
  await clickItem(page, 'field:kpi');
  await page.keyboard.type('followers');  // right after the click, as people do
  await page.evaluate(() => window.waymark.whenIdle());
  // Every letter reached the search: it names a KPI exactly, so "create my own" is not offered.
  assert.equal(await page.evaluate(() => window.waymark.itemRect('kpi-create')), null);
  await clickItem(page, 'kpi-option:followers');
  await waitForPlan(page, (plan) => plan.goals[0].kpi === 'followers');
  await fill(page, 'baseline', '400');
  await waitForPlan(page, (plan) => plan.goals[0].baseline === 400);
  await fill(page, 'target', '+20%');
  await waitForPlan(page, (plan) => Math.abs(plan.goals[0].target - 480) < 1e-9);
  await fill(page, 'scope', 'people within 3 miles');
  await fill(page, 'start', '2026-12-01');
  await fill(page, 'deadline', '2026-12-31');
  await pick(page, 'channel', 2, 'editor-panel');  // the second known channel
  await waitForPlan(page, (plan) => plan.goals[0].deadline === '2026-12-31' && plan.goals[0].scope === 'people within 3 miles' &&
    plan.goals[0].start === '2026-12-01' && plan.goals[0].channel !== undefined);
  const goal = (await exportedPlan(page)).plan.goals[0];
  assert.equal(goal.channel, 'facebook');
  // Every field was its own step: undo walks them back one by one.
  await clickItem(page, 'undo');
  await waitForPlan(page, (plan) => plan.goals[0].channel === undefined);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a number that is not one is refused with a message and the plan stays as it was', async () => {
  const { ctx, page } = await openApp(browser, site.url);
  await importPlan(page, bareGoalPlan());
  await clickItem(page, 'edit:g1');
  const before = await exportedPlan(page);
  await fill(page, 'baseline', 'about 400');
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => document.getElementById('mirror').textContent.length > 0);
  assert.deepEqual(await exportedPlan(page), before);
  await ctx.close();
});

test('Ctrl+Z after an import brings the previous plan back, Ctrl+Shift+Z the import again', async () => {
  const { ctx, page } = await openApp(browser, site.url);
  const original = await exportedPlan(page);
  const software = example('software');
  await importPlan(page, software.plan);
  await page.mouse.click(640, 700);  // the keyboard goes to the page, not to a field
  await page.keyboard.press('Control+Z');
  await page.waitForFunction((id) => JSON.parse(window.waymark.exportPlan()).plan.id === id, original.plan.id);
  assert.deepEqual(await exportedPlan(page), original);
  await page.keyboard.press('Control+Shift+Z');
  await page.waitForFunction((id) => JSON.parse(window.waymark.exportPlan()).plan.id === id, software.plan.id);
  await ctx.close();
});

test('the accessibility tree names the objectives, the goals with their status and advice, and the editor', async () => {
  const { ctx, page } = await openApp(browser, site.url);
  await importPlan(page, bareGoalPlan());
  // The mirror is rewritten by the next frame: until then it still describes the sample plan.
  await page.waitForFunction(() => document.getElementById('mirror').textContent.includes('Sell out the morning bake'));
  const cdp = await ctx.newCDPSession(page);
  const names = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes
    .filter((n) => !n.ignored && n.name && n.name.value).map((n) => `${n.role && n.role.value}: ${n.name.value}`);
  let tree = await names();
  assert.ok(tree.some((n) => n.startsWith('heading: Sell out the morning bake')), tree.join('\n'));
  // The bare goal has no metric: the tree says so next to the goal's name.
  assert.ok(tree.some((n) => /More people nearby follow us\. Status: .*This goal has no measure yet/.test(n)), tree.join('\n'));
  await clickItem(page, 'edit:g1');
  await page.waitForFunction(() => document.getElementById('mirror').textContent.includes('Editing: '));
  tree = await names();
  assert.ok(tree.some((n) => n.includes('Baseline: empty')), tree.join('\n'));
  await ctx.close();
});

test('the editor at 1280x720 and 1920x1080 (screenshots to look at)', onlyWhenSlow, async () => {
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    const { ctx, page } = await openApp(browser, site.url, { width, height });
    const plan = (await exportedPlan(page)).plan;
    await clickItem(page, `edit:${plan.goals[0].id}`);
    await page.waitForFunction(() => window.waymark.itemRect('field:title') !== null);
    await page.mouse.move(2, height - 2);
    await page.waitForFunction(() => document.getElementById('mirror').textContent.includes('Editing: '));
    assert.ok((await distinctColours(page)) > 20);
    await photo(page, `editor-${width}x${height}.png`);
    await ctx.close();
  }
});
