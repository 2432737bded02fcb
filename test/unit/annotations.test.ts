import { describe as suite, expect, it } from 'vitest';
import {
  createNote,
  mergeNotes,
  NoteSchema,
  parseWebAnnotations,
  STATUS_LABELS,
  toCsv,
  toWebAnnotations,
  updateNote,
  type Note,
} from '../../lib/annotations/index.ts';
import * as v from 'valibot';

const TEXT =
  '第二条 招聘岗位及条件：综合管理岗2名，限男性，年龄35周岁以下。\n第三条 用人单位不得询问女性求职者的婚育情况。\n第四条 𠀀字号岗位，"待遇,面议"。';
const URL_ = 'https://example.gov.cn/draft.html';

function at(needle: string): [number, number] {
  const s = TEXT.indexOf(needle);
  return [s, s + needle.length];
}

function sampleNotes(): Note[] {
  const [a, b] = at('限男性');
  const [c, d] = at('婚育情况');
  const [e, f] = at('"待遇,面议"');
  return [
    createNote({
      docKey: URL_, text: TEXT, start: a, end: b, reviewer: '张三', body: '限定性别，违反妇女权益保障法第四十三条。\n建议删除。',
      tags: ['就业', '招聘'], status: 'confirmed', ruleId: 'cn.hiring.gender-restriction', findingKey: 'cn.hiring.gender-restriction:abc', now: '2025-03-01T08:00:00.000Z',
    }),
    createNote({
      docKey: URL_, text: TEXT, start: c, end: d, reviewer: '李四', body: '', status: 'false-positive',
      reason: '此处为禁止性规定', now: '2025-03-02T08:00:00.000Z',
    }),
    createNote({ docKey: 'file:草案.docx', text: TEXT, start: e, end: f, reviewer: '', body: '=SUM(A1) 格式, "引号"', now: '2025-03-03T08:00:00.000Z' }),
  ];
}

suite('notes', () => {
  it('creates a note with uuid, selectors, status and times', () => {
    const [n] = sampleNotes();
    expect(n.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(n.quote.exact).toBe('限男性');
    expect(n.position).toEqual({ type: 'TextPositionSelector', start: TEXT.indexOf('限男性'), end: TEXT.indexOf('限男性') + 3 });
    expect(STATUS_LABELS[n.status].zh).toBe('确认问题');
    expect(v.safeParse(NoteSchema, n).success).toBe(true);
  });

  it('requires a reason for 误报', () => {
    const [n] = sampleNotes();
    expect(() => updateNote(n, { status: 'false-positive' })).toThrow(/理由/);
    const u = updateNote(n, { status: 'false-positive', reason: '劳动保护条款' }, '2025-04-01T00:00:00.000Z');
    expect(u.status).toBe('false-positive');
    expect(u.updated).toBe('2025-04-01T00:00:00.000Z');
    expect(u.created).toBe(n.created);
  });
});

suite('W3C Web Annotation export', () => {
  it('writes both selectors, motivation, bodies, creator and dates', () => {
    const notes = sampleNotes();
    const json = toWebAnnotations(notes, { [URL_]: { source: URL_ } });
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(3);
    const [a, b, c] = json.first.items;
    expect(a.id).toBe(`urn:uuid:${notes[0].id}`);
    expect(a.type).toBe('Annotation');
    expect(a.motivation).toBe('assessing');
    expect(c.motivation).toBe('commenting');
    expect(a.creator).toEqual({ type: 'Person', name: '张三' });
    expect(a.created).toBe('2025-03-01T08:00:00.000Z');
    expect(a.modified).toBe('2025-03-01T08:00:00.000Z');
    expect(a.target.source).toBe(URL_);
    expect(a.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(a.body!.map((x) => x.purpose)).toEqual(['commenting', 'tagging', 'tagging', 'classifying', 'assessing']);
    expect(a.body!.find((x) => x.purpose === 'classifying')!.value).toBe('cn.hiring.gender-restriction');
    expect(b.body!.find((x) => x.purpose === 'assessing')!.value).toBe('误报：此处为禁止性规定');
  });

  it('counts positions in code points (non-BMP character before the quote)', () => {
    const [, , c] = sampleNotes();
    const u = TEXT.indexOf('"待遇');
    expect(c.position!.start).toBe(u - 1); // 𠀀 is two UTF-16 units, one code point
    const json = toWebAnnotations([c]);
    const pos = json.first.items[0].target.selector[1] as { start: number; end: number };
    expect(Array.from(TEXT).slice(pos.start, pos.end).join('')).toBe('"待遇,面议"');
  });

  it('round-trips: export → JSON text → import gives identical notes', () => {
    const notes = sampleNotes();
    const text = JSON.stringify(toWebAnnotations(notes, { [URL_]: { source: URL_ } }), null, 2);
    const r = parseWebAnnotations(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.notes).toStrictEqual(notes);
  });

  it('accepts a single annotation, an array and a plain W3C annotation from another tool', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/anno/1',
      type: 'Annotation',
      bodyValue: '此处需要补充性别统计',
      creator: 'Reviewer',
      target: { source: URL_, selector: { type: 'TextQuoteSelector', exact: '婚育情况' } },
    };
    const r = parseWebAnnotations(foreign, { now: '2025-01-01T00:00:00.000Z' });
    expect(r).toEqual({
      ok: true,
      notes: [{
        id: 'https://example.org/anno/1', docKey: URL_, quote: { type: 'TextQuoteSelector', exact: '婚育情况' },
        body: '此处需要补充性别统计', tags: [], status: 'open', reviewer: 'Reviewer',
        created: '2025-01-01T00:00:00.000Z', updated: '2025-01-01T00:00:00.000Z',
      }],
    });
    const arr = parseWebAnnotations(JSON.stringify(toWebAnnotations(sampleNotes()).first.items));
    expect(arr.ok && arr.notes.length).toBe(3);
  });
});

