import { startSite, launchBrowser, clickItem, untilIdle, SITE_DIR } from './harness.mjs';
const site = await startSite(SITE_DIR, { own: true });
const browser = await launchBrowser();
async function open(locale, opts) {
  const context = await browser.newContext({ locale, ...opts });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.evaluate(() => window.waymark.ready);
  await untilIdle(page);
  return { context, page };
}
for (const [locale, lang] of [['de-DE', 'de'], ['id-ID', 'id']]) {
  const { context, page } = await open(locale, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  await page.screenshot({ path: `/tmp/shots/phone-${lang}-welcome.png` });
  await page.tap('canvas', { position: await page.evaluate(() => { const r = window.waymark.itemRect('welcome-explore'); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }) });
  await untilIdle(page);
  for (const view of ['tracking', 'matrix']) {
    const r = await page.evaluate((v) => window.waymark.itemRect('view:' + v), view);
    if (r) { await page.tap('canvas', { position: { x: r.x + r.width / 2, y: r.y + r.height / 2 } }); await untilIdle(page); }
    await page.screenshot({ path: `/tmp/shots/phone-${lang}-${view}.png` });
  }
  await context.close();
}
{
  const { context, page } = await open('de-DE', { viewport: { width: 1920, height: 1080 } });
  await clickItem(page, 'welcome-explore');
  await clickItem(page, 'view:workshop');
  await clickItem(page, 'present');
  await untilIdle(page);
  await page.screenshot({ path: '/tmp/shots/present-de-workshop.png' });
  await context.close();
}
await browser.close(); site.server.close();
