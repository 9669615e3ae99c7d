// The browser and the command line read plan files alike (docs/plan-format.md, "Encoding"): the
// files of tests/fixtures/encoding, dropped on the page as their bytes, are opened or refused for
// the reasons tests/cli/cli_test.cmake expects of `waymark validate`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, launchBrowser, exportedPlan, REPO_DIR } from './harness.mjs';
import { waitForSaved, openIn } from './storage_helpers.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const fixture = (name) => [...readFileSync(`${REPO_DIR}tests/fixtures/encoding/${name}`)];
// Drops a file's exact bytes on the page, as the browser delivers a dragged file.
const dropBytes = (page, name, bytes) => page.evaluate(([n, b]) => {
  const data = new DataTransfer();
  data.items.add(new File([new Uint8Array(b)], n, { type: 'application/json' }));
  window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}, [name, bytes]);
const refusal = (file, reason) => `Could not open “${file}”: ${reason}. Your current plan is unchanged.`;

test('files that are not UTF-8 and ids with control characters are refused as the command line refuses them', async () => {
  const ctx = await browser.newContext();
  const page = await openIn(ctx, site.url);
  await waitForSaved(page);
  const planName = (await exportedPlan(page)).plan.name;
  const expected = {
    'latin1.waymark.json': 'not UTF-8 text: byte 72 (line 1) is not part of a UTF-8 character; save the file as UTF-8',
    'utf16le.waymark.json': 'the file is UTF-16 (or UTF-32) text; plan files are UTF-8: save it again as UTF-8',
    'utf16be.waymark.json': 'the file is UTF-16 (or UTF-32) text; plan files are UTF-8: save it again as UTF-8',
    'control-id.waymark.json': 'plan.goals[0].id: an id must not contain control characters (U+000A)',
  };
  for (const [file, reason] of Object.entries(expected)) {
    await dropBytes(page, file, fixture(file));
    await page.waitForFunction((f) => window.waymark.viewState().notice.includes(f), file);
    assert.equal(await page.evaluate(() => window.waymark.viewState().notice), refusal(file, reason));
    assert.equal((await exportedPlan(page)).plan.name, planName);
  }
  await ctx.close();
});

test('a UTF-8 file with a byte order mark and a title with control characters open as the command line reads them', async () => {
  const ctx = await browser.newContext();
  const page = await openIn(ctx, site.url);
  await waitForSaved(page);
  await dropBytes(page, 'utf8-bom.waymark.json', fixture('utf8-bom.waymark.json'));
  await page.waitForFunction(() => JSON.parse(window.waymark.exportPlan()).plan.name === 'Grüße aus München 🚀');

  await dropBytes(page, 'control-title.waymark.json', fixture('control-title.waymark.json'));
  await page.waitForFunction(() => JSON.parse(window.waymark.exportPlan()).plan.name === 'Steuerzeichen');
  // Written back with the file's own escapes, as `waymark review` prints it.
  const text = await page.evaluate(() => window.waymark.exportPlan());
  assert.ok(text.includes('"title": "Alarm\\u0007 bell\\u0000 after NUL\\nnext line"'), text);
  // The screen-reader mirror shows the whole title, each control character as a space: a NUL
  // used to end the mirror's text there.
  await page.waitForFunction(() => document.getElementById('mirror').textContent.includes('Alarm  bell  after NUL next line'),
    null, { timeout: 15000 });
  await ctx.close();
});
