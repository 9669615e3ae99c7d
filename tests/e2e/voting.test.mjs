// Dot voting and the workshop summary on the real build: two participants vote in turn with the
// totals hidden (checked in the mirror, itemRect and the exported plan, not in pixels), the
// reveal, votes used as value, the round after a reload; the summary as a Markdown download and
// as a printed page under the site's CSP, rendered to PDF for A4 and Letter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  startSite, launchBrowser, openApp, clickItem, untilIdle, exportedPlan, waitForPlan, photo, SITE_DIR, SLOW, SHOTS_DIR, onlyWhenSlow,
} from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const mirrorText = (page) => page.evaluate(() => document.getElementById('mirror').textContent);
const itemRect = (page, name) => page.evaluate((n) => window.waymark.itemRect(n), name);

async function waitForMirror(page, text, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    await untilIdle(page);
    const mirror = await mirrorText(page);
    if (mirror.includes(text)) return mirror;
    if (Date.now() > deadline) assert.fail(`the mirror never said "${text}"; it says: ${mirror.slice(0, 400)}`);
  }
}

// A round of two participants on the sample plan's first two tactics: A puts 2 dots on the
// first and 1 on the second, B puts 3 on the second. Returns the two tactics.
async function voteTwoParticipants(page, { shots } = {}) {
  const tactics = (await exportedPlan(page)).plan.tactics;
  const [a, b] = tactics;
  await clickItem(page, 'view:matrix');
  await clickItem(page, 'voting:tactics');
  await clickItem(page, 'vote-people-less');
  await clickItem(page, 'vote-people-less');
  await clickItem(page, 'vote-start');
  await waitForPlan(page, (p) => p.voting?.participants.length === 2);
  for (const id of [a.id, a.id, b.id]) await clickItem(page, `vote:${id}`);
  await waitForPlan(page, (p) => p.voting.participants[0].dots?.length === 3);
  await clickItem(page, 'vote-next');
  await waitForPlan(page, (p) => p.voting.turn === 1);
  await clickItem(page, `vote:${b.id}`);
  await waitForPlan(page, (p) => p.voting.participants[1].dots?.length === 1);
  if (shots) await photo(page, `${shots}-hidden.png`);
  for (const id of [b.id, b.id]) await clickItem(page, `vote:${id}`);
  await waitForPlan(page, (p) => p.voting.participants[1].dots?.length === 3);
  await clickItem(page, 'vote-next');
  await waitForPlan(page, (p) => p.voting.turn === 2);
  return { a, b };
}

