// Text input through the browser's own input (issue 11, src/platform/text_input.h): while an
// ImGui text field is active a hidden textarea has the focus, so insertText, key presses, IME
// composition, dead keys, paste and on-screen-keyboard deletions each arrive exactly once, and
// the clipboard works both ways. Driven through the outline's rename field on the real build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, exportedPlan, clickItem, settle, drawsDuring, untilIdle } from './harness.mjs';

let site, browser;
// A Chromium of this file's own: the clipboard belongs to the browser, shared by all its contexts,
// and other files' tests running at the same time write to it.
before(async () => { site = await startSite(); browser = await launchBrowser([], { own: true }); });
after(async () => { await browser?.close(); site?.server.close(); });

const TEXT = 'Müller & Söhne, Überblick';

// A fresh page whose clipboard the test may read and write (as a user's own copy and paste).
async function openWithClipboard(initScript) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  if (initScript) await context.addInitScript(initScript);
  const opened = await openApp(browser, site.url, { context });
  const goal = (await exportedPlan(opened.page)).plan.goals[0];
  return { ...opened, goal };
}

// Opens a goal's title for editing (its Rename button) and waits until the field is active,
// which is when the page's text sink holds the focus.
async function editTitle(page, goalId) {
  await clickItem(page, `rename:${goalId}`);
  await untilIdle(page);
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'text-sink',
    'the text sink does not have the focus while the title field is active');
}

// Enter confirms the field; the plan must then hold exactly `expected` as the goal's title.
async function confirmTitle(page, goalId, expected) {
  await page.keyboard.press('Enter');
  await untilIdle(page);
  assert.equal((await exportedPlan(page)).plan.goals.find((g) => g.id === goalId).title, expected);
}

const clipboardText = (page) => page.evaluate(() => navigator.clipboard.readText());