suite('W3C import validation', () => {
  const good = () => JSON.parse(JSON.stringify(toWebAnnotations(sampleNotes())));

  it('reports bad JSON and returns no notes', () => {
    const r = parseWebAnnotations('{"type": "AnnotationCollection", ');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/不是有效的 JSON/);
      expect(r.errors[0]).toMatch(/not valid JSON/);
    }
    expect('notes' in r).toBe(false);
  });

  it('reports an unrecognised structure', () => {
    const r = parseWebAnnotations({ hello: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/无法识别.*Unrecognised/);
  });

  it('names the item and the field when exact is missing', () => {
    const j = good();
    delete j.first.items[1].target.selector[0].exact;
    const r = parseWebAnnotations(j);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toContain('第 2 条批注');
      expect(r.errors[0]).toContain('Annotation #2');
      expect(r.errors[0]).toContain('target.selector[0].exact');
      expect(r.errors[0]).toMatch(/缺失.*is missing/);
    }
  });

  it('reports a missing TextQuoteSelector', () => {
    const j = good();
    j.first.items[0].target.selector = [j.first.items[0].target.selector[1]];
    const r = parseWebAnnotations(j);
    expect(!r.ok && r.errors[0]).toMatch(/第 1 条批注.*缺少 TextQuoteSelector.*has no TextQuoteSelector/);
  });

  it('reports wrong types with expected and actual type, for every bad item, and imports nothing', () => {
    const j = good();
    j.first.items[0].target.selector[1].start = '12';
    j.first.items[2].created = 'yesterday';
    j.first.items[2].body[0].value = 42;
    j.first.items[1]['gea:status'] = 'done';
    const r = parseWebAnnotations(j);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const all = r.errors.join('\n');
      expect(all).toMatch(/第 1 条批注.*target\.selector\[1\]\.start 类型错误：应为 number，实际为 string/);
      expect(all).toMatch(/Annotation #1 .*target\.selector\[1\]\.start has the wrong type: expected number, got string/);
      expect(all).toMatch(/第 3 条批注.*created 不是有效的 ISO 8601/);
      expect(all).toMatch(/第 3 条批注.*body\[0\]\.value 类型错误/);
      expect(all).toMatch(/第 2 条批注.*gea:status 应为 open/);
      expect(r.errors).toHaveLength(4);
    }
  });

  it('rejects a position whose end precedes start', () => {
    const j = good();
    j.first.items[0].target.selector[1].end = 0;
    const r = parseWebAnnotations(j);
    expect(!r.ok && r.errors[0]).toMatch(/end 不能小于 start/);
  });

  it('rejects duplicate ids in one file', () => {
    const j = good();
    j.first.items[2].id = j.first.items[0].id;
    const r = parseWebAnnotations(j);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/第 3 条批注.*与第 1 条重复.*duplicates annotation #1/);
    }
  });
});

suite('merge', () => {
  it('adds new ids, replaces older copies, and never duplicates', () => {
    const [a, b, c] = sampleNotes();
    const newerB = updateNote(b, { body: '补充说明' }, '2025-05-01T00:00:00.000Z');
    const olderA = { ...a, body: '旧版本', updated: '2025-01-01T00:00:00.000Z' };
    const r = mergeNotes([a, b], [olderA, newerB, c, c]);
    expect(r.merged.map((n) => n.id)).toEqual([a.id, b.id, c.id]);
    expect(r.merged[0]).toBe(a);
    expect(r.merged[1]).toBe(newerB);
    expect(r.added).toEqual([c]);
    expect(r.updated).toEqual([newerB]);
    expect(r.unchanged).toEqual([olderA]);
    // Importing the same file again changes nothing.
    const again = mergeNotes(r.merged, [newerB, c]);
    expect(again.merged).toHaveLength(3);
    expect(again.added).toHaveLength(0);
    expect(again.updated).toHaveLength(0);
    expect(again.unchanged).toHaveLength(2);
  });

  it('merges an import that went through export → import', () => {
    const notes = sampleNotes();
    const r = parseWebAnnotations(JSON.stringify(toWebAnnotations(notes)));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const m = mergeNotes(notes, r.notes);
    expect(m.merged).toHaveLength(3);
    expect(m.unchanged).toHaveLength(3);
  });
});

suite('CSV export', () => {
  it('starts with a BOM, quotes per RFC 4180 and uses CRLF', () => {
    const csv = toCsv(sampleNotes(), { [URL_]: { source: URL_ } });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('编号,文档,来源,原文,前文,后文,起始位置,结束位置,批注,标签,状态,状态代码,理由,评估人,规则,发现项,创建时间,更新时间');
    expect(csv).toContain('"限定性别，违反妇女权益保障法第四十三条。\n建议删除。"');
    expect(csv).toContain('"""待遇,面议"""');
    expect(csv).toContain(`"'=SUM(A1) 格式, ""引号"""`);
    expect(csv).toContain(',就业；招聘,确认问题,confirmed,');
    expect(csv).toContain(',误报,false-positive,此处为禁止性规定,李四,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