test('two participants vote with hidden totals; the reveal ranks; votes become value; the round survives a reload', async () => {
  const { page, errors } = await openApp(browser, site.url, { width: 1920, height: 1080 });
  const [a, b] = (await exportedPlan(page)).plan.tactics;
  await clickItem(page, 'view:matrix');
  await clickItem(page, 'voting:tactics');
  await clickItem(page, 'vote-people-less');
  await clickItem(page, 'vote-people-less');
  await clickItem(page, 'vote-start');
  await waitForPlan(page, (p) => p.voting?.participants.length === 2 && p.voting.votesPerParticipant === 3);
  await waitForMirror(page, 'Participant 1 — 3 of 3 votes left');
  for (const id of [a.id, a.id, b.id]) await clickItem(page, `vote:${id}`);
  await waitForMirror(page, 'Participant 1 — 0 of 3 votes left');
  assert.ok(await itemRect(page, `dot:${a.id}:2`), 'the voter does not see their second dot');
  await clickItem(page, 'vote-next');
  // Participant 2's screen: none of participant 1's dots, no totals, in the mirror or drawn.
  const mirror = await waitForMirror(page, 'Participant 2 — 3 of 3 votes left');
  assert.ok(mirror.includes(`${a.title}: your 0 dots`), mirror);
  assert.ok(!/\d+ votes?\b/.test(mirror.replace(/\d+ of \d+ votes left/g, '')), `totals leak into the mirror: ${mirror}`);
  assert.equal(await itemRect(page, `dot:${a.id}:1`), null, 'participant 1\'s dot is drawn for participant 2');
  assert.equal(await itemRect(page, `vote-total:${a.id}`), null, 'a total is drawn before the reveal');
  await photo(page, 'voting-hidden-1920x1080.png');
  for (const id of [b.id, b.id, b.id]) await clickItem(page, `vote:${id}`);
  await waitForPlan(page, (p, id) => p.voting.participants[1].dots?.filter((d) => d === id).length === 3, b.id);
  await clickItem(page, 'vote-next');
  await waitForMirror(page, 'Everyone has voted.');
  const beforeReveal = (await exportedPlan(page)).plan.voting;
  assert.equal(beforeReveal.revealed, undefined);
  await clickItem(page, 'vote-reveal');
  await clickItem(page, 'vote-reveal-confirm');
  await waitForMirror(page, `${b.title}: 4 votes`);
  await waitForMirror(page, `${a.title}: 2 votes`);
  assert.ok(await itemRect(page, `vote-total:${b.id}`), 'the result has no row for the top tactic');
  await photo(page, 'voting-revealed-1920x1080.png');
  // Votes as value: the preview, then one step (b: top, 5; a: round(5 * 2/4) = 3).
  await clickItem(page, 'vote-apply');
  await clickItem(page, 'vote-apply-confirm');
  await waitForPlan(page, (p, ids) => p.tactics.find((t) => t.id === ids[0]).value === 5 &&
    p.tactics.find((t) => t.id === ids[1]).value === 3, [b.id, a.id]);
  // The round is kept with the plan: after a reload it is still there, revealed.
  await untilIdle(page);
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  const reloaded = (await exportedPlan(page)).plan;
  assert.equal(reloaded.voting.revealed, true);
  assert.deepEqual(reloaded.voting.participants.map((p) => p.dots.length), [3, 3]);
  assert.equal(reloaded.tactics.find((t) => t.id === b.id).value, 5);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the workshop summary downloads as Markdown with the voting result', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  const { page } = await openApp(browser, site.url, { context });
  const { b } = await voteTwoParticipants(page);
  await clickItem(page, 'vote-reveal');
  await clickItem(page, 'vote-reveal-confirm');
  await waitForPlan(page, (p) => p.voting.revealed === true);
  await clickItem(page, 'export');
  const download = page.waitForEvent('download');
  await clickItem(page, 'export:summary_md');
  const file = await download;
  assert.match(file.suggestedFilename(), /-workshop-summary-\d{4}-\d{2}-\d{2}\.md$/);
  const text = await readFile(await file.path(), 'utf8');
  assert.ok(text.startsWith('# Workshop summary: '), text.slice(0, 80));
  for (const part of ['## Decisions', '### Dot voting on tactics, 2 participants', `1. ${b.title} — 4 votes`,
    '### Top tactics by value and complexity', '### Goals made SMART', '## Goals', '## Who owns what', '## Tasks'])
    assert.ok(text.includes(part), `the summary lacks "${part}"`);
  await context.close();
});

// The CSP of the site's page, as its meta tag says it.
async function siteCsp() {
  const html = await readFile(`${SITE_DIR}index.html`, 'utf8');
  return html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
}

// Page size in PDF points from the first /MediaBox of a PDF.
function mediaBox(pdf) {
  const m = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return { width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) };
}

