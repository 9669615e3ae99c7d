// Lighthouse on the real page: accessibility at least 0.9 and best practices at least 0.95
// (issue 11). Lighthouse drives the same headless Chromium over the DevTools protocol.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import lighthouse from 'lighthouse';
import { startSite, launchBrowser, onlyWhenSlow } from './harness.mjs';

const PORT = 9400 + (process.pid % 500);
let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser([`--remote-debugging-port=${PORT}`]); });
after(async () => { await browser?.close(); site?.server.close(); });

// An audit of minutes' weight on two cores: with the slow checks.
test('Lighthouse: accessibility >= 0.9, best practices >= 0.95', onlyWhenSlow, async () => {
  const { lhr } = await lighthouse(site.url, {
    port: PORT, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'best-practices'],
    formFactor: 'desktop', throttlingMethod: 'provided',
    screenEmulation: { mobile: false, width: 1280, height: 800, deviceScaleFactor: 1, disabled: false },
  });
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => `${a.id}: ${a.title}`);
  assert.ok(lhr.categories.accessibility.score >= 0.9, `accessibility ${lhr.categories.accessibility.score}\n${failing.join('\n')}`);
  assert.ok(lhr.categories['best-practices'].score >= 0.95, `best practices ${lhr.categories['best-practices'].score}\n${failing.join('\n')}`);
});
