// A facilitator's workshop, as a new user runs it on a projector (1920x1080), in English, German
// and Indonesian: an empty plan to objectives, goals made SMART with KPIs and their sources,
// tactics scored and dot-voted by four people, owners and dates, the review, presentation mode
// for the room, a timeboxed exercise, and the summary to hand out. Every step is photographed
// (build/screenshots/trial-<lang>-<n>-<step>.png) for looking at. About a minute a language, so it
// runs only when slow checks are asked for (WAYMARK_SLOW=1, scripts/test.sh --slow).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { startSite, launchBrowser, openApp, clickItem, untilIdle, exportedPlan, waitForPlan, onlyWhenSlow, REPO_DIR, SHOTS_DIR }
  from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const texts = async (lang, area) => JSON.parse(await readFile(`${REPO_DIR}assets/i18n/${lang}/${area}.json`, 'utf8'));
const mirrorText = (page) => page.evaluate(() => document.getElementById('mirror').textContent);
async function mirrorSays(page, text, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    await untilIdle(page);
    const said = await mirrorText(page);
    if (said.includes(text)) return;
    if (Date.now() > deadline) assert.fail(`the mirror never said "${text}": ${said.slice(0, 500)}`);
  }
}
async function typeInto(page, field, text) {
  await clickItem(page, field);
  await untilIdle(page);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}