for (const [lang, locale, width, height] of [['en', 'en-US', 1920, 1080], ['de', 'de-DE', 1280, 720]]) {
  // German (a long language on a laptop screen) is a slow check.
  test(`print workshop summary works under the site's CSP and fits A4 and Letter (${lang})`, lang === 'en' ? {} : onlyWhenSlow, async () => {
    const context = await browser.newContext({ locale, viewport: { width, height } });
    const { page, errors } = await openApp(browser, site.url, { context });
    const violations = [];
    page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
    await voteTwoParticipants(page, { shots: lang === 'de' ? 'voting-de-1280x720' : undefined });
    await clickItem(page, 'vote-reveal');
    await clickItem(page, 'vote-reveal-confirm');
    await waitForPlan(page, (p) => p.voting.revealed === true);
    if (lang === 'de') await photo(page, 'voting-de-1280x720-revealed.png');
    await clickItem(page, 'export');
    await clickItem(page, 'export:summary_print');
    // The print frame loaded, print() ran, and its inline style applied under the CSP.
    await page.waitForFunction(() => document.getElementById('print-frame')?.dataset.printed === 'true');
    const frame = page.frame({ url: 'about:srcdoc' });
    assert.ok(frame, 'no print frame');
    const styled = await frame.evaluate(() => ({
      goals: document.querySelectorAll('.goal').length,
      border: getComputedStyle(document.querySelector('.goal')).borderTopStyle,
      breakInside: getComputedStyle(document.querySelector('.goal')).breakInside,
      lang: document.documentElement.lang,
      scripts: document.scripts.length,
    }));
    assert.ok(styled.goals > 0);
    assert.equal(styled.border, 'solid', 'the summary\'s style sheet was blocked');
    assert.equal(styled.breakInside, 'avoid');
    assert.equal(styled.lang, lang);
    assert.equal(styled.scripts, 0);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    // The same page rendered by Chromium's print to PDF, served with the site's CSP.
    const html = await page.evaluate(() => document.getElementById('print-frame').srcdoc);
    const csp = await siteCsp();
    assert.ok(csp.includes('style-src \'self\' \'unsafe-inline\''), csp);
    // Its own context without service workers: the site's worker would answer this URL with the app.
    const printContext = await browser.newContext({ locale, serviceWorkers: 'block' });
    const printPage = await printContext.newPage();
    const printUrl = `${site.url}workshop-summary-print-check.html`;
    await printPage.route(printUrl, (route) => route.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8', body: html,
      headers: { 'Content-Security-Policy': csp },
    }));
    const printViolations = [];
    printPage.on('console', (m) => { if (/Refused to/i.test(m.text())) printViolations.push(m.text()); });
    await printPage.goto(printUrl);
    await printPage.emulateMedia({ media: 'print' });
    assert.match(await printPage.textContent('h1'), lang === 'de' ? /^Workshop-Protokoll: / : /^Workshop summary: /);
    assert.equal(await printPage.evaluate(() => getComputedStyle(document.querySelector('.goal')).borderTopStyle), 'solid');
    for (const [format, size] of [['A4', { width: 595.92, height: 842.88 }], ['Letter', { width: 612, height: 792 }]]) {
      const pdf = await printPage.pdf({ format, preferCSSPageSize: true });
      const box = mediaBox(pdf);
      assert.ok(Math.abs(box.width - size.width) < 2 && Math.abs(box.height - size.height) < 2,
        `${format}: page is ${box.width}×${box.height} pt`);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) || []).length;
      assert.ok(pages >= 1 && pages <= 4, `${format}: ${pages} pages`);
    }
    // Nothing is cut at the narrower printable width (A4: 210 mm less 2 × 15 mm margins = 180 mm).
    await printPage.setViewportSize({ width: Math.floor(180 / 25.4 * 96), height: 1000 });
    const overflow = await printPage.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > limit + 0.5);
      return { scroll: document.documentElement.scrollWidth, limit, wide: wide.map((e) => e.tagName + ' ' + e.textContent.slice(0, 40)) };
    });
    assert.ok(overflow.scroll <= overflow.limit, JSON.stringify(overflow));
    assert.deepEqual(overflow.wide, []);
    assert.deepEqual(printViolations, []);
    await printPage.setViewportSize({ width, height });
    await photo(printPage, `summary-print-${lang}-${width}x${height}.png`, { fullPage: false });
    await writePdfShot(printPage, lang);
    await printContext.close();
    await context.close();
  });
}

// Keeps the A4 PDF beside the screenshots, to look at, when slow checks were asked for.
async function writePdfShot(printPage, lang) {
  if (SLOW) await printPage.pdf({ path: `${SHOTS_DIR}/summary-${lang}-A4.pdf`, format: 'A4' });
}

test('a round on goals from the outline, with participants typed by name', async () => {
  const { page, errors } = await openApp(browser, site.url, { width: 1280, height: 720 });
  await clickItem(page, 'voting:goals');
  await clickItem(page, 'vote-names');
  await page.keyboard.type('Anna, Ben, Chris');
  await clickItem(page, 'vote-start');
  await waitForPlan(page, (p) => p.voting?.subject === 'goals' && p.voting.participants.map((x) => x.name).join() === 'Anna,Ben,Chris');
  await waitForMirror(page, 'Anna — 3 of 3 votes left');
  const goal = (await exportedPlan(page)).plan.goals[0];
  await clickItem(page, `vote:${goal.id}`);
  await waitForPlan(page, (p, id) => p.voting.participants[0].dots?.[0] === id, goal.id);
  assert.deepEqual(errors, []);
  await page.context().close();
});
