// The task plan on the real build: a task added and a repeating task ticked off by mouse and
// keyboard land in the exported plan (one date, not the series), the page draws nothing once
// idle, and the four task views are photographed at laptop and projector sizes
// (build/screenshots/tasks-*.png, with WAYMARK_SLOW=1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, launchBrowser, openApp, waitForPlan, clickItem, settle, drawsDuring, untilIdle, photo, onlyWhenSlow,
  REPO_DIR } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const planFile = (plan) => JSON.stringify({ format: 'waymark-plan', version: 1, plan });
const example = (id) => JSON.parse(readFileSync(`${REPO_DIR}/assets/templates/${id}.json`, 'utf8'));

// The page's local date as YYYY-MM-DD, days from today.
const pageDay = (page, offset) => page.evaluate((days) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}, offset);

async function importPlan(page, plan) {
  const result = await page.evaluate((text) => window.waymark.importPlan(text), planFile(plan));
  assert.deepEqual(result, { ok: true, error: null });
}

test('a task added and a weekly task ticked off for today land in the exported plan; idle draws nothing', async () => {
  const { ctx, page, errors } = await openApp(browser, site.url, { width: 1280, height: 720 });
  const lastWeek = await pageDay(page, -7), today = await pageDay(page, 0);
  await importPlan(page, {
    id: 'cafe', name: 'Café Sonne',
    objectives: [{ id: 'o1', title: 'More regulars on weekday mornings', kind: 'business' }],
    goals: [{ id: 'g1', objectiveId: 'o1', title: 'Followers within 3 miles +20%' }],
    tactics: [{ id: 't1', goalId: 'g1', title: 'A weekly post of the breakfast special' }],
    tasks: [{ id: 'weekly', tacticId: 't1', title: 'Post the special', owners: ['Brian'], due: lastWeek,
              repeat: { every: 1, unit: 'week' } }],
  });
  await clickItem(page, 'view:tasks');
  await clickItem(page, 'task-add:t1');
  await untilIdle(page);  // the new task's title field takes the keyboard (the page's text sink) a frame after it exists
  await page.keyboard.type('Print the loyalty cards');
  await page.keyboard.press('Enter');
  // ImGui takes typed text a key per frame: on a loaded machine 23 keys take seconds.
  await waitForPlan(page, (plan) => plan.tasks.some((t) => t.tacticId === 't1' && t.title === 'Print the loyalty cards'),
    undefined, 20000);

  // Today's date of the weekly series is ticked off; last week's stays open (overdue).
  await clickItem(page, 'task-done:weekly');
  await waitForPlan(page, (plan, day) => {
    const t = plan.tasks.find((x) => x.id === 'weekly');
    return !t.done && JSON.stringify(t.doneDates) === JSON.stringify([day]);
  }, today);
  const mirror = await page.evaluate(() => document.getElementById('mirror').textContent);
  assert.match(mirror, /Post the special\. Brian\. .*Overdue/);

  await settle(page);
  const idle = await drawsDuring(page, 500);
  assert.deepEqual(idle, { draws: 0, frames: 0 });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the task views at 1280x720 and 1920x1080 (screenshots to look at)', onlyWhenSlow, async () => {
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    const { ctx, page, errors } = await openApp(browser, site.url, { width, height });
    await importPlan(page, example('restaurant').plan);
    await clickItem(page, 'view:tasks');
    for (const mode of ['tactic', 'owner', 'week', 'load']) {
      await clickItem(page, `tasks-mode:${mode}`);
      if (mode === 'tactic') await clickItem(page, 'task:weekly-boost');
      await settle(page);
      await photo(page, `tasks-${mode}-${width}.png`);
    }
    assert.deepEqual(errors, []);
    await ctx.close();
  }
});
