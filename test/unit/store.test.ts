import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GeaDB, Store, pageKey } from '../../lib/store/db.ts';
import { getSettings, siteEnabled, siteOf, updateSettings, DEFAULT_SETTINGS, bumpRev, onSettingsChanged } from '../../lib/store/settings.ts';

let n = 0;
describe('store (Dexie)', () => {
  let store: Store;
  beforeEach(() => {
    store = new Store(new GeaDB(`test-${++n}`));
  });

  const text = '第一条 招聘条件：限男性，35周岁以下。第二条 司机岗位限男性。';
  const occ = (i: number) => {
    const start = text.indexOf('限男性', i);
    return { ruleId: 'emp-male-only', quote: '限男性', start, end: start + 3 };
  };

  it('ignores one occurrence and keeps the others', async () => {
    const page = pageKey('http://127.0.0.1:8080/a.html?x=1#top');
    expect(page).toBe('http://127.0.0.1:8080/a.html');
    const a = occ(0);
    const b = occ(a.end);
    await store.ignore(page, text, a);
    await store.ignore(page, text, a); // idempotent
    expect(await store.ignoresFor(page)).toHaveLength(1);
    expect(await store.filterIgnored(page, text, [a, b])).toEqual([b]);
    // still ignored after the text shifts (matching by context, not offsets)
    const shifted = '前言。' + text;
    const a2 = { ...a, start: a.start + 3, end: a.end + 3 };
    expect(await store.filterIgnored(page, shifted, [a2])).toEqual([]);
    // other pages unaffected
    expect(await store.filterIgnored('http://x/other', text, [a])).toEqual([a]);
  });

  it('persists across database instances', async () => {
    const name = `persist-${++n}`;
    const s1 = new Store(new GeaDB(name));
    await s1.disableRule('emp-male-only');
    await s1.report('p', text, occ(0), '上下文是禁止性规定');
    s1.db.close();
    const s2 = new Store(new GeaDB(name));
    expect(await s2.disabledRules()).toEqual(['emp-male-only']);
    const reps = await s2.reports();
    expect(reps).toHaveLength(1);
    expect(reps[0]).toMatchObject({ ruleId: 'emp-male-only', quote: '限男性', note: '上下文是禁止性规定', before: '第一条 招聘条件：' });
    await s2.enableRule('emp-male-only');
    expect(await s2.disabledRules()).toEqual([]);
  });

  it('removes an ignore', async () => {
    await store.ignore('p', text, occ(0));
    const [g] = await store.ignoresFor('p');
    await store.unignore(g.id!);
    expect(await store.ignoresFor('p')).toEqual([]);
  });
});

describe('settings (storage.local)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults, updates and validates', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ mode: 'click', disabledSites: ['example.org'] });
    const s = await getSettings();
    expect(s.mode).toBe('click');
    expect(siteEnabled(s, 'https://example.org/x')).toBe(false);
    expect(siteEnabled(s, 'https://example.com/x')).toBe(true);
    await updateSettings({ mode: 'bogus' as any, locale: 'en' });
    expect((await getSettings()).mode).toBe('auto');
  });

  it('site keys', () => {
    expect(siteOf('file:///home/a.html')).toBe('file://');
    expect(siteOf('http://127.0.0.1:3000/x')).toBe('127.0.0.1:3000');
  });

  it('notifies on changes and rev bumps', async () => {
    const seen: string[] = [];
    const off = onSettingsChanged((s, rev) => seen.push(`${s ? s.mode : '-'}/${rev}`));
    await updateSettings({ mode: 'click' });
    await bumpRev();
    off();
    expect(seen).toEqual(['click/false', '-/true']);
  });
});
