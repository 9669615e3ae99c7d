import { readFileSync, readdirSync } from 'node:fs';
import { startSite, launchBrowser, openApp, untilIdle } from './harness.mjs';
const HZ = 100;
function chromeCpu() {
  let t = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!/\((chrom|headless)/.test(stat)) continue;
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      t += (Number(f[11]) + Number(f[12])) / HZ;
    } catch {}
  }
  return t;
}
const site = await startSite();
const extra = process.argv.slice(3);
const browser = await launchBrowser(extra, { own: true });
const mode = process.argv[2] || 'open';
const c0 = chromeCpu(), w0 = Date.now();
const N = 6;
for (let i = 0; i < N; i++) {
  const { ctx, page } = await openApp(browser, site.url);
  await untilIdle(page);
  await ctx.close();
}
console.log(`${mode}: chromium cpu per open ${((chromeCpu() - c0) / N).toFixed(2)} s, wall ${((Date.now() - w0) / N / 1000).toFixed(2)} s`);
await browser.close(); site.server.close();
