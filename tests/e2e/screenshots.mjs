// Screenshots to look at (not a test): every view on a phone (390x844, touch, 3 device pixels per
// CSS pixel) and presenting at 1920x1080, in the languages asked for, to build/screenshots/room/.
//   node tests/e2e/screenshots.mjs [phone|present|desktop ...] [en|de|id ...]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launchBrowser, openApp, settle, clickItem, SHOTS_DIR } from './harness.mjs';

const args = process.argv.slice(2);
const modes = args.filter((a) => ['phone', 'present', 'desktop'].includes(a));
const languages = args.filter((a) => ['en', 'de', 'id'].includes(a));
const dir = join(SHOTS_DIR, 'room');
mkdirSync(dir, { recursive: true });

const SETUPS = {
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 },
  present: { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
  desktop: { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
};
const VIEWS = ['outline', 'matrix', 'tasks', 'tracking', 'map', 'workshop'];

// A tap on a touch screen, a click elsewhere; the item is scrolled into view first.
async function press(page, name, touch) {
  if (!touch) return clickItem(page, name);
  const r = await page.evaluate((n) => window.waymark.itemRect(n), name);
  if (!r) throw new Error(`${name} is not on screen`);
  await page.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
}

const site = await startSite();
const browser = await launchBrowser();
try {
  for (const mode of modes.length ? modes : ['phone', 'present']) {
    for (const lang of languages.length ? languages : ['en', 'de']) {
      const context = await browser.newContext({ ...SETUPS[mode], locale: lang });
      const { page } = await openApp(browser, site.url, { context });
      const touch = !!SETUPS[mode].hasTouch;
      await settle(page);
      await page.screenshot({ path: join(dir, `${mode}-${lang}-first.png`) });
      if (mode === 'present') { await page.keyboard.press('p'); await settle(page); }
      for (const view of VIEWS) {
        await press(page, `view:${view}`, touch);
        await settle(page);
        await page.screenshot({ path: join(dir, `${mode}-${lang}-${view}.png`) });
      }
      if (mode !== 'phone') {
        // The workshop's steps, and the timer over them.
        for (const step of [3, 6, 7, 8]) {
          await press(page, `workshop-step:${step}`, touch);
          if (step === 6) await press(page, 'workshop-timer', touch);
          await settle(page);
          await page.screenshot({ path: join(dir, `${mode}-${lang}-workshop-${step}.png`) });
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  site.server.close();
}
