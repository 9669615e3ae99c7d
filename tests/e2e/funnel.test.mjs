// The funnel panel on the real build: a business objective gets a revenue number by keyboard,
// the panel shows what each stage needs, and one click creates the goals (Ctrl+Z removes them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, launchBrowser, openApp, exportedPlan, waitForPlan, clickItem, scrollToItem, REPO_DIR } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

test('a business objective gets a revenue number, the funnel shows its stages, and its goals are created', async () => {
  const { ctx, page, errors } = await openApp(browser, site.url, { width: 1280, height: 720 });
  const doc = JSON.parse(readFileSync(`${REPO_DIR}/assets/templates/software.json`, 'utf8'));
  delete doc.plan.objectives[0].number;
  delete doc.plan.objectives[0].funnel;
  assert.deepEqual(await page.evaluate((t) => window.waymark.importPlan(t), JSON.stringify(doc)), { ok: true, error: null });
  await clickItem(page, 'edit:segment');
  await clickItem(page, 'field:number.value');
  await page.keyboard.type('240000');
  await page.keyboard.press('Enter');
  await clickItem(page, 'field:number.per');
  await clickItem(page, 'option:number.per:2');  // per year
  await waitForPlan(page, (plan) => plan.objectives[0].number && plan.objectives[0].number.value === 240000 &&
    plan.objectives[0].number.per === 'year');
  // The stages are worked out and drawn: the leads stage's need is on screen.
  await scrollToItem(page, 'funnel-needed:leads', { near: 'field:number.value' });
  const before = (await exportedPlan(page)).plan.goals.length;
  await clickItem(page, 'funnel-create', { near: 'funnel-needed:leads' });
  await waitForPlan(page, (plan, n) => plan.goals.length > n, before);
  const plan = (await exportedPlan(page)).plan;
  const created = plan.goals.slice(before);
  assert.ok(created.every((g) => g.objectiveId === 'segment' && g.kpi && g.target > 0), JSON.stringify(created));
  await page.mouse.click(5, 700);
  await page.keyboard.press('Control+Z');
  await waitForPlan(page, (p, n) => p.goals.length === n, before);
  assert.deepEqual(errors, []);
  await ctx.close();
});
