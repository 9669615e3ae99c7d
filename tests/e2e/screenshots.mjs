// Screenshots to look at (not a test): every view on a phone (390x844, touch, 3 device pixels per
// CSS pixel), presenting at 1920x1080 and on a 1280x720 laptop, in the languages asked for, to
// build/screenshots/room/, and one contact sheet per screen and language (sheet-<mode>-<lang>.png)
// that shows them side by side.
//   node tests/e2e/screenshots.mjs [phone|present|desktop ...] [en|de|id ...]
import { mkdirSync, readFileSync } from 'node:fs';
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

// The shots of one screen and language side by side, each under its name, in one image.
async function contactSheet(browser, files, out) {
  const page = await browser.newPage({ viewport: { width: 2400, height: 800 } });
  const cells = files.map((f) => `<figure><img src="data:image/png;base64,${readFileSync(join(dir, f)).toString('base64')}">` +
    `<figcaption>${f}</figcaption></figure>`).join('');
  await page.setContent(`<style>body{margin:0;display:flex;flex-wrap:wrap;gap:8px;background:#444;font:14px sans-serif;color:#fff}
    figure{margin:0;width:${files.length > 6 ? 390 : 590}px}img{width:100%;display:block}</style>${cells}`);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.screenshot({ path: join(dir, out), fullPage: true });
  await page.close();
}

// A finger's swipe from one point to another.
async function swipe(page, from, to) {
  const cdp = await page.context().newCDPSession(page);
  const points = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let i = 1; i <= 4; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points({ x: from.x + ((to.x - from.x) * i) / 4, y: from.y + ((to.y - from.y) * i) / 4 }) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await settle(page);
}

// A tap on a touch screen, a click elsewhere; the item is scrolled into view first (a view's tab
// beyond the strip's edge is swiped into view, towards the start and then the end).
async function press(page, name, touch) {
  if (!touch) return clickItem(page, name);
  const rectOf = (n) => page.evaluate((x) => window.waymark.itemRect(x), n);
  let r = await rectOf(name);
  const strip = name.startsWith('view:') && await rectOf('view-tabs');
  for (let i = 0; strip && i < 8 && !(r && r.width > 40); i++) {
    const y = strip.y + strip.height / 2, left = strip.x + 20, right = strip.x + strip.width - 20;
    await swipe(page, { x: i < 4 ? left : right, y }, { x: i < 4 ? right : left, y });
    r = await rectOf(name);
  }
  // Else a finger swipes the view up, then down, until the item shows.
  const view = page.viewportSize();
  for (let i = 0; !strip && i < 16 && !(r && r.height >= 14); i++) {
    const up = i < 8, x = view.width / 2;
    await swipe(page, { x, y: view.height * (up ? 0.8 : 0.4) }, { x, y: view.height * (up ? 0.4 : 0.8) });
    r = await rectOf(name);
  }
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
      const shots = [];
      const shoot = async (name) => {
        shots.push(`${mode}-${lang}-${name}.png`);
        await page.screenshot({ path: join(dir, shots.at(-1)) });
      };
      await shoot('first');
      if (mode === 'present') { await page.keyboard.press('p'); await settle(page); }
      for (const view of VIEWS) {
        await press(page, `view:${view}`, touch);
        await settle(page);
        await shoot(view);
      }
      // The editors a goal and an objective open in (presenting, the outline shows and does not
      // edit: the workshop's steps open the editors there).
      const plan = JSON.parse(await page.evaluate(() => window.waymark.exportPlan())).plan;
      const editors = mode === 'present' ? [] : [['goal-editor', plan.goals[0].id], ['objective-editor', plan.objectives[0].id]];
      for (const [name, id] of editors) {
        await press(page, 'view:outline', touch);
        await settle(page);
        await press(page, `edit:${id}`, touch);
        await settle(page);
        await shoot(name);
        await press(page, 'close-editor', touch);
        await settle(page);
      }
      if (mode !== 'phone') {
        // The workshop's steps, and the timer over them.
        await press(page, 'view:workshop', touch);
        for (const step of [3, 6, 7, 8]) {
          await press(page, `workshop-step:${step}`, touch);
          if (step === 6) await press(page, 'workshop-timer', touch);
          await settle(page);
          await shoot(`workshop-${step}`);
        }
      }
      await context.close();
      await contactSheet(browser, shots, `sheet-${mode}-${lang}.png`);
    }
  }
} finally {
  await browser.close();
  site.server.close();
}
