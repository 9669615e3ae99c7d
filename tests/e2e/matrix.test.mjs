// The value/complexity matrix on the real build: a card dragged by a real mouse (and a finger)
// to another cell scores the tactic, Ctrl+Z undoes it, the page draws nothing once the drag is
// over, and at laptop and projector sizes every card sits in its cell in its quadrant's colour
// (photographed into build/screenshots/ with WAYMARK_SLOW=1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, launchBrowser, openApp, clickItem, waitForPlan, settle, drawsDuring, exportedPlan, coloursAt, photo,
  REPO_DIR } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const rectOf = (page, name) => page.evaluate((n) => window.waymark.itemRect(n), name);
const centre = (r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const tacticOf = (plan, id) => plan.tactics.find((t) => t.id === id);
// Two animation frames: the page runs frames while a button or finger is down, so a wait for idle
// would not end; this lets the app see the pointer where it is now.
const twoFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

// Presses the mouse at from, moves it in steps to to, and releases it there, with frames between.
async function mouseDrag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await twoFrames(page);
  await page.mouse.down();
  await twoFrames(page);
  for (let i = 1; i <= 6; i++) {
    await page.mouse.move(from.x + (to.x - from.x) * i / 6, from.y + (to.y - from.y) * i / 6);
    await twoFrames(page);
  }
  await page.mouse.up();
}

// The centre of the grid cell for these scores; 'matrix' is the 5×5 grid, complexity 1..5 left
// to right, value 5..1 top to bottom.
async function cellCentre(page, complexity, value) {
  const grid = await rectOf(page, 'matrix');
  return { x: grid.x + (complexity - 0.5) * grid.width / 5, y: grid.y + (5 - value + 0.5) * grid.height / 5 };
}

async function openMatrix(page) {
  await clickItem(page, 'view:matrix');
  await page.waitForFunction(() => window.waymark.itemRect('matrix') !== null);
  await settle(page);
}

test('a card dragged by mouse to another cell scores the tactic; Ctrl+Z undoes it; idle afterwards', async () => {
  const { ctx, page, errors } = await openApp(browser, site.url, { width: 1280, height: 720 });
  await openMatrix(page);
  const original = tacticOf((await exportedPlan(page)).plan, 'dance-videos');
  assert.deepEqual([original.value, original.complexity], [1, 4]);
  const from = centre(await rectOf(page, 'tactic:dance-videos'));
  const to = await cellCentre(page, 2, 5);
  await mouseDrag(page, from, to);
  await waitForPlan(page, (plan) => {
    const t = plan.tactics.find((x) => x.id === 'dance-videos');
    return t.value === 5 && t.complexity === 2;
  });
  await settle(page);
  const quiet = await drawsDuring(page, 500);
  assert.deepEqual(quiet, { draws: 0, frames: 0 }, 'the page kept drawing after the drag');

  await page.keyboard.press('Control+Z');
  await waitForPlan(page, (plan) => {
    const t = plan.tactics.find((x) => x.id === 'dance-videos');
    return t.value === 1 && t.complexity === 4;
  });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('at devicePixelRatio 2 a card lands in the cell it was dropped on', async () => {
  const { ctx, page } = await openApp(browser, site.url, { width: 1280, height: 720, dpr: 2 });
  await openMatrix(page);
  const from = centre(await rectOf(page, 'tactic:dance-videos'));
  // Near a corner of the target cell, not its centre: a transform off by a few pixels misses.
  const grid = await rectOf(page, 'matrix');
  const to = { x: grid.x + 4 * grid.width / 5 + 6, y: grid.y + 2 * grid.height / 5 - 6 };  // complexity 5, value 4
  await mouseDrag(page, from, to);
  await waitForPlan(page, (plan) => {
    const t = plan.tactics.find((x) => x.id === 'dance-videos');
    return t.value === 4 && t.complexity === 5;
  });
  await ctx.close();
});

test('a card dropped outside the grid changes nothing', async () => {
  const { ctx, page } = await openApp(browser, site.url, { width: 1280, height: 720 });
  await openMatrix(page);
  const before = await exportedPlan(page);
  const from = centre(await rectOf(page, 'tactic:dance-videos'));
  const grid = await rectOf(page, 'matrix');
  await mouseDrag(page, from, { x: grid.x - 10, y: grid.y + grid.height / 2 });
  await settle(page);
  assert.deepEqual(await exportedPlan(page), before);
  await ctx.close();
});

test('a card dragged by a finger on a touch screen scores the tactic', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true });
  const { page } = await openApp(browser, site.url, { context });
  await openMatrix(page);
  const from = centre(await rectOf(page, 'tactic:supplier-stories'));  // value 3, complexity 3
  const to = await cellCentre(page, 1, 5);
  const cdp = await context.newCDPSession(page);
  const touch = (type, p) => cdp.send('Input.dispatchTouchEvent',
    { type, touchPoints: p ? [{ x: p.x, y: p.y, id: 1 }] : [] });
  await touch('touchStart', from);
  await twoFrames(page);
  for (let i = 1; i <= 6; i++) {
    await touch('touchMove', { x: from.x + (to.x - from.x) * i / 6, y: from.y + (to.y - from.y) * i / 6 });
    await twoFrames(page);
  }
  await touch('touchEnd');
  await waitForPlan(page, (plan) => {
    const t = plan.tactics.find((x) => x.id === 'supplier-stories');
    return t.value === 5 && t.complexity === 1;
  });
  await context.close();
});

