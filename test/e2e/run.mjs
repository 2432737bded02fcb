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
            focused: sr.activeElement === c,
            role: c.getAttribute('role'),
          };
        }),
      'the card',
    );
    assert(card.quote === '不得怀孕', `card quote ${card.quote}`);
    assert(card.title && card.message, 'card lacks title or message');
    assert(card.basis.length > 0, 'card lacks the basis');
    assert(JSON.stringify(card.buttons) === JSON.stringify(['添加批注', '忽略此处', '关闭此规则', '误报']), `buttons ${card.buttons}`);
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

  await check('no console errors from the extension', async () => {
    const ours = consoleErrors.filter((t) => t.includes('性别平等评估助手'));
    assert(!ours.length, ours.join('\n'));
  });
  await page.close();

  await check('a 1 MB regulation is scanned and painted with no task over 50 ms', async () => {
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
    assert(!ours.length, `tasks over 50 ms while scanning: ${JSON.stringify(ours)}`);
    await p.close();
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
