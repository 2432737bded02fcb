#!/usr/bin/env node
/**
 * End-to-end tests: the built extension (.output/chrome-mv3) in real Chromium (Debian /usr/bin/chromium)
 * driven by playwright-core, against pages served on 127.0.0.1. Prints one line per check, exits 1 on failure.
 *
 *   npm run test:e2e        (builds first)
 *   node test/e2e/run.mjs   (uses the existing build)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXT = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = join(ROOT, 'docs/screenshots');
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');

if (!existsSync(CHROMIUM)) {
  console.error(
    `✘ Chromium not found at ${CHROMIUM}.\n` +
      '  The end-to-end tests need a real Chromium and a CJK font. Install them with:\n' +
      '    sudo apt-get install -y chromium fonts-wqy-zenhei\n' +
      '  (or set CHROMIUM_PATH to a Chromium/Chrome binary).',
  );
  process.exit(1);
}
if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error(`✘ No built extension at ${EXT}. Run \`npx wxt build\` first (npm run test:e2e does).`);
  process.exit(1);
}
const { chromium } = await import('playwright-core');

// ------------------------------------------------------------------ tiny static server
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.txt': 'text/plain; charset=utf-8' };
const DIRS = { '/pages/': join(ROOT, 'test/e2e/pages'), '/samples/': join(ROOT, 'public/samples') };

function longPage() {
  // ~1 MB of text (about 1,000,000 characters) with one recruitment restriction every 100 paragraphs.
  const parts = [];
  let len = 0;
  let i = 0;
  let flagged = 0;
  while (len < 1_000_000) {
    const p =
      i % 100 === 3
        ? `第${i}条 招聘条件：限男性。`
        : `第${i}条 各单位应当依法保障妇女的劳动权益，完善相关制度，落实各项措施，促进男女平等就业，营造良好的社会环境。`;
    if (i % 100 === 3) flagged++;
    parts.push(`<p>${p}</p>`);
    len += p.length;
    i++;
  }
  return {
    flagged,
    html: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>长文件</title></head><body><h1>某市妇女权益保障实施办法（长文件测试）</h1>${parts.join('\n')}</body></html>`,
  };
}
const LONG = longPage();

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/long.html') {
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    res.end(LONG.html);
    return;
  }
  for (const [prefix, dir] of Object.entries(DIRS)) {
    if (url.pathname.startsWith(prefix)) {
      const file = join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
      if (file.startsWith(dir) && existsSync(file)) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const BASE = `http://127.0.0.1:${server.address().port}`;

// ------------------------------------------------------------------ harness
const results = [];
let current = '';
async function check(name, fn) {
  current = name;
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`✔ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: e });
    console.log(`✘ ${name}\n    ${String(e?.message ?? e).split('\n').join('\n    ')}`);
  }
}
/** JSON with sorted keys (stored objects may list the same fields in another order). */
function canon(x) {
  if (Array.isArray(x)) return `[${x.map(canon).join(',')}]`;
  if (x && typeof x === 'object') return `{${Object.keys(x).filter((k) => x[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canon(x[k])}`).join(',')}}`;
  return JSON.stringify(x);
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
async function waitFor(fn, what, timeout = 10000, every = 100) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

/** All ranges in our highlights of a frame: [{name, text, where}]. `where` = id of the closest element with an id. */
const READ_HIGHLIGHTS = () => {
  const out = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('gea-')) continue;
    for (const r of h) {
      let n = r.startContainer;
      let where = '';
      while (n) {
        if (n.nodeType === 1 && n.id) {
          where = n.id;
          break;
        }
        if (n.nodeType === 11) {
          where = `shadow:${n.host.id}`;
          break;
        }
        n = n.parentNode;
      }
      out.push({ name, text: r.toString(), where });
    }
  }
  return out;
};

const profile = mkdtempSync(join(tmpdir(), 'gea-e2e-'));
mkdirSync(SHOTS, { recursive: true });
mkdirSync(ARTIFACTS, { recursive: true });
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1100, height: 800 },
  locale: 'zh-CN',
  args: [
    `--disable-extensions-except=${EXT}`,
    `--load-extension=${EXT}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=zh-CN',
  ],
});

// Every request any page or worker makes; checked at the end.
const requests = [];
ctx.on('request', (r) => requests.push(r.url()));
const allowed = (u) => u.startsWith(`${BASE}/`) || /^(chrome-extension|data|blob|about|chrome):/.test(u);

let [sw] = ctx.serviceWorkers();
if (!sw) sw = await ctx.waitForEvent('serviceworker');
const extId = new URL(sw.url()).host;
// Without the "tabs" permission tab URLs are hidden from us, so identify a page's tab by activating it.
async function tabIdOf(page) {
  await page.bringToFront();
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
}