// Colours as the light theme gives them (assets/themes/light.json), within a little rounding.
const theme = JSON.parse(readFileSync(`${REPO_DIR}assets/themes/light.json`, 'utf8')).app;
const QUADRANT_COLOUR = { quick_win: theme.quickWin, major_project: theme.majorProject, fill_in: theme.fillIn, thankless: theme.thankless };
const quadrantOf = (t) => (t.value >= 3 ? (t.complexity >= 3 ? 'major_project' : 'quick_win') : (t.complexity >= 3 ? 'thankless' : 'fill_in'));
const near = (a, b) => [1, 3, 5].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= 8);
const inside = (r, box) => r.x >= box.x - 1 && r.y >= box.y - 1 && r.x + r.width <= box.x + box.width + 1 &&
  r.y + r.height <= box.y + box.height + 1;

test('the matrix at 1280x720 and 1920x1080 shows every cell\'s cards in that cell, in their quadrant\'s colour', async () => {
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    const { ctx, page, errors } = await openApp(browser, site.url, { width, height });
    await openMatrix(page);
    await clickItem(page, 'tactic:supplier-stories');  // one card selected, as in use
    await page.mouse.move(5, height - 5);
    await settle(page);
    const tactics = (await exportedPlan(page)).plan.tactics.filter((t) => t.value >= 1 && t.complexity >= 1);  // on the grid
    const grid = await rectOf(page, 'matrix');
    const cellBox = (complexity, value) => ({ x: grid.x + (complexity - 1) * grid.width / 5,
      y: grid.y + (5 - value) * grid.height / 5, width: grid.width / 5, height: grid.height / 5 });
    const cards = [];
    for (const cell of new Set(tactics.map((t) => `${t.complexity}:${t.value}`))) {
      const [complexity, value] = cell.split(':').map(Number);
      const box = cellBox(complexity, value);
      const inCell = tactics.filter((t) => t.complexity === complexity && t.value === value);
      const shown = [];
      for (const t of inCell) {
        const r = await rectOf(page, `tactic:${t.id}`);
        if (!r) continue;
        assert.ok(inside(r, box), `${width}x${height}: the card of ${t.id} (${complexity}, ${value}) lies outside its cell: ` +
          `${JSON.stringify(r)} in ${JSON.stringify(box)}`);
        shown.push(t);
        cards.push({ t, r });
      }
      assert.ok(shown.length >= 1, `${width}x${height}: cell (${complexity}, ${value}) shows none of its ${inCell.length} cards`);
      if (shown.length < inCell.length) {
        const more = await rectOf(page, `matrix-more:${complexity}:${value}`);
        assert.ok(more && inside(more, box), `${width}x${height}: cell (${complexity}, ${value}) shows ` +
          `${shown.length} of ${inCell.length} cards and no bar to the rest`);
      }
    }
    assert.ok(cards.some(({ t }) => t.id === 'supplier-stories'), 'the selected card is not shown');
    // Each card's stripe at its left edge in its quadrant's colour; the selected card's frame in the accent.
    const selected = cards.find(({ t }) => t.id === 'supplier-stories').r;
    const colours = await coloursAt(page, [...cards.map(({ r }) => ({ x: r.x + 2, y: r.y + r.height / 2 })),
      { x: selected.x + selected.width / 2, y: selected.y + 0.5 }]);
    cards.forEach(({ t }, i) => assert.ok(near(colours[i], QUADRANT_COLOUR[quadrantOf(t)]),
      `${width}x${height}: ${t.id}'s stripe is ${colours[i]}, not ${quadrantOf(t)}'s ${QUADRANT_COLOUR[quadrantOf(t)]}`));
    assert.ok(near(colours.at(-1), theme.accent), `the selected card's frame is ${colours.at(-1)}, not the accent ${theme.accent}`);
    await photo(page, `matrix-${width}x${height}.png`);
    assert.deepEqual(errors, []);
    await ctx.close();
  }
});
