// The guided workshop and its timer on the real build: a facilitator's flow from an empty plan to
// owners and dates by keyboard and mouse in English (German and Indonesian with WAYMARK_SLOW=1); the timer to its end
// without a running loop, nothing drawn while paused, a minute more; screenshots of every step
// with WAYMARK_SLOW=1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSite, launchBrowser, openApp, clickItem, untilIdle, settle, drawsDuring, exportedPlan, waitForPlan,
  photo, onlyWhenSlow, REPO_DIR } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const texts = async (lang) => JSON.parse(await readFile(`${REPO_DIR}assets/i18n/${lang}/workshop.json`, 'utf8'));
const mirrorText = (page) => page.evaluate(() => document.getElementById('mirror').textContent);
const rect = (page, name) => page.evaluate((n) => window.waymark.itemRect(n), name);

async function waitForMirror(page, pattern, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await mirrorText(page);
    if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) return text;
    if (Date.now() > deadline) assert.fail(`the mirror never said ${pattern}: ${text.slice(0, 600)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Clicks a text field, waits for it to take the keyboard, types and presses Enter.
async function typeInto(page, field, text) {
  await clickItem(page, field);
  await untilIdle(page);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

const ROOM = {
  en: { objective: 'Open a second restaurant', goal: 'Grow Instagram followers nearby', tactic: 'Reels twice a week',
        task: 'Shoot the first reels', owner: 'Brian' },
  de: { objective: 'Zweites Restaurant eröffnen', goal: 'Mehr Instagram-Follower in der Nähe', tactic: 'Zweimal pro Woche Reels',
        task: 'Die ersten Reels drehen', owner: 'Jürgen' },
  id: { objective: 'Buka restoran kedua', goal: 'Tambah pengikut Instagram di sekitar', tactic: 'Reels dua kali seminggu',
        task: 'Rekam Reels pertama', owner: 'Budi' },
};

// The same flow in German and Indonesian is the three-language trial: a slow check (every text
// of all three languages is checked natively; language_views.test.mjs switches a page's language).
for (const [locale, lang] of [['en-US', 'en'], ['de-DE', 'de'], ['id-ID', 'id']]) {
  test(`a workshop in ${lang}: from an empty plan to owners and dates by keyboard and mouse`, lang === 'en' ? {} : onlyWhenSlow, async () => {
    const t = await texts(lang);
    const room = ROOM[lang];
    const step = (n) => t['workshop.step_of'].replace('{number}', String(n)).replace('{total}', '8');
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
    const { page, errors } = await openApp(browser, site.url, { context });
    assert.equal(await page.evaluate(() => window.waymark.language), lang);

    await clickItem(page, 'new-plan');
    await clickItem(page, 'new-plan:empty');
    await clickItem(page, 'new-plan:create');
    await waitForPlan(page, (plan) => (plan.objectives || []).length === 0 && (plan.goals || []).length === 0);
    await clickItem(page, 'view:workshop');
    await waitForMirror(page, step(1));
    await waitForMirror(page, t['workshop.gap.no_objective']);

    await typeInto(page, 'field:workshop-objective-new', room.objective);
    await waitForPlan(page, (plan, title) => (plan.objectives || []).length === 1 && plan.objectives[0].title === title,
      room.objective, 20000);
    await waitForMirror(page, t['workshop.done']);
    const objectiveId = (await exportedPlan(page)).plan.objectives[0].id;

    await clickItem(page, 'workshop-next');
    await waitForMirror(page, step(2));
    await typeInto(page, `field:workshop-goal-new:${objectiveId}`, room.goal);
    await waitForPlan(page, (plan, title) => (plan.goals || []).length === 1 && plan.goals[0].title === title, room.goal, 20000);
    const goalId = (await exportedPlan(page)).plan.goals[0].id;

    // Make it SMART in the goal editor, which opens beside the step.
    await clickItem(page, 'workshop-next');
    await waitForMirror(page, step(3));
    await clickItem(page, `workshop-focus:${goalId}`);
    await typeInto(page, 'field:baseline', '400');
    await waitForPlan(page, (plan) => plan.goals[0].baseline === 400);
    await typeInto(page, 'field:target', '480');
    await waitForPlan(page, (plan) => plan.goals[0].target === 480);
    await clickItem(page, 'close-editor');

    // Leave the flow and come back: the step and the plan are as they were.
    await clickItem(page, 'view:outline');
    await clickItem(page, 'view:workshop');
    await waitForMirror(page, step(3));

    await clickItem(page, 'workshop-next');
    await waitForMirror(page, step(4));
    await clickItem(page, 'workshop-next');
    await waitForMirror(page, step(5));
    await typeInto(page, `field:tactic-new:${goalId}`, room.tactic);
    await waitForPlan(page, (plan, title) => (plan.tactics || []).length === 1 && plan.tactics[0].title === title, room.tactic, 20000);
    const tacticId = (await exportedPlan(page)).plan.tactics[0].id;

    // Value against complexity by keyboard: the card from the tray onto the grid, one step up.
    await clickItem(page, 'workshop-next');
    await waitForMirror(page, step(6));
    await clickItem(page, `tactic:${tacticId}`);
    await page.keyboard.press('ArrowUp');
    await waitForPlan(page, (plan) => plan.tactics[0].value !== undefined && plan.tactics[0].complexity !== undefined);

    await clickItem(page, 'workshop-next');
    await waitForMirror(page, step(7));
    await clickItem(page, `task-add:${tacticId}`);
    await untilIdle(page);  // the new task's title takes the keyboard a frame after it exists
    await page.keyboard.type(room.task);
    await page.keyboard.press('Enter');
    await waitForPlan(page, (plan, title) => (plan.tasks || []).length === 1 && plan.tasks[0].title === title, room.task, 20000);
    await typeInto(page, 'field:task.owner_new', room.owner);
    await waitForPlan(page, (plan, owner) => (plan.tasks[0].owners || []).includes(owner), room.owner, 20000);
    await clickItem(page, 'quick:task-tomorrow');
    await waitForPlan(page, (plan) => typeof plan.tasks[0].due === 'string');
    await waitForMirror(page, t['workshop.done']);

    const plan = (await exportedPlan(page)).plan;
    assert.equal(plan.objectives[0].title, room.objective);
    assert.equal(plan.goals[0].objectiveId, objectiveId);
    assert.equal(plan.goals[0].title, room.goal);
    assert.equal(plan.goals[0].baseline, 400);
    assert.equal(plan.goals[0].target, 480);
    assert.equal(plan.tactics[0].goalId, goalId);
    assert.ok(plan.tactics[0].value >= 1 && plan.tactics[0].complexity >= 1);
    assert.equal(plan.tasks[0].tacticId, tacticId);
    assert.deepEqual(plan.tasks[0].owners, [room.owner]);
    assert.match(plan.tasks[0].due, /^\d{4}-\d{2}-\d{2}$/);

    // Undo takes back the last step only.
    await page.mouse.click(5, 790);
    await page.keyboard.press('Control+z');
    await waitForPlan(page, (p) => p.tasks[0].due === undefined);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the timer: to its end a frame a second, nothing drawn paused or finished, a minute more', async (t) => {
  const { ctx, page, errors } = await openApp(browser, site.url, { width: 1920, height: 1080 });
  await clickItem(page, 'timer');
  await page.waitForFunction(() => window.waymark.itemRect('timer-state:stopped') !== null);
  await untilIdle(page);  // the band sizes itself to its content over its first frames
  const digits = await rect(page, 'timer-digits');
  assert.ok(digits.height >= 0.08 * 1080, `digits ${digits.height} px tall`);

  await typeInto(page, 'field:timer-minutes', '0:06');
  await waitForMirror(page, 'Timer (Ready): 0:06');
  await clickItem(page, 'timer-start');
  await waitForMirror(page, /Timer \(Running\): 0:0[0-5]/);
  await untilIdle(page);  // the click's own frames are over
  const running = await drawsDuring(page, 2500);
  t.diagnostic(`running: ${running.frames} frames, ${running.draws} draw calls in 2.5 s; digits ${digits.height} px of 1080`);
  assert.ok(running.frames >= 2 && running.frames <= 4, `frames in 2.5 s of running: ${running.frames}`);
  await page.waitForFunction(() => window.waymark.itemRect('timer-state:finished') !== null, null, { timeout: 15000 });
  await waitForMirror(page, 'Timer (Time is up): 0:00');
  await settle(page);
  assert.deepEqual(await drawsDuring(page, 1500), { draws: 0, frames: 0 });
  await photo(page, 'timer-finished-1920.png');

  await clickItem(page, 'timer-preset:3');
  await clickItem(page, 'timer-start');
  await waitForMirror(page, /Timer \(Running\): 2:5\d/);
  await clickItem(page, 'timer-pause');
  await waitForMirror(page, /Timer \(Paused\): 2:5\d/);
  await settle(page);
  const paused = await drawsDuring(page, 2000);
  assert.deepEqual(paused, { draws: 0, frames: 0 });
  const before = await mirrorText(page);
  await clickItem(page, 'timer-add-minute');
  const seconds = /Timer \(Paused\): 2:(5\d)/.exec(before)[1];
  await waitForMirror(page, `Timer (Paused): 3:${seconds}`);
  await clickItem(page, 'timer-start');
  await waitForMirror(page, /Timer \(Running\): 3:[45]\d/);
  await photo(page, 'timer-running-1920.png');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('every workshop step at 1920x1080 and in German at 1280x720 (screenshots to look at)', onlyWhenSlow, async () => {
  for (const [locale, width, height] of [['en-US', 1920, 1080], ['de-DE', 1280, 720]]) {
    const context = await browser.newContext({ locale, viewport: { width, height } });
    const { page, errors } = await openApp(browser, site.url, { context });
    const plan = (await exportedPlan(page)).plan;
    await clickItem(page, 'view:workshop');
    for (let n = 1; n <= 8; n++) {
      await clickItem(page, `workshop-step:${n}`);
      if (n === 3) await clickItem(page, `workshop-focus:${plan.goals[0].id}`);
      if (n === 4) await clickItem(page, 'close-editor');
      if (n === 7) await clickItem(page, `task:${plan.tasks[0].id}`);
      await page.mouse.move(2, height - 2);
      await settle(page);
      await photo(page, `workshop-${n}-${width}-${locale.slice(0, 2)}.png`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});
