/**
 * Schema versions and migrations of the extension's IndexedDB (lib/store/db.ts), on fake-indexeddb.
 * Each test writes data with an earlier released schema, closes it, and opens the current one.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createNote, toWebAnnotations, parseWebAnnotations } from '../../lib/annotations/index.ts';
import { docKeyOfPage, GeaDB, SCHEMA, Store, textFingerprint } from '../../lib/store/db.ts';

let n = 0;
const fresh = () => `mig-${++n}-${Math.random().toString(36).slice(2)}`;

const TEXT = '第一条 招聘条件：限男性，35周岁以下。第二条 司机岗位限男性。';

describe('schema history', () => {
  it('every version only adds tables (released versions are never edited)', () => {
    expect(Object.keys(SCHEMA)).toEqual(['1', '2']);
    const v1 = Object.keys(SCHEMA[1]);
    const v2 = Object.keys(SCHEMA[2]);
    expect(v1.filter((t) => v2.includes(t))).toEqual([]);
  });

  it('a v1 database (first release) opens as v2 with all its data, and pages become documents', async () => {
    const name = fresh();
    // Write with exactly the first release's schema.
    const old = new GeaDB(name, 1);
    await old.open();
    expect(old.verno).toBe(1);
    await old.table('ignores').bulkAdd([
      { page: 'https://a.gov.cn/draft.html', ruleId: 'emp-male-only', quote: '限男性', before: '招聘条件：', after: '，35周岁', createdAt: 1000 },
      { page: 'https://a.gov.cn/draft.html#field:0', ruleId: 'emp-male-only', quote: '限男性', before: '', after: '', createdAt: 3000 },
      { page: 'file:///home/u/%E8%8D%89%E6%A1%88.html', ruleId: 'x', quote: '男', before: '', after: '', createdAt: 500 },
    ]);
    await old.table('disabledRules').put({ ruleId: 'lang-stereotype', createdAt: 10 });
    await old.table('reports').add({ page: 'https://a.gov.cn/draft.html', ruleId: 'emp-male-only', quote: '限男性', before: 'a', after: 'b', note: '上下文为禁止性规定', createdAt: 2000 });
    old.close();

    const db = new GeaDB(name);
    await db.open();
    expect(db.verno).toBe(2);
    const store = new Store(db);
    // v1 data survives unchanged
    expect(await store.allIgnores()).toHaveLength(3);
    expect(await store.ignoresFor('https://a.gov.cn/draft.html')).toHaveLength(1);
    expect(await store.disabledRules()).toEqual(['lang-stereotype']);
    const reps = await store.reports();
    expect(reps).toHaveLength(1);
    expect(reps[0]).toMatchObject({ note: '上下文为禁止性规定', quote: '限男性' });
    // the v1 unique index still holds
    await store.ignore('https://a.gov.cn/draft.html', '招聘条件：限男性，35周岁', { ruleId: 'emp-male-only', quote: '限男性', start: 5, end: 8 });
    expect(await store.ignoresFor('https://a.gov.cn/draft.html')).toHaveLength(1);
    // documents derived from v1 pages (field scopes fold into their page), first/last seen from the entries
    const docs = await store.documents();
    expect(docs.map((d) => d.key).sort()).toEqual(['file:///home/u/%E8%8D%89%E6%A1%88.html', 'https://a.gov.cn/draft.html']);
    const a = docs.find((d) => d.key === 'https://a.gov.cn/draft.html')!;
    expect(a).toMatchObject({ kind: 'url', firstSeen: 1000, lastSeen: 3000, findingKeys: [] });
    const f = docs.find((d) => d.kind === 'file')!;
    expect(f.file).toBe('草案.html');
    // new tables are usable at once
    expect(await store.allNotes()).toEqual([]);
    expect(await store.allVerdicts()).toEqual([]);
    db.close();
  });

  it('an empty v1 database upgrades too', async () => {
    const name = fresh();
    const old = new GeaDB(name, 1);
    await old.open();
    old.close();
    const db = new GeaDB(name);
    await db.open();
    expect(await db.documents.count()).toBe(0);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['disabledRules', 'documents', 'ignores', 'notes', 'reports', 'texts', 'verdicts']);
    db.close();
  });

  it('a raw v1 database written by Dexie without our class upgrades (what issue 4 shipped)', async () => {
    const name = fresh();
    const raw = new Dexie(name);
    raw.version(1).stores({ ignores: '++id, page, ruleId, &[page+ruleId+quote+before+after]', disabledRules: 'ruleId', reports: '++id, page, ruleId, createdAt' });
    await raw.table('disabledRules').put({ ruleId: 'r1', createdAt: 1 });
    raw.close();
    const store = new Store(new GeaDB(name));
    expect(await store.disabledRules()).toEqual(['r1']);
    store.db.close();
  });

  it('docKeyOfPage folds field scopes', () => {
    expect(docKeyOfPage('https://x/a#field:12')).toBe('https://x/a');
    expect(docKeyOfPage('https://x/a')).toBe('https://x/a');
  });
});

describe('v2 data: documents, notes, verdicts', () => {
  it('seeDocument keeps firstSeen, updates lastSeen, fingerprint and text', async () => {
    const store = new Store(new GeaDB(fresh()));
    const d1 = await store.seeDocument({ key: 'https://x/a', url: 'https://x/a?x=1', title: '草案', text: TEXT, findingKeys: ['k1', 'k1', 'k2'] }, 100);
    expect(d1).toMatchObject({ firstSeen: 100, lastSeen: 100, title: '草案', textLength: TEXT.length, findingKeys: ['k1', 'k2'], kind: 'url' });
    expect(d1.textHash).toBe(await textFingerprint(TEXT));
    expect(d1.textHash).toMatch(/^[0-9a-f]{64}$/);
    const d2 = await store.seeDocument({ key: 'https://x/a', url: 'https://x/a', title: '', text: TEXT + '补充', findingKeys: [] }, 200);
    expect(d2).toMatchObject({ firstSeen: 100, lastSeen: 200, title: '草案' });
    expect(d2.textHash).not.toBe(d1.textHash);
    expect(await store.documentText('https://x/a')).toBe(TEXT + '补充');
    await store.setConclusion('https://x/a', '建议修改后发布。');
    expect((await store.document('https://x/a'))!.conclusion).toBe('建议修改后发布。');
    await expect(store.setConclusion('nope', 'x')).rejects.toThrow(/Unknown document/);
    const f = await store.seeDocument({ key: 'file:///tmp/%E8%8D%89.html', url: 'file:///tmp/%E8%8D%89.html', title: '', text: 'x', findingKeys: [] });
    expect(f).toMatchObject({ kind: 'file', file: '草.html' });
  });

  it('notes: validated put, delete returns the notes, restore brings them back', async () => {
    const store = new Store(new GeaDB(fresh()));
    const s = TEXT.indexOf('限男性');
    const note = createNote({ docKey: 'd', text: TEXT, start: s, end: s + 3, reviewer: '张三', body: '限定性别', tags: ['就业'] });
    await store.putNote(note);
    await expect(store.putNote({ ...note, id: '' })).rejects.toThrow(/Invalid note/);
    expect(await store.notesFor('d')).toEqual([note]);
    const gone = await store.deleteNotes([note.id, 'missing']);
    expect(gone).toEqual([note]);
    expect(await store.notesFor('d')).toEqual([]);
    await store.restoreNotes(gone);
    expect(await store.note(note.id)).toEqual(note);
    // tags are a multi-entry index
    expect(await store.db.notes.where('tags').equals('就业').count()).toBe(1);
  });

  it('import merges by id without duplicates (export → clear → import is lossless)', async () => {
    const store = new Store(new GeaDB(fresh()));
    const s = TEXT.indexOf('限男性');
    const a = createNote({ docKey: 'd', text: TEXT, start: s, end: s + 3, reviewer: '张三', body: '一', now: '2025-01-01T00:00:00.000Z' });
    const b = createNote({ docKey: 'd', text: TEXT, start: 0, end: 3, reviewer: '张三', body: '二', status: 'confirmed', now: '2025-01-01T00:00:00.000Z' });
    await store.putNote(a);
    await store.putNote(b);
    const file = JSON.stringify(toWebAnnotations(await store.notesFor('d')));
    // import twice: nothing duplicated
    const parsed = parseWebAnnotations(file);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(await store.importNotes(parsed.notes)).toEqual({ ok: true, added: 0, updated: 0, unchanged: 2 });
    expect(await store.db.notes.count()).toBe(2);
    await store.deleteNotes([a.id, b.id]);
    expect(await store.importNotes(parsed.notes)).toEqual({ ok: true, added: 2, updated: 0, unchanged: 0 });
    const back = (await store.notesFor('d')).sort((x, y) => x.body.localeCompare(y.body));
    expect(back).toEqual([a, b].sort((x, y) => x.body.localeCompare(y.body)));
    // a newer copy replaces, an older one does not
    const newer = { ...a, body: '改', updated: '2026-01-01T00:00:00.000Z' };
    const older = { ...b, body: '旧', updated: '2024-01-01T00:00:00.000Z' };
    expect(await store.importNotes([newer, older])).toEqual({ ok: true, added: 0, updated: 1, unchanged: 1 });
    expect((await store.note(a.id))!.body).toBe('改');
    expect((await store.note(b.id))!.body).toBe('二');
    // invalid notes: nothing written
    const before = await store.allNotes();
    const bad = await store.importNotes([{ ...a, id: 'fresh-id' }, { ...b, id: 'x2', status: 'bogus' as any }]);
    expect(bad.ok).toBe(false);
    expect(await store.allNotes()).toEqual(before);
  });

  it('verdicts: one per finding, open removes, false positive needs a reason', async () => {
    const store = new Store(new GeaDB(fresh()));
    const base = { docKey: 'd', findingKey: 'emp#1', ruleId: 'emp', reviewer: '张三', updated: '2025-01-01T00:00:00Z' };
    await store.setVerdict({ ...base, status: 'confirmed' });
    await store.setVerdict({ ...base, status: 'fixed' });
    expect(await store.verdictsFor('d')).toEqual([{ ...base, status: 'fixed' }]);
    await expect(store.setVerdict({ ...base, status: 'false-positive' })).rejects.toThrow(/reason/);
    await store.setVerdict({ ...base, status: 'false-positive', reason: '法定例外' });
    expect((await store.verdictsFor('d'))[0]).toMatchObject({ status: 'false-positive', reason: '法定例外' });
    await store.setVerdict({ ...base, status: 'open' });
    expect(await store.verdictsFor('d')).toEqual([]);
  });
});