// Waits until the clipboard holds text, polled from here (waitForFunction does not await a page
// function's promise, so a clipboard check there would pass at once).
async function untilClipboard(page, text, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let held;
  while ((held = await page.evaluate(() => navigator.clipboard.readText())) !== text) {
    assert.ok(Date.now() < deadline, `the clipboard holds ${JSON.stringify(held)}, not ${JSON.stringify(text)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('text from insertText (as on-screen keyboards send it) lands exactly once', async () => {
  const { ctx, page, goal, errors } = await openWithClipboard();
  await editTitle(page, goal.id);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Input.insertText', { text: TEXT });
  await confirmTitle(page, goal.id, TEXT);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('text typed key by key, umlauts and & included, lands exactly once', async () => {
  const { ctx, page, goal } = await openWithClipboard();
  await editTitle(page, goal.id);
  await page.keyboard.type(TEXT);
  await confirmTitle(page, goal.id, TEXT);
  await ctx.close();
});

test('Ctrl+V pastes the system clipboard, once', async () => {
  const { ctx, page, goal } = await openWithClipboard();
  await page.evaluate((t) => navigator.clipboard.writeText(t), TEXT);
  await editTitle(page, goal.id);
  await page.keyboard.press('Control+V');
  await confirmTitle(page, goal.id, TEXT);
  await ctx.close();
});

test('Ctrl+A, Ctrl+C copies the field to the system clipboard; Ctrl+X cuts, and pasting brings it back', async () => {
  const { ctx, page, goal } = await openWithClipboard();
  await page.evaluate(() => navigator.clipboard.writeText('something older'));
  await editTitle(page, goal.id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await untilClipboard(page, goal.title);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+X');
  await untilClipboard(page, goal.title);
  await page.keyboard.type('Neu: ');
  await page.keyboard.press('Control+V');
  await confirmTitle(page, goal.id, `Neu: ${goal.title}`);
  assert.equal(await clipboardText(page), goal.title);
  await ctx.close();
});

test('an IME composition gives the composed text once', async () => {
  const { ctx, page, goal } = await openWithClipboard();
  await editTitle(page, goal.id);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'とうきょう', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', { text: '東京', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '東京' });
  await confirmTitle(page, goal.id, '東京');
  await ctx.close();
});

test('a dead key (´ then e) composes é, once, between typed letters', async () => {
  const { ctx, page, goal } = await openWithClipboard();
  await editTitle(page, goal.id);
  const cdp = await ctx.newCDPSession(page);
  await page.keyboard.type('Caf');
  // What a dead key does in the browser: a composition of the accent, then the composed letter.
  await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'é' });
  await page.keyboard.type(' Ölçek');
  await confirmTitle(page, goal.id, 'Café Ölçek');
  await ctx.close();
});

test('Ctrl+A then typing replaces; word jumps and Home/End move as in any text box', async () => {
  const { ctx, page, goal } = await openWithClipboard();
  await editTitle(page, goal.id);
  await page.keyboard.type('draft');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('one two three');
  await page.keyboard.press('Control+ArrowLeft');
  await page.keyboard.type('X');            // one two X|three
  await page.keyboard.press('Home');
  await page.keyboard.type('A');            // A|one two Xthree
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.type('B');            // Aone B|two Xthree
  await page.keyboard.press('End');
  await page.keyboard.type('Z');
  await confirmTitle(page, goal.id, 'Aone Btwo XthreeZ');
  await ctx.close();
});

test('an on-screen keyboard\'s Backspace (keyCode 229, beforeinput deleteContentBackward), Backspace and Delete each delete one character', async () => {
  const { ctx, page, goal } = await openWithClipboard();
  await editTitle(page, goal.id);
  await page.keyboard.press('End');
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 229, key: 'Unidentified', commands: ['deleteBackward'] });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', windowsVirtualKeyCode: 229, key: 'Unidentified' });
  await page.keyboard.press('Backspace');  // desktop Backspace and Delete, also once each
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  await confirmTitle(page, goal.id, goal.title.slice(1, -2));
  await ctx.close();
});

test('the browser keeps its own shortcuts (Ctrl+L, Ctrl+T, Ctrl+W) while a field is active', async () => {
  const { ctx, page, goal } = await openWithClipboard();
  await editTitle(page, goal.id);
  await page.evaluate(() => {
    window.__prevented = [];
    window.addEventListener('keydown', (e) => { if (e.ctrlKey && e.key !== 'Control') window.__prevented.push(`${e.key}:${e.defaultPrevented}`); });
  });
  for (const key of ['l', 't', 'w']) await page.keyboard.press(`Control+${key}`);
  assert.deepEqual(await page.evaluate(() => window.__prevented), ['l:false', 't:false', 'w:false']);
  await ctx.close();
});

test('on macOS, Cmd+A and Cmd+C select and copy', async () => {
  const { ctx, page, goal } = await openWithClipboard(() => {
    Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });
    Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => undefined });
  });
  await editTitle(page, goal.id);
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await page.keyboard.press('Meta+A');
  await page.keyboard.press('Meta+C');
  await untilClipboard(page, `${goal.title}!`);
  await page.keyboard.type('Mac');
  await confirmTitle(page, goal.id, 'Mac');
  await ctx.close();
});

test('typing draws while it happens and nothing once it ends, with the field still active', async () => {
  const { ctx, page, goal } = await openWithClipboard();
  await editTitle(page, goal.id);
  const before = await page.evaluate(() => window.__draws.draws);
  await page.keyboard.type('Reviews ');
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Input.insertText', { text: 'für Überblick' });
  await settle(page);
  assert.ok((await page.evaluate(() => window.__draws.draws)) > before, 'typing drew nothing');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-sink');
  assert.deepEqual(await drawsDuring(page, 1500), { draws: 0, frames: 0 });
  await confirmTitle(page, goal.id, 'Reviews für Überblick');
  await settle(page);
  assert.deepEqual(await drawsDuring(page, 1000), { draws: 0, frames: 0 });
  await ctx.close();
});
