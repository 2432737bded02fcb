import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNote, filterNotes, matchVerdicts, progressOf, rulesOf, sortNotes, tagsOf, toWebAnnotations, type Note } from '../../lib/annotations/index.ts';
import { parseTags } from '../../components/NoteEditor.tsx';
import { exportCsv, exportJson, fileStem, importAnnotations, store } from '../../components/notes-client.ts';
import { DEFAULT_SETTINGS, getSettings, NOTES_REV_KEY, onNotesChanged, updateSettings } from '../../lib/store/settings.ts';

const TEXT = '第三条 招聘条件：限男性，具有大专以上学历。第四条 聘用人员合同期内不得怀孕。第五条 本单位应当为女职工提供哺乳室。';
const at = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length] as const;

function notes(): Note[] {
  const [a, b] = at('限男性');
  const [c, d] = at('不得怀孕');
  const [e, f] = at('哺乳室');
  return [
    createNote({ docKey: 'doc1', text: TEXT, start: a, end: b, reviewer: '张三', body: '违反第四十三条', tags: ['就业', '招聘'], ruleId: 'emp', now: '2025-01-01T00:00:00Z' }),
    createNote({ docKey: 'doc1', text: TEXT, start: c, end: d, reviewer: '李四', body: '婚育限制', tags: ['就业'], status: 'confirmed', ruleId: 'preg', now: '2025-01-02T00:00:00Z' }),
    createNote({ docKey: 'doc2', text: TEXT, start: e, end: f, reviewer: '张三', body: '', tags: [], status: 'false-positive', reason: '不是限定条件', now: '2025-01-03T00:00:00Z' }),
  ];
}

describe('note queries (side panel)', () => {
  it('searches quote, body, tags, reason and reviewer; all words must match', () => {
    const ns = notes();
    expect(filterNotes(ns, { q: '第四十三条' }).map((n) => n.quote.exact)).toEqual(['限男性']);
    expect(filterNotes(ns, { q: '哺乳室' })).toHaveLength(1);
    expect(filterNotes(ns, { q: '限定条件' })).toHaveLength(1); // reason
    expect(filterNotes(ns, { q: '李四' })).toHaveLength(1);
    expect(filterNotes(ns, { q: '就业 婚育' }).map((n) => n.ruleId)).toEqual(['preg']);
    expect(filterNotes(ns, { q: '  ' })).toHaveLength(3);
  });

  it('filters by status, tag, rule and document', () => {
    const ns = notes();
    expect(filterNotes(ns, { status: 'confirmed' })).toHaveLength(1);
    expect(filterNotes(ns, { tag: '就业' })).toHaveLength(2);
    expect(filterNotes(ns, { tag: '招聘', status: 'confirmed' })).toHaveLength(0);
    expect(filterNotes(ns, { ruleId: 'emp' })).toHaveLength(1);
    expect(filterNotes(ns, { docKey: 'doc2' })).toHaveLength(1);
    expect(tagsOf(ns)).toEqual([['就业', 2], ['招聘', 1]]);
    expect(rulesOf(ns)).toEqual([['emp', 1], ['preg', 1]]);
  });

  it('sorts by document, then by placed position, then newest', () => {
    const ns = notes().reverse();
    expect(sortNotes(ns).map((n) => n.quote.exact)).toEqual(['限男性', '不得怀孕', '哺乳室']);
    const placed = new Map([[ns[1].id, 0], [ns[2].id, 5]]); // 不得怀孕 first now
    expect(sortNotes(ns, placed).map((n) => n.quote.exact)).toEqual(['不得怀孕', '限男性', '哺乳室']);
  });

  it('progress counts verdicts on current findings only', () => {
    const p = progressOf(['a', 'b', 'c', 'c'], [
      { findingKey: 'a', status: 'confirmed' },
      { findingKey: 'b', status: 'false-positive' },
      { findingKey: 'gone', status: 'fixed' },
      { findingKey: 'c', status: 'open' },
    ]);
    expect(p).toEqual({ total: 3, decided: 2, byStatus: { open: 1, confirmed: 1, 'false-positive': 1, fixed: 0 } });
    expect(progressOf([], [])).toEqual({ total: 0, decided: 0, byStatus: { open: 0, confirmed: 0, 'false-positive': 0, fixed: 0 } });
  });

  it('parses tags typed with Chinese or Western separators', () => {
    expect(parseTags('就业，招聘, 就业；  健康、 ')).toEqual(['就业', '招聘', '健康']);
    expect(parseTags('')).toEqual([]);
  });

  it('file stems are safe', () => {
    expect(fileStem('https://a.gov.cn/x/y.html?q=1')).toBe('a.gov.cn_x_y.html_q=1');
    expect(fileStem('某办法：征求意见稿/修订')).toBe('某办法：征求意见稿_修订');
    expect(fileStem('')).toBe('document');
  });
});

