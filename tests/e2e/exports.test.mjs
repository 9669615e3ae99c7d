// The export menu in the real build: each file arrives as a browser download with the plan's
// name and the day in its file name, and the bytes the engine made (a BOM for spreadsheets).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSite, launchBrowser, openApp, clickItem, untilIdle, drawsDuring } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const kinds = [
  ['goals_csv', /-goals-\d{4}-\d{2}-\d{2}\.csv$/, (b) => b.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))],
  ['tasks_csv', /-tasks-\d{4}-\d{2}-\d{2}\.csv$/, (b) => b.includes('\r\n')],
  ['calendar', /-\d{4}-\d{2}-\d{2}\.ics$/, (b) => b.toString('utf8').startsWith('BEGIN:VCALENDAR\r\n')],
  ['report', /-report-\d{4}-\d{2}-\d{2}\.md$/, (b) => b.toString('utf8').startsWith('# ')],
];

test('the export menu downloads tables, the calendar and the report, named by plan and day', async () => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const { page } = await openApp(browser, site.url, { context: ctx });
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  for (const [kind, pattern, looksRight] of kinds) {
    await clickItem(page, 'export');
    const download = page.waitForEvent('download');
    await clickItem(page, `export:${kind}`);
    const file = await download;
    const fileName = file.suggestedFilename();
    assert.match(fileName, pattern, kind);
    assert.ok(fileName.includes(today), `${fileName} is not dated today (${today})`);
    assert.ok(!fileName.startsWith('plan-'), `${fileName} does not carry the plan's name`);
    const bytes = await readFile(await file.path());
    assert.ok(bytes.length > 100, `${kind} is nearly empty`);
    assert.ok(looksRight(bytes), `${kind} does not look like its kind`);
  }
  await untilIdle(page);
  assert.deepEqual(await drawsDuring(page, 500), { draws: 0, frames: 0 }, 'the page kept drawing after the downloads');
  await ctx.close();
});