async function fill(page, field, text) {
  await clickItem(page, field);
  await untilIdle(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

// Three businesses, one per language, as a team would write their own plan.
const ROOMS = {
  en: { locale: 'en-GB', objectives: ['Fill the weekday lunch tables', 'Launch catering for offices'],
        goals: ['Grow local Instagram followers', 'More lunch bookings from social media'],
        baseline: '1,200', target: '1,500', baselineValue: 1200, source: 'Instagram Insights',
        tactics: ['Daily lunch special reels', 'Local food blogger visits', 'Office lunch giveaway'],
        task: 'Film Monday special', owners: ['Maya', 'Tom'], voters: 'Maya, Tom, Priya, Sam' },
  de: { locale: 'de-DE', objectives: ['Mittagstisch unter der Woche füllen', 'Catering für Büros starten'],
        goals: ['Mehr Instagram-Follower aus der Umgebung', 'Mehr Mittagsreservierungen über Social Media'],
        baseline: '1.200', target: '1.500', baselineValue: 1200, source: 'Instagram-Statistiken',
        tactics: ['Tägliches Mittagsgericht als Reel', 'Besuche von Food-Bloggern aus der Region', 'Gewinnspiel für Büros'],
        task: 'Montagsgericht filmen', owners: ['Jürgen', 'Aylin'], voters: 'Jürgen, Aylin, Katrin, Mehmet' },
  id: { locale: 'id-ID', objectives: ['Ramaikan makan siang di hari kerja', 'Mulai katering untuk kantor'],
        goals: ['Tambah pengikut Instagram di sekitar', 'Lebih banyak reservasi makan siang dari media sosial'],
        baseline: '1.200', target: '1.500', baselineValue: 1200, source: 'Instagram Insights',
        tactics: ['Reels menu makan siang harian', 'Kunjungan food blogger lokal', 'Giveaway makan siang kantor'],
        task: 'Rekam menu hari Senin', owners: ['Budi', 'Sari'], voters: 'Budi, Sari, Dewi, Andi' },
};

for (const lang of Object.keys(ROOMS)) {
  test(`a workshop on a projector in ${lang}, from an empty plan to owners, dates and a summary`, onlyWhenSlow, async () => {
    const room = ROOMS[lang];
    const w = await texts(lang, 'workshop');
    const step = (n) => w['workshop.step_of'].replace('{number}', String(n)).replace('{total}', '8');
    const context = await browser.newContext({ locale: room.locale, viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
    const { page, errors } = await openApp(browser, site.url, { context });
    let shot = 0;
    mkdirSync(SHOTS_DIR, { recursive: true });
    const photo = async (name) => { await untilIdle(page); await page.screenshot({ path: `${SHOTS_DIR}/trial-${lang}-${++shot}-${name}.png` }); };

    await clickItem(page, 'new-plan');
    await clickItem(page, 'new-plan:empty');
    await clickItem(page, 'new-plan:create');
    await waitForPlan(page, (p) => (p.objectives || []).length === 0);
    await clickItem(page, 'view:workshop');
    await mirrorSays(page, step(1));

    // A timeboxed exercise: five minutes for the objectives, started from the step.
    await clickItem(page, 'workshop-timer');
    await clickItem(page, 'timer-preset:5');
    await clickItem(page, 'timer-start');
    for (const title of room.objectives) await typeInto(page, 'field:workshop-objective-new', title);
    await waitForPlan(page, (p) => (p.objectives || []).length === 2, null, 20000);
    await photo('objectives');
    await clickItem(page, 'timer-pause');

    await clickItem(page, 'workshop-next');
    await mirrorSays(page, step(2));
    const objectiveId = (await exportedPlan(page)).plan.objectives[0].id;
    for (const title of room.goals) await typeInto(page, `field:workshop-goal-new:${objectiveId}`, title);
    await waitForPlan(page, (p) => (p.goals || []).length === 2, null, 20000);
    await photo('goals');
    const goalId = (await exportedPlan(page)).plan.goals[0].id;

    // One vague goal made SMART together: KPI, baseline, target (typed the language's way), deadline.
    await clickItem(page, 'workshop-next');
    await mirrorSays(page, step(3));
    await clickItem(page, `workshop-focus:${goalId}`);
    await clickItem(page, 'field:kpi');
    await page.keyboard.type('followers');
    await untilIdle(page);
    await clickItem(page, 'kpi-option:followers');
    await waitForPlan(page, (p) => p.goals[0].kpi === 'followers');
    await fill(page, 'field:baseline', room.baseline);
    await waitForPlan(page, (p, v) => p.goals[0].baseline === v, room.baselineValue);
    await fill(page, 'field:target', room.target);
    await fill(page, 'field:deadline', '2027-03-31');
    await waitForPlan(page, (p) => p.goals[0].deadline === '2027-03-31' && p.goals[0].target === 1500);
    await photo('smart');

    await clickItem(page, 'workshop-next');
    await mirrorSays(page, step(4));
    await clickItem(page, `edit:${goalId}`);
    await fill(page, 'field:dataSource', room.source);
    await waitForPlan(page, (p, s) => p.goals[0].dataSource === s, room.source);
    await clickItem(page, 'close-editor');
    await photo('kpis');

    await clickItem(page, 'workshop-next');
    await mirrorSays(page, step(5));
    for (const title of room.tactics) await typeInto(page, `field:tactic-new:${goalId}`, title);
    await waitForPlan(page, (p) => (p.tactics || []).length === 3, null, 20000);
    await photo('tactics');

    // Value against complexity: four people vote with three dots each; the votes set the value.
    await clickItem(page, 'workshop-next');
    await mirrorSays(page, step(6));
    await photo('prioritise');
    await clickItem(page, 'voting:tactics');
    await typeInto(page, 'vote-names', room.voters);
    await clickItem(page, 'vote-start');
    const tactics = (await exportedPlan(page)).plan.tactics.map((t) => t.id);
    const ballots = [[0, 0, 1], [0, 1, 2], [0, 0, 0], [1, 1, 2]];
    for (const ballot of ballots) {
      for (const i of ballot) await clickItem(page, `vote:${tactics[i]}`);
      await clickItem(page, 'vote-next');
    }
    await clickItem(page, 'vote-reveal');
    await clickItem(page, 'vote-reveal-confirm');
    await photo('votes');
    await clickItem(page, 'vote-apply');
    await clickItem(page, 'vote-apply-confirm');
    await waitForPlan(page, (p) => p.tactics.every((t) => t.value >= 1));
    // Complexity by keyboard on the matrix, back in the flow.
    await clickItem(page, 'view:workshop');
    await mirrorSays(page, step(6));
    for (const id of tactics) {
      await clickItem(page, `tactic:${id}`);
      await page.keyboard.press('ArrowRight');
    }
    await waitForPlan(page, (p) => p.tactics.every((t) => t.complexity >= 1));
    await photo('matrix');

    // Presentation mode for the room, and back.
    await page.mouse.click(960, 1070);
    await page.keyboard.press('p');
    // The fonts are made again for the room's size in the frame after the switch.
    await page.waitForFunction(() => window.waymark.viewState().presenting && window.waymark.viewState().smallest >= 28);
    await photo('presenting');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !window.waymark.viewState().presenting);

    await clickItem(page, 'workshop-next');
    await mirrorSays(page, step(7));
    for (const [i, id] of tactics.slice(0, 2).entries()) {
      await clickItem(page, `task-add:${id}`);
      await untilIdle(page);
      await page.keyboard.type(`${room.task} ${i + 1}`);
      await page.keyboard.press('Enter');
      await waitForPlan(page, (p, n) => (p.tasks || []).length === n, i + 1, 20000);
      await typeInto(page, 'field:task.owner_new', room.owners[i]);
      await clickItem(page, 'quick:task-tomorrow');
      await waitForPlan(page, (p, n) => p.tasks[n].due && (p.tasks[n].owners || []).length === 1, i, 20000);
    }
    await photo('owners');

    await clickItem(page, 'workshop-next');
    await mirrorSays(page, step(8));
    await photo('review');

    const plan = (await exportedPlan(page)).plan;
    assert.deepEqual(plan.objectives.map((o) => o.title), room.objectives);
    assert.deepEqual(plan.goals.map((g) => g.title), room.goals);
    assert.equal(plan.goals[0].dataSource, room.source);
    assert.equal(plan.voting.revealed, true);
    assert.equal(plan.tasks.length, 2);
    assert.deepEqual(plan.tasks.map((t) => t.owners[0]), room.owners);

    // The summary to hand out, as Markdown, in the room's language.
    const download = page.waitForEvent('download');
    await clickItem(page, 'export');
    await clickItem(page, 'export:summary_md');
    // Markdown escapes (1\.200 at the start of a value) read as the plain text.
    const summary = (await readFile(await (await download).path(), 'utf8')).replace(/\\([.\-*_#])/g, '$1');
    for (const text of [room.goals[0], room.tactics[0], room.owners[0], room.owners[1], room.baseline])
      assert.ok(summary.includes(text), `the summary lacks "${text}"`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