describe('notes client (extension pages)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await store().db.notes.clear();
    await store().db.documents.clear();
  });

  it('import validates first: a bad file writes nothing and says what is wrong; a good one merges and notifies', async () => {
    const ns = notes();
    await store().putNote(ns[0]);
    let bumps = 0;
    const off = onNotesChanged(() => bumps++);
    const good = JSON.stringify(toWebAnnotations(ns));
    const bad = JSON.parse(good);
    bad.first.items[2].target.selector = [{ type: 'TextPositionSelector', start: 5, end: 1 }];
    const r1 = await importAnnotations(JSON.stringify(bad));
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.errors.join('\n')).toMatch(/第 3 条批注.*selector/);
    expect(await store().db.notes.count()).toBe(1);
    expect(bumps).toBe(0);
    const r2 = await importAnnotations('{"oops"');
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors[0]).toMatch(/不是有效的 JSON/);
    const r3 = await importAnnotations(good);
    expect(r3).toEqual({ ok: true, added: 2, updated: 0, unchanged: 1 });
    expect(await store().db.notes.count()).toBe(3);
    expect(bumps).toBe(1);
    expect((await fakeBrowser.storage.local.get(NOTES_REV_KEY))[NOTES_REV_KEY]).toBe(1);
    off();
  });

  it('exports name documents by their URL and title', async () => {
    await store().seeDocument({ key: 'doc1', url: 'https://a.gov.cn/doc1?x=1', title: '草案', text: TEXT, findingKeys: [] });
    const docs = await store().documents();
    const json = JSON.parse(exportJson(notes().slice(0, 1), docs));
    expect(json.first.items[0].target.source).toBe('https://a.gov.cn/doc1?x=1');
    expect(json.first.items[0]['gea:docKey']).toBe('doc1');
    const csv = exportCsv(notes(), docs);
    expect(csv.split('\r\n')[1]).toContain('https://a.gov.cn/doc1?x=1');
    expect(csv.split('\r\n')[3]).toContain('doc2');
  });
});

describe('settings: reviewer', () => {
  beforeEach(() => fakeBrowser.reset());
  it('defaults to empty, is trimmed and bounded', async () => {
    expect((await getSettings()).reviewer).toBe(DEFAULT_SETTINGS.reviewer);
    await updateSettings({ reviewer: '  李评审 ', organisation: '市妇联' });
    expect(await getSettings()).toMatchObject({ reviewer: '李评审', organisation: '市妇联' });
    await updateSettings({ reviewer: 'x'.repeat(500) });
    expect((await getSettings()).reviewer).toHaveLength(100);
    await updateSettings({ reviewer: 42 as any });
    expect((await getSettings()).reviewer).toBe('');
  });
});

describe('matchVerdicts', () => {
  const f = (key: string, quote = '限男性', ruleId = 'emp') => ({ key, ruleId, quote });
  const v = (findingKey: string, quote = '限男性', ruleId = 'emp') => ({ findingKey, ruleId, quote, status: 'confirmed' });
  it('matches by key first', () => {
    const m = matchVerdicts([v('a'), v('b')], [f('a'), f('b')]);
    expect([...m.keys()]).toEqual(['a', 'b']);
  });
  it('carries a verdict over when its finding changed context and is unambiguous', () => {
    const m = matchVerdicts([v('old')], [f('new')]);
    expect(m.get('new')?.findingKey).toBe('old');
  });
  it('never guesses between look-alikes', () => {
    expect(matchVerdicts([v('old')], [f('x'), f('y')]).size).toBe(0);
    expect(matchVerdicts([v('o1'), v('o2')], [f('x')]).size).toBe(0);
    expect(matchVerdicts([v('old', '男')], [f('x')]).size).toBe(0);
    expect(matchVerdicts([v('old', '限男性', 'other')], [f('x')]).size).toBe(0);
    // a finding that has its own verdict is not a candidate
    const m = matchVerdicts([v('x'), v('old')], [f('x')]);
    expect([...m]).toEqual([['x', v('x')]]);
  });
});