let exitCode = 0;
try {
  const page = await ctx.newPage();
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('性别平等评估助手')) consoleErrors.push(m.text());
  });
  // Snapshot of the markup as parsed, before any content script ran.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__geaBefore = document.documentElement.outerHTML;
    });
  });
  const recruitUrl = `${BASE}/pages/recruit.html`;
  await page.goto(recruitUrl);
  const hl = () => page.evaluate(READ_HIGHLIGHTS);

  await check('content script scans the page and paints highlights (CSS.highlights)', async () => {
    const got = await waitFor(async () => {
      const h = await hl();
      return h.some((x) => x.text === '限男性') && h;
    }, 'a 限男性 highlight');
    const r = got.find((x) => x.text === '限男性');
    assert(r.where === 'p-flag', `限男性 highlight in #${r.where}, expected #p-flag`);
    assert(/^gea-(violation|threshold)-(high|medium|low)$/.test(r.name), `bad highlight name ${r.name}`);
  });

  await check('expected ranges have the right texts (elements marked data-expect)', async () => {
    const h = await hl();
    const expects = await page.evaluate(() =>
      [...document.querySelectorAll('[data-expect]')].map((e) => ({ id: e.id, expect: e.getAttribute('data-expect') })),
    );
    const problems = [];
    for (const { id, expect } of expects) {
      const inEl = h.filter((x) => x.where === id);
      if (expect === 'none') {
        if (inEl.length) problems.push(`#${id} must not be highlighted, got ${JSON.stringify(inEl.map((x) => x.text))}`);
      } else if (expect.startsWith('~') ? !inEl.some((x) => x.text.includes(expect.slice(1))) : !inEl.some((x) => x.text === expect)) {
        problems.push(`#${id}: expected a highlight "${expect}", got ${JSON.stringify(inEl.map((x) => x.text))}`);
      }
    }
    const toilet = h.find((x) => x.where === 'p-toilet');
    if (toilet && !toilet.name.startsWith('gea-threshold-')) problems.push(`toilet ratio painted as ${toilet.name}, expected a threshold highlight`);
    assert(!problems.length, problems.join('\n'));
  });

  await check('negated, exempted, hidden, aria-hidden and script text is not highlighted', async () => {
    const h = await hl();
    const bad = h.filter((x) => ['p-neutral', 'p-negated', 'p-exempt', 'd-hidden', 'd-none', 'p-aria', 'td-any'].includes(x.where));
    assert(!bad.length, `unexpected highlights: ${JSON.stringify(bad)}`);
    const count = h.filter((x) => x.text === '限男性').length;
    assert(count === 1, `expected exactly one 限男性 highlight in the page, got ${count}`);
  });

  await check('open shadow roots and same-origin iframes are scanned', async () => {
    const h = await hl();
    assert(h.some((x) => x.where === 'shadow:shadow-host' && x.text.includes('仅招男性')), `no highlight in the shadow root: ${JSON.stringify(h.map((x) => x.where + ':' + x.text))}`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert(frame, 'iframe not found');
    const fh = await waitFor(async () => {
      const x = await frame.evaluate(READ_HIGHLIGHTS);
      return x.length && x;
    }, 'highlights in the iframe');
    assert(fh.some((x) => x.text.includes('10%')), `iframe highlights: ${JSON.stringify(fh)}`);
  });

  await check("page's markup is byte-identical before and after scanning (and after opening a card)", async () => {
    const rect = await page.evaluate(() => {
      for (const [name, h] of CSS.highlights) if (name.startsWith('gea-')) for (const r of h) if (r.toString() === '限男性') {
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    });
    await page.mouse.click(rect.x, rect.y);
    await waitFor(() => page.evaluate(() => !!document.getElementById('gea-ext-host')?.shadowRoot?.querySelector('.card')), 'the card');
    const cmp = await page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true);
      const host = clone.querySelector('#gea-ext-host');
      const hostParent = host?.parentNode?.nodeName;
      host?.remove();
      return { same: clone.outerHTML === window.__geaBefore, bodySame: document.body.outerHTML === new DOMParser().parseFromString(window.__geaBefore, 'text/html').body.outerHTML, hostParent, len: window.__geaBefore?.length };
    });
    assert(cmp.len > 1000, 'no snapshot taken');
    assert(cmp.hostParent === 'HTML', `our host must be a child of <html>, found under ${cmp.hostParent}`);
    assert(cmp.same, 'document markup changed by scanning');
    await page.keyboard.press('Escape');
  });

  await check('a click on a highlight opens the right card; Escape closes it', async () => {
    const rect = await page.evaluate(() => {
      for (const [name, h] of CSS.highlights) if (name.startsWith('gea-')) for (const r of h) if (r.toString() === '不得怀孕') {
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    });
    assert(rect, 'no 不得怀孕 highlight');
    await page.mouse.click(rect.x, rect.y);
    const card = await waitFor(
      () =>
        page.evaluate(() => {
          const c = document.getElementById('gea-ext-host')?.shadowRoot?.querySelector('.card');
          if (!c) return null;
          const sr = document.getElementById('gea-ext-host').shadowRoot;
          return {
            quote: c.querySelector('.quote mark')?.textContent,
            title: c.querySelector('h2')?.textContent,
            message: c.querySelector('.message')?.textContent,
            basis: c.querySelector('.basis')?.textContent ?? '',
            buttons: [...c.querySelectorAll('.actions button')].map((b) => b.textContent),
            verdicts: [...c.querySelectorAll('.verdicts button')].map((b) => b.textContent),
            focused: sr.activeElement === c,
            role: c.getAttribute('role'),
          };
        }),
      'the card',
    );
    assert(card.quote === '不得怀孕', `card quote ${card.quote}`);
    assert(card.title && card.message, 'card lacks title or message');
    assert(card.basis.length > 0, 'card lacks the basis');
    assert(JSON.stringify(card.buttons) === JSON.stringify(['添加批注', '忽略此处', '关闭此规则']), `buttons ${card.buttons}`);
    // issue 5: the verdict is one click in the card (误报 asks for a reason)
    assert(JSON.stringify(card.verdicts) === JSON.stringify(['确认问题', '误报', '已修改']), `verdict buttons ${card.verdicts}`);
    assert(card.role === 'dialog' && card.focused, 'card is not a focused dialog');
    await page.screenshot({ path: join(ARTIFACTS, 'fixture-card.png') });
    await page.keyboard.press('Tab');
    const tabbed = await page.evaluate(() => document.getElementById('gea-ext-host').shadowRoot.activeElement?.tagName);
    assert(tabbed === 'BUTTON', `Tab should reach the card's buttons, got ${tabbed}`);
    await page.keyboard.press('Escape');
    await waitFor(() => page.evaluate(() => !document.getElementById('gea-ext-host').shadowRoot.querySelector('.card')), 'the card to close');
  });

  await check('side panel lists the findings in document order and navigates', async () => {
    const tabId = await tabIdOf(page);
    assert(tabId !== undefined, 'no tab id');
    const panel = await ctx.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${extId}/sidepanel.html?tab=${tabId}`);
    const items = await waitFor(async () => {
      const x = await panel.$$eval('li.finding', (ls) => ls.map((l) => ({ id: l.dataset.id, text: l.textContent, quote: l.querySelector('.quote')?.textContent ?? '' })));
      return x.length >= 5 && x;
    }, 'findings in the panel');
    const h = await hl();
    const pageCount = h.filter((x) => !x.name.endsWith('active')).length;
    assert(items.length >= pageCount, `panel lists ${items.length}, page has ${pageCount} highlights`);
    const order = ['限男性', '男', '不得怀孕', '仅招男性', '出嫁女不得享受'].map((q) => items.findIndex((i) => i.quote === q || (q.length > 3 && i.quote.includes(q))));
    assert(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1])), `not in document order: ${JSON.stringify(items.map((i) => i.quote))}`);
    const total = await panel.textContent('[data-testid=total]');
    assert(/共 \d+ 处问题/.test(total), `summary "${total}"`);
    await panel.screenshot({ path: join(ARTIFACTS, 'fixture-sidepanel.png'), fullPage: true });
    // the last finding (出嫁女…) is far down the page: clicking it scrolls there and flashes it
    await page.evaluate(() => window.scrollTo(0, 0));
    const far = items.findIndex((i) => i.text.includes('出嫁女'));
    assert(far >= 0, 'panel lacks the 出嫁女 finding');
    await panel.click(`li.finding >> nth=${far} >> button.go`);
    await waitFor(() => page.evaluate(() => window.scrollY > 300), 'the page to scroll');
    const active = await waitFor(
      () => page.evaluate(() => [...(CSS.highlights.get('gea-active') ?? [])].map(String)),
      'the flash',
      3000,
      30,
    ).catch(() => []);
    assert(active.some((t) => t.includes('出嫁女')), `gea-active during flash: ${JSON.stringify(active)}`);
    const cardQuote = await waitFor(() => page.evaluate(() => document.getElementById('gea-ext-host').shadowRoot.querySelector('.card .quote mark')?.textContent), 'card for the far finding');
    assert(cardQuote.includes('出嫁女'), `card opened for ${cardQuote}`);
    await page.keyboard.press('Escape');
    await panel.close();
  });

  await check('content appended after load gets highlighted without a reload', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'p-added';
      p.textContent = '补充：本单位招聘保安，仅招男性。';
      document.body.insertBefore(p, document.getElementById('shadow-host'));
    });
    await waitFor(async () => (await hl()).some((x) => x.where === 'p-added' && x.text === '仅招男性'), 'highlight on appended content');
    await page.evaluate(() => document.getElementById('p-added').remove());
    await waitFor(async () => !(await hl()).some((x) => x.where === 'p-added'), 'the highlight to go with the removed content');
  });

  await check('typing 限男性 into a textarea produces a finding; deleting it removes it (caret kept)', async () => {
    const inMirror = () =>
      page.evaluate(() => {
        const host = document.getElementById('gea-ext-host');
        const out = [];
        for (const [name, h] of CSS.highlights) if (name.startsWith('gea-') && name !== 'gea-active') for (const r of h) if (host && r.startContainer.getRootNode() === host.shadowRoot) out.push(r.toString());
        return out;
      });
    await page.click('#ta');
    await page.keyboard.type('招聘司机一名，限男性，');
    await waitFor(async () => (await inMirror()).includes('限男性'), 'a highlight in the textarea mirror');
    const caret = await page.evaluate(() => ({ s: document.getElementById('ta').selectionStart, v: document.getElementById('ta').value.length, focus: document.activeElement.id }));
    assert(caret.s === caret.v && caret.focus === 'ta', `caret moved: ${JSON.stringify(caret)}`);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await waitFor(async () => !(await inMirror()).includes('限男性'), 'the textarea highlight to disappear', 5000);
    await page.fill('#ta', '');
  });

  await check('contenteditable text gets findings as the user types, caret unmoved', async () => {
    await page.click('#ce');
    await page.keyboard.press('End');
    await page.keyboard.type('招聘条件：限男性。');
    await waitFor(async () => (await hl()).some((x) => x.where === 'ce' && x.text === '限男性'), 'a highlight in the contenteditable');
    const sel = await page.evaluate(() => {
      const s = getSelection();
      return { node: s.focusNode?.parentElement?.id ?? s.focusNode?.id, offset: s.focusOffset, len: s.focusNode?.textContent.length };
    });
    assert(sel.offset === sel.len, `caret moved: ${JSON.stringify(sel)}`);
  });

  await check('the highlight registry is restored if the page clears it', async () => {
    await page.evaluate(() => CSS.highlights.clear());
    await waitFor(async () => (await hl()).some((x) => x.text === '限男性'), 'highlights to come back', 4000);
  });

  await check('keyboard commands: next / previous finding and open its card', async () => {
    // commands arrive from the background; simulate them the way chrome.commands does
    const tabId = await tabIdOf(page);
    const send = (name) => sw.evaluate(([id, n]) => chrome.tabs.sendMessage(id, { type: 'command', name: n }), [tabId, name]);
    await send('next-finding');
    await send('next-finding');
    await send('open-card');
    const q = await waitFor(() => page.evaluate(() => document.getElementById('gea-ext-host').shadowRoot.querySelector('.card .quote mark')?.textContent), 'card from the keyboard command');
    assert(q, 'no card');
    const focused = await page.evaluate(() => document.getElementById('gea-ext-host').shadowRoot.activeElement?.className ?? '');
    assert(focused.includes('card'), 'card not focused after open-card');
    await page.keyboard.press('Escape');
  });

  await check('忽略此处 sticks across reloads (Dexie)', async () => {
    const rect = await page.evaluate(() => {
      for (const [name, h] of CSS.highlights) if (name.startsWith('gea-') && name !== 'gea-active') for (const r of h) if (r.toString() === '不得怀孕') {
        const el = r.startContainer.parentElement;
        el.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    });
    await page.mouse.click(rect.x, rect.y);
    await waitFor(() => page.evaluate(() => !!document.getElementById('gea-ext-host')?.shadowRoot?.querySelector('.card')), 'card');
    await page.evaluate(() => [...document.getElementById('gea-ext-host').shadowRoot.querySelectorAll('.actions button')].find((b) => b.textContent === '忽略此处').click());
    await waitFor(async () => !(await hl()).some((x) => x.text === '不得怀孕'), 'the ignored highlight to go');
    await page.reload();
    await waitFor(async () => (await hl()).some((x) => x.text === '限男性'), 'rescan after reload');
    assert(!(await hl()).some((x) => x.text === '不得怀孕'), 'ignored finding came back after reload');
  });


  // ================================================================== issue 5: notes, verdicts, report
  const notesUrl = `${BASE}/pages/notes.html`;
  const np = await ctx.newPage();
  np.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('性别平等评估助手')) consoleErrors.push(m.text());
  });
  await np.goto(notesUrl);
  const npHl = () => np.evaluate(READ_HIGHLIGHTS);
  const noteHl = async () => (await npHl()).filter((x) => x.name === 'gea-note');
  await waitFor(async () => (await npHl()).some((x) => x.text === '限男性'), 'highlights on the notes page');
  const npTab = await tabIdOf(np);
  const npState = () => sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), npTab);
  const docKey = (await npState()).docKey;
  const clickHighlight = async (p, text) => {
    await p.bringToFront();
    const rect = await p.evaluate((t) => {
      for (const [name, h] of CSS.highlights) if (name.startsWith('gea-') && name !== 'gea-active' && name !== 'gea-note') for (const r of h) if (r.toString() === t) {
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }, text);
    assert(rect, `no highlight "${text}"`);
    await p.mouse.click(rect.x, rect.y);
    await waitFor(() => p.evaluate((t) => document.getElementById('gea-ext-host')?.shadowRoot?.querySelector('.card .quote mark')?.textContent === t, text), `the card of "${text}"`);
  };
  /** All notes in the extension's IndexedDB, read from an extension page. */
  const DB_NOTES = () =>
    new Promise((res, rej) => {
      const r = indexedDB.open('gea');
      r.onsuccess = () => {
        const db = r.result;
        const q = db.transaction('notes').objectStore('notes').getAll();
        q.onsuccess = () => {
          res(q.result.sort((a, b) => a.id.localeCompare(b.id)));
          db.close();
        };
        q.onerror = () => rej(q.error);
      };
      r.onerror = () => rej(r.error);
    });
  const panel = await ctx.newPage();
  await panel.setViewportSize({ width: 420, height: 1000 });
  await panel.goto(`chrome-extension://${extId}/sidepanel.html?tab=${npTab}&view=notes`);
  await panel.waitForSelector('[data-testid=notes]', { state: 'attached' });
  const panelNotes = () => panel.$$eval('li.note-item', (ls) => ls.map((l) => ({ id: l.dataset.id, state: l.dataset.state, text: l.textContent })));

  await check('notes: 添加批注 on a finding card opens the editor; the saved note is painted (gea-note) and appears live in the side panel', async () => {
    await clickHighlight(np, '限男性');
    await np.click('.card .actions button:has-text("添加批注")');
    await np.waitForSelector('.note-card textarea[name=body]');
    const focused = await np.evaluate(() => document.getElementById('gea-ext-host').shadowRoot.activeElement?.name);
    assert(focused === 'body', `the note text box should have focus, got ${focused}`);
    await np.keyboard.type('限定男性，违反妇女权益保障法第四十三条。');
    await np.fill('.note-card input[name=tags]', '就业，招聘');
    await np.click('.note-card button[data-act=save]');
    await waitFor(async () => (await noteHl()).some((x) => x.text === '限男性' && x.where === 'p-flag'), 'a gea-note highlight on 限男性');
    const items = await waitFor(async () => {
      const l = await panelNotes();
      return l.some((i) => i.text.includes('限男性') && i.text.includes('第四十三条')) && l;
    }, 'the note in the side panel (live)');
    assert(items.length === 1, `panel notes: ${JSON.stringify(items)}`);
    assert(items[0].text.includes('#就业') && items[0].text.includes('#招聘'), `tags not shown: ${items[0].text}`);
    await np.keyboard.press('Escape');
    await waitFor(() => np.evaluate(() => !document.getElementById('gea-ext-host').shadowRoot.querySelector('.card')), 'the note card to close');
  });

  await check('notes: a note on a text selection through the context-menu path (message add-note/selection)', async () => {
    // Chrome's context menu cannot be clicked headless: the background's menu handler only sends this message to
    // the tab (entrypoints/background.ts), so the test sends the same message from the service worker.
    await np.bringToFront();
    await np.evaluate(() => {
      const t = document.getElementById('p-plain').firstChild;
      const s = t.data.indexOf('本单位应当为女职工提供哺乳室');
      const r = document.createRange();
      r.setStart(t, s);
      r.setEnd(t, s + '本单位应当为女职工提供哺乳室'.length);
      getSelection().removeAllRanges();
      getSelection().addRange(r);
    });
    const res = await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'add-note', from: 'selection' }), npTab);
    assert(res === 'ok', `add-note answered ${res}`);
    const quote = await np.evaluate(() => document.getElementById('gea-ext-host').shadowRoot.querySelector('.note-card .quote mark')?.textContent);
    assert(quote === '本单位应当为女职工提供哺乳室', `note card quote "${quote}"`);
    await np.fill('.note-card textarea[name=body]', '建议同时规定孕期女职工的工作时间安排。');
    await np.selectOption('.note-card select[name=status]', 'confirmed');
    await np.click('.note-card button[data-act=save]');
    await waitFor(async () => (await noteHl()).some((x) => x.text === '本单位应当为女职工提供哺乳室' && x.where === 'p-plain'), 'a gea-note highlight on the selection');
    await np.keyboard.press('Escape');
    await waitFor(async () => (await panelNotes()).length === 2, 'two notes in the panel');
    // the keyboard command path (Alt+Shift+N) with a selection opens the same editor; cancel leaves nothing behind
    await np.evaluate(() => {
      const t = document.getElementById('p-end').firstChild;
      const r = document.createRange();
      r.setStart(t, 4);
      r.setEnd(t, 9);
      getSelection().removeAllRanges();
      getSelection().addRange(r);
    });
    await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'command', name: 'add-note' }), npTab);
    await np.waitForSelector('.note-card button[data-act=cancel]');
    await np.click('.note-card button[data-act=cancel]');
    await np.evaluate(() => getSelection().removeAllRanges());
    assert((await panel.evaluate(DB_NOTES)).length === 2, 'cancel must not save a note');
  });

  await check('notes: after a reload each note is on its passage again', async () => {
    await np.reload();
    const got = await waitFor(async () => {
      const n = await noteHl();
      return n.length >= 2 && n;
    }, 'note highlights after reload');
    assert(got.some((x) => x.text === '限男性' && x.where === 'p-flag'), `限男性 note: ${JSON.stringify(got)}`);
    assert(got.some((x) => x.text === '本单位应当为女职工提供哺乳室' && x.where === 'p-plain'), `selection note: ${JSON.stringify(got)}`);
    const st = await npState();
    assert(st.orphanNotes.length === 0 && st.placedNotes.length === 2, `placed ${st.placedNotes.length}, orphans ${st.orphanNotes.length}`);
  });

  await check('notes: when the text around a note changes, the note follows its passage', async () => {
    const before = (await npState()).placedNotes.map((p) => p.start).sort((a, b) => a - b);
    await np.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'p-new';
      p.textContent = '第二条之一 新增条款：各单位应当保障职工的合法权益，不得因性别降低工资待遇。';
      document.getElementById('p-intro').after(p);
      const t = document.getElementById('p-plain').firstChild;
      t.data = t.data.replace('第五条 ', '第六条（原第五条，已修订） ').replace('等必要的设施', '、母婴室等必要设施');
    });
    const st = await waitFor(async () => {
      const s = await npState();
      const now = s.placedNotes.map((p) => p.start).sort((a, b) => a - b);
      return s.placedNotes.length === 2 && now.every((x, i) => x > before[i]) && s;
    }, 'notes to move with the text');
    const n = await noteHl();
    assert(n.some((x) => x.text === '本单位应当为女职工提供哺乳室' && x.where === 'p-plain'), `selection note not on its passage: ${JSON.stringify(n)}`);
    assert(n.some((x) => x.text === '限男性' && x.where === 'p-flag'), `card note not on its passage: ${JSON.stringify(n)}`);
    assert(st.orphanNotes.length === 0, 'no orphan expected');
  });

  await check('notes: deleting its passage makes the note an orphan, listed with its quote in the side panel', async () => {
    await np.evaluate(() => document.getElementById('p-plain').remove());
    await waitFor(async () => (await npState()).orphanNotes.length === 1, 'one orphan');
    const n = await noteHl();
    assert(!n.some((x) => x.text.includes('哺乳室')), `the orphan must not be painted elsewhere: ${JSON.stringify(n)}`);
    assert(n.some((x) => x.text === '限男性' && x.where === 'p-flag'), 'the other note must stay');
    const orphanText = await waitFor(() => panel.textContent('[data-testid=orphans]').catch(() => null), 'the orphans section in the panel');
    assert(orphanText.includes('本单位应当为女职工提供哺乳室') && orphanText.includes('未能定位的批注（1）'), `orphans section: ${orphanText}`);
    const items = await panelNotes();
    assert(items.length === 2 && items.filter((i) => i.state === 'orphan').length === 1, `panel: ${JSON.stringify(items)}`);
  });

  const report = await ctx.newPage();
  await report.setViewportSize({ width: 1000, height: 1200 });
  await check('verdicts: 确认问题 and 误报 (with a reason) are one click in the card; the open report updates live', async () => {
    // a second tab with the same document follows the verdicts live
    const np2 = await ctx.newPage();
    await np2.goto(notesUrl);
    await waitFor(async () => (await np2.evaluate(READ_HIGHLIGHTS)).some((x) => x.text === '仅招男性'), 'highlights in the second tab');
    const np2Tab = await tabIdOf(np2);
    await report.goto(`chrome-extension://${extId}/report.html?doc=${encodeURIComponent(docKey)}`);
    await report.waitForSelector('[data-testid=report]');
    await clickHighlight(np, '不得怀孕');
    await np.click('.card .verdicts button[data-status=confirmed]');
    await waitFor(() => np.evaluate(() => document.getElementById('gea-ext-host').shadowRoot.querySelector('.card .verdicts')?.dataset.verdict === 'confirmed'), 'the card to show 确认问题');
    const row = await waitFor(
      () => report.$$eval('[data-testid=clauses] tbody tr', (rs) => rs.map((r) => [...r.children].map((c) => c.textContent)).find((c) => c[1] === '不得怀孕')),
      'the confirmed finding in the report (live)',
    );
    assert(row[5] === '确认问题' && row[2].length > 0 && row[3].length > 0, `report row: ${JSON.stringify(row)}`);
    await np.keyboard.press('Escape');
    // 误报: asks for a reason (one click on a common reason), then the highlight goes
    await clickHighlight(np, '仅招男性');
    await np.click('.card .verdicts button[data-status=false-positive]');
    await np.waitForSelector('.card form.reason .chip');
    await np.click('.card form.reason .chip >> nth=0');
    await waitFor(async () => !(await npHl()).some((x) => x.text === '仅招男性' && x.name !== 'gea-active'), 'the false positive to be unpainted');
    await waitFor(async () => (await report.textContent('[data-testid=summary]')).includes('误报 1 处'), 'the report summary to count the false positive');
    await np.keyboard.press('Escape');
    const other = await waitFor(async () => {
      const st2 = await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), np2Tab);
      const v = (q) => st2.findings.find((f) => f.quote === q)?.verdict?.status;
      return v('不得怀孕') === 'confirmed' && v('仅招男性') === 'false-positive' && st2;
    }, 'the verdicts in the other tab');
    assert(!(await np2.evaluate(READ_HIGHLIGHTS)).some((x) => x.text === '仅招男性' && x.name !== 'gea-active'), 'the other tab still paints the false positive');
    assert(other.findings.find((f) => f.quote === '仅招男性').verdict.reason, 'the reason is missing');
    await np2.close();
    const summary = await report.textContent('[data-testid=summary]');
    assert(summary.includes('确认问题 1 处'), `summary: ${summary}`);
    // the selection note (status 确认问题) has its own row
    const rows = await report.$$eval('[data-testid=clauses] tbody tr', (rs) => rs.map((r) => r.dataset.source + ':' + r.children[1].textContent));
    assert(rows.includes('note:本单位应当为女职工提供哺乳室'), `rows: ${JSON.stringify(rows)}`);
    const st = await npState();
    const panelProgress = await waitFor(async () => {
      const t = await panel.textContent('[data-testid=progress]');
      return t.includes('已评判 2 /') && t;
    }, 'the panel progress');
    assert(panelProgress.includes(`/ ${st.findings.filter((f) => f.kind !== 'missing').length} 处问题`), `progress: ${panelProgress}`);
  });

  await check('report: header, clause table, checklist, conclusion saved; Markdown and .docx export; screenshot', async () => {
    await report.bringToFront();
    await report.fill('[data-testid=reviewer]', '李评审');
    await report.fill('[data-testid=conclusion]', '该办法第三条、第四条、第五条存在性别歧视或保护不足的问题，建议按上表修改后再行发布。');
    await waitFor(async () => (await report.textContent('[data-testid=save-state]')).includes('已保存'), 'the conclusion to be saved');
    await new Promise((r) => setTimeout(r, 600)); // the reviewer setting is saved after a short pause
    await report.reload();
    await report.waitForSelector('[data-testid=report]');
    const val = await waitFor(() => report.inputValue('[data-testid=conclusion]').then((v) => v || null), 'the saved conclusion');
    assert(val.startsWith('该办法第三条'), `conclusion after reload: ${val}`);
    const head = await report.textContent('table.info');
    for (const s of ['评估对象', '社区工作者招聘办法', '网址', notesUrl, '评估人', '李评审', '日期', '评估依据（配置）']) assert(head.includes(s), `header lacks ${s}: ${head}`);
    const cols = await report.$$eval('[data-testid=clauses] thead th', (t) => t.map((x) => x.textContent));
    assert(JSON.stringify(cols) === JSON.stringify(['序号', '条款原文', '问题', '依据', '修改建议', '处理情况']), `columns ${cols}`);
    const [md] = await Promise.all([report.waitForEvent('download'), report.click('[data-testid=export-md]')]);
    const mdText = readFileSync(await md.path(), 'utf8');
    assert(mdText.includes('不得怀孕') && mdText.includes('| 条款原文 |') === false ? mdText.includes('条款原文') : true, 'markdown lacks the table');
    assert(mdText.includes('该办法第三条'), 'markdown lacks the conclusion');
    const [dx] = await Promise.all([report.waitForEvent('download'), report.click('[data-testid=export-docx]')]);
    const bytes = readFileSync(await dx.path());
    assert(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.length > 2000, `.docx is not a zip (${bytes.length} bytes)`);
    assert(dx.suggestedFilename().endsWith('.docx'), dx.suggestedFilename());
    // print CSS: toolbar and input hidden, conclusion printed as text
    await report.emulateMedia({ media: 'print' });
    const printed = await report.evaluate(() => ({
      toolbar: getComputedStyle(document.querySelector('.toolbar')).display,
      input: getComputedStyle(document.querySelector('.conclusion-input')).display,
      text: getComputedStyle(document.querySelector('.conclusion-print')).display,
    }));
    assert(printed.toolbar === 'none' && printed.input === 'none' && printed.text === 'block', `print styles: ${JSON.stringify(printed)}`);
    await report.emulateMedia({ media: 'screen' });
    await report.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true });
  });

  let exported = '';
  let beforeNotes = [];
  await check('export → clear → import gives back the same notes (W3C JSON); CSV export has the header', async () => {
    await panel.bringToFront();
    beforeNotes = await panel.evaluate(DB_NOTES);
    assert(beforeNotes.length === 2, `expected 2 notes, got ${beforeNotes.length}`);
    const [dl] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-testid=export-json]')]);
    exported = readFileSync(await dl.path(), 'utf8');
    const coll = JSON.parse(exported);
    assert(coll.type === 'AnnotationCollection' && coll.first.items.length === 2, 'not a W3C collection of 2');
    assert(coll.first.items.every((a) => a.target.selector.some((s) => s.type === 'TextQuoteSelector') && a.target.source === notesUrl), 'selectors/source missing');
    const [csv] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-testid=export-csv]')]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    assert(csvText.startsWith('\uFEFF编号,文档,来源,原文') && csvText.includes('限男性'), `csv: ${csvText.slice(0, 80)}`);
    await panel.click('[data-testid=clear-doc]');
    await waitFor(async () => (await panel.evaluate(DB_NOTES)).length === 0, 'the notes to be deleted');
    await waitFor(async () => (await noteHl()).length === 0, 'the page to drop the note highlights (live)');
    await panel.setInputFiles('[data-testid=import-file]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    const msg = await waitFor(() => panel.textContent('[data-testid=notes-status]').catch(() => null).then((t) => t && t.includes('导入完成') && t), 'the import message');
    assert(msg.includes('新增 2 条'), msg);
    const after = await panel.evaluate(DB_NOTES);
    assert(canon(after) === canon(beforeNotes), `notes differ after the round trip:\n${JSON.stringify(beforeNotes)}\n${JSON.stringify(after)}`);
    await waitFor(async () => (await noteHl()).some((x) => x.text === '限男性'), 'the imported note painted again');
    // importing the same file again adds nothing
    await panel.setInputFiles('[data-testid=import-file]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await waitFor(() => panel.textContent('[data-testid=notes-status]').then((t) => t.includes('未变 2 条')), 'second import: unchanged');
    assert((await panel.evaluate(DB_NOTES)).length === 2, 'duplicates after a second import');
  });

  await check('a malformed import file changes nothing and says what is wrong', async () => {
    const coll = JSON.parse(exported);
    const good = { ...coll.first.items[0], id: 'urn:uuid:11111111-2222-4333-8444-555555555555' };
    const bad = { ...coll.first.items[1], id: 'urn:uuid:66666666-2222-4333-8444-555555555555', target: { source: notesUrl, selector: [{ type: 'TextPositionSelector', start: 9, end: 2 }] } };
    const file = JSON.stringify({ ...coll, first: { ...coll.first, items: [good, bad] } });
    const before = await panel.evaluate(DB_NOTES);
    await panel.setInputFiles('[data-testid=import-file]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const err = await waitFor(() => panel.textContent('[data-testid=import-errors]').catch(() => null), 'the import error');
    assert(err.includes('未导入任何内容') && err.includes('第 2 条批注') && err.includes('selector'), `error text: ${err}`);
    assert(JSON.stringify(await panel.evaluate(DB_NOTES)) === JSON.stringify(before), 'a bad file changed the notes');
    await panel.setInputFiles('[data-testid=import-file]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('这不是 JSON {') });
    await waitFor(() => panel.textContent('[data-testid=import-errors]').then((t) => t.includes('不是有效的 JSON')), 'the JSON syntax error');
    assert(JSON.stringify(await panel.evaluate(DB_NOTES)) === JSON.stringify(before), 'a non-JSON file changed the notes');
    await panel.click('[data-testid=import-errors] button');
  });

  await check('notes tab: search, filters, edit, delete with undo; screenshot', async () => {
    await panel.bringToFront();
    await panel.fill('[data-testid=note-search]', '第四十三条');
    await waitFor(async () => (await panelNotes()).length === 1, 'search to narrow to one note');
    await panel.fill('[data-testid=note-search]', '');
    await panel.selectOption('[data-testid=note-status]', 'confirmed');
    await waitFor(async () => {
      const l = await panelNotes();
      return l.length === 1 && l[0].text.includes('哺乳室');
    }, 'status filter');
    await panel.selectOption('[data-testid=note-status]', '');
    await panel.selectOption('[data-testid=note-tag]', '就业');
    await waitFor(async () => (await panelNotes()).length === 1, 'tag filter');
    await panel.selectOption('[data-testid=note-tag]', '');
    // edit in the panel: the page follows (status shown in the page's note card on open)
    const first = (await panelNotes()).find((i) => i.text.includes('限男性'));
    await panel.click(`li.note-item[data-id="${first.id}"] button[data-act=edit]`);
    await panel.fill(`li.note-item[data-id="${first.id}"] textarea[name=body]`, '限定男性，违反妇女权益保障法第四十三条。建议删除“限男性”。');
    await panel.click(`li.note-item[data-id="${first.id}"] button[data-act=save]`);
    await waitFor(async () => (await panel.evaluate(DB_NOTES)).some((n) => n.body.endsWith('建议删除“限男性”。')), 'the edit saved');
    await panel.click(`li.note-item[data-id="${first.id}"] button[data-act=edit]`);
    // delete with undo
    await panel.click(`li.note-item[data-id="${first.id}"] button[data-act=delete]`);
    await waitFor(async () => (await panelNotes()).length === 1, 'the note to go');
    await panel.click('[data-testid=undo]');
    await waitFor(async () => (await panelNotes()).length === 2, 'undo to bring it back');
    await waitFor(async () => (await noteHl()).some((x) => x.text === '限男性'), 'the page to paint it again');
    await panel.screenshot({ path: join(SHOTS, 'notes.png'), fullPage: true });
  });

  await check('a note highlight opens its note card on click', async () => {
    await np.bringToFront();
    // click on a note that does not overlap a finding: add one on plain text first
    await np.evaluate(() => {
      const t = document.getElementById('p-end').firstChild;
      const r = document.createRange();
      r.setStart(t, 4);
      r.setEnd(t, 11);
      getSelection().removeAllRanges();
      getSelection().addRange(r);
    });
    await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'add-note', from: 'selection' }), npTab);
    await np.fill('.note-card textarea[name=body]', '施行日期宜明确。');
    await np.click('.note-card button[data-act=save]');
    await waitFor(async () => (await noteHl()).some((x) => x.where === 'p-end'), 'the third note painted');
    await np.keyboard.press('Escape');
    await np.evaluate(() => getSelection().removeAllRanges());
    await waitFor(() => np.evaluate(() => !document.getElementById('gea-ext-host').shadowRoot.querySelector('.card')), 'the card to close');
    const rect = await np.evaluate(() => {
      for (const r of CSS.highlights.get('gea-note')) if (r.startContainer.parentElement.id === 'p-end') {
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    });
    await np.mouse.click(rect.x, rect.y);
    const body = await waitFor(() => np.evaluate(() => document.getElementById('gea-ext-host').shadowRoot.querySelector('.note-card textarea[name=body]')?.value), 'the note card');
    assert(body === '施行日期宜明确。', `note card body ${body}`);
    await np.screenshot({ path: join(ARTIFACTS, 'note-card.png') });
    await np.keyboard.press('Escape');
  });

  await report.close();
  await panel.close();
  await np.close();

  await check('no console errors from the extension', async () => {
    const ours = consoleErrors.filter((t) => t.includes('性别平等评估助手'));
    assert(!ours.length, ours.join('\n'));
  });
  await page.close();

  // One scan of the 1 MB page; returns the tasks over 50 ms after the page's own load, with a summary line.
  const scanLongPage = async () => {
    const p = await ctx.newPage();
    await p.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__long.push({ start: e.startTime, dur: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      // T0: the page's own parsing and first layout are done
      addEventListener('load', () => {
        document.body.offsetHeight;
        requestAnimationFrame(() => setTimeout(() => (window.__t0 = performance.now()), 0));
      });
    });
    await p.goto(`${BASE}/long.html`, { timeout: 60000 });
    const t0 = Date.now();
    // the visible part is painted first
    await waitFor(() => p.evaluate(() => [...(CSS.highlights.get('gea-violation-high') ?? [])].some((r) => r.toString() === '限男性' && r.getBoundingClientRect().top < innerHeight)), 'the first visible highlight', 30000);
    const firstMs = Date.now() - t0;
    const n = await waitFor(async () => {
      const c = await p.evaluate(() => {
        let c = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('gea-')) for (const r of h) if (r.toString() === '限男性') c++;
        return c;
      });
      return c >= LONG.flagged && c;
    }, `all ${LONG.flagged} highlights`, 60000, 250);
    await new Promise((r) => setTimeout(r, 500));
    const { long, t0: T0, len } = await p.evaluate(() => ({ long: window.__long, t0: window.__t0, len: document.body.innerText.length }));
    const ours = long.filter((e) => e.start >= T0);
    console.log(`    ${len} chars, ${n} highlights; first visible after ${firstMs} ms; long tasks after load: ${JSON.stringify(ours.map((e) => Math.round(e.dur)))}`);
    assert(len > 900000, `page too short: ${len}`);
    await p.close();
    return ours;
  };
  await check('a 1 MB regulation is scanned and painted with no task over 50 ms', async () => {
    // A shared 2-core CI machine can add a one-off pause (a major GC) to any run; a second clean scan must then
    // show no long task at all. Both attempts are printed.
    let ours = await scanLongPage();
    if (ours.length) {
      console.log(`    attempt 1 had tasks over 50 ms: ${JSON.stringify(ours)}; scanning again`);
      ours = await scanLongPage();
    }
    assert(!ours.length, `tasks over 50 ms while scanning: ${JSON.stringify(ours)}`);
  });

  const samples = existsSync(DIRS['/samples/']) ? readdirSync(DIRS['/samples/']).filter((f) => f.endsWith('.html')).sort() : [];
  await check(`sample pages from public/samples (${samples.length}) are scanned without changing their markup`, async () => {
    const problems = [];
    for (const s of samples) {
      const p = await ctx.newPage();
      await p.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (window.__geaBefore = document.documentElement.outerHTML)));
      await p.goto(`${BASE}/samples/${encodeURIComponent(s)}`);
      const tabId = await tabIdOf(p);
      const state = await waitFor(async () => {
        const st = await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), tabId);
        return st && (st.status === 'ready' || st.status === 'error') && st;
      }, `${s} scanned`, 20000);
      if (state.status !== 'ready') problems.push(`${s}: ${state.status} ${state.error ?? ''}`);
      const h = await p.evaluate(READ_HIGHLIGHTS);
      const located = state.findings.filter((f) => f.kind !== 'missing');
      const quotes = new Set(located.map((f) => f.quote.replace(/\s+/g, '')));
      for (const x of h) if (!x.name.endsWith('active') && ![...quotes].some((q) => q.includes(x.text.replace(/\s+/g, '')))) problems.push(`${s}: highlight "${x.text}" matches no finding quote`);
      const painted = h.filter((x) => !x.name.endsWith('active')).length;
      if (painted < located.filter((f) => f.source === 'page').length) problems.push(`${s}: ${located.length} findings but ${painted} highlights`);
      const same = await p.evaluate(() => {
        const c = document.documentElement.cloneNode(true);
        c.querySelector('#gea-ext-host')?.remove();
        return c.outerHTML === window.__geaBefore;
      });
      if (!same) problems.push(`${s}: markup changed`);
      console.log(`    ${s}: ${located.length} located findings, ${state.findings.length - located.length} missing elements, doc types ${JSON.stringify(state.docTypes.map((d) => d.id))}`);
      await p.close();
    }
    assert(!problems.length, problems.join('\n'));
  });

  await check('popup shows counts and the site switch turns scanning off and on', async () => {
    const p = await ctx.newPage();
    await p.goto(recruitUrl);
    await waitFor(() => p.evaluate(READ_HIGHLIGHTS).then((h) => h.length > 0), 'scan');
    const tabId = await tabIdOf(p);
    const popup = await ctx.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
    const counts = await waitFor(() => popup.textContent('[data-testid=counts]'), 'popup counts');
    assert(/共 \d+ 处问题/.test(counts) && /高 \d+/.test(counts), `popup counts: ${counts}`);
    await popup.click('[data-testid=site-toggle]');
    await waitFor(() => p.evaluate(READ_HIGHLIGHTS).then((h) => h.length === 0), 'highlights removed when the site is off');
    const st = await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), tabId);
    assert(st.status === 'site-off', `status ${st.status}`);
    await popup.click('[data-testid=site-toggle]');
    await waitFor(() => p.evaluate(READ_HIGHLIGHTS).then((h) => h.length > 0), 'highlights back when the site is on again');
    await popup.close();
    await p.close();
  });

  await check('screenshots of a sample (page with card, side panel, popup) for the README', async () => {
    const sample = samples.includes('recruitment.html') ? 'recruitment.html' : samples[0];
    const url = sample ? `${BASE}/samples/${sample}` : recruitUrl;
    const p = await ctx.newPage();
    await p.setViewportSize({ width: 1000, height: 720 });
    await p.goto(url);
    await waitFor(() => p.evaluate(READ_HIGHLIGHTS).then((h) => h.length > 0), 'highlights');
    const tabId = await tabIdOf(p);
    // step to the first finding with the keyboard command and open its card, as a user would
    await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'command', name: 'next-finding' }), tabId);
    await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'command', name: 'open-card' }), tabId);
    await waitFor(() => p.evaluate(() => !!document.getElementById('gea-ext-host')?.shadowRoot?.querySelector('.card')), 'card');
    await new Promise((r) => setTimeout(r, 1500)); // let the flash end
    await p.screenshot({ path: join(SHOTS, 'page-card.png') });
    const panel = await ctx.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${extId}/sidepanel.html?tab=${tabId}`);
    await waitFor(() => panel.$$eval('li.finding', (l) => l.length > 0), 'panel findings');
    await panel.screenshot({ path: join(SHOTS, 'sidepanel.png'), fullPage: true });
    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 344, height: 260 });
    await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
    await waitFor(() => popup.textContent('[data-testid=counts]'), 'popup');
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });
    for (const x of [popup, panel, p]) await x.close();
  });

  await check('no request leaves 127.0.0.1', async () => {
    const outside = requests.filter((u) => !allowed(u));
    assert(requests.length > 0, 'no requests recorded at all (listener broken?)');
    assert(!outside.length, `requests outside 127.0.0.1: ${outside.join(', ')}`);
  });
} catch (e) {
  console.log(`✘ harness error during "${current}": ${e?.stack ?? e}`);
  exitCode = 1;
} finally {
  await ctx.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length || exitCode ? 1 : 0);
