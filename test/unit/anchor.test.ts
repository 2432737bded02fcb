import { readFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import {
  anchor,
  anchorAll,
  codePointLength,
  codePointToUtf16,
  describe,
  OffsetMap,
  utf16ToCodePoint,
} from '../../lib/anchor/index.ts';

const DRAFT = [
  '某市人力资源和社会保障局关于公开招聘事业单位工作人员的公告（征求意见稿）',
  '第一条 为规范事业单位公开招聘工作，根据有关法律法规，结合本市实际，制定本公告。',
  '第二条 招聘岗位及条件：综合管理岗2名，限男性，年龄35周岁以下，具有大学本科及以上学历。',
  '第三条 报名人员应当如实填写个人信息，用人单位不得询问女性求职者的婚育情况。',
  '第四条 新建公共厕所女厕位与男厕位的比例为1:1，人流量较大地区适当增加女厕位。',
  '第五条 男性职工和女性职工享有同等的培训和晋升机会。',
].join('\n');

function range(text: string, needle: string, from = 0): [number, number] {
  const s = text.indexOf(needle, from);
  if (s < 0) throw new Error(`not found: ${needle}`);
  return [s, s + needle.length];
}

suite('describe', () => {
  it('records the exact quote with 32 characters of prefix and suffix and the position', () => {
    const [s, e] = range(DRAFT, '限男性');
    const d = describe(DRAFT, s, e);
    expect(d.quote.exact).toBe('限男性');
    expect(codePointLength(d.quote.prefix!)).toBe(32);
    expect(codePointLength(d.quote.suffix!)).toBe(32);
    expect(DRAFT.slice(0, s).endsWith(d.quote.prefix!)).toBe(true);
    expect(DRAFT.slice(e).startsWith(d.quote.suffix!)).toBe(true);
    expect(d.position).toEqual({ type: 'TextPositionSelector', start: s, end: e });
  });

  it('uses shorter context at the edges of the document', () => {
    const d = describe(DRAFT, 0, 2);
    expect(d.quote.prefix).toBe('');
    const end = DRAFT.length;
    const d2 = describe(DRAFT, end - 3, end);
    expect(d2.quote.suffix).toBe('');
  });

  it('rejects an empty or out-of-range selection', () => {
    expect(() => describe(DRAFT, 5, 5)).toThrow(RangeError);
    expect(() => describe(DRAFT, -1, 3)).toThrow(RangeError);
    expect(() => describe(DRAFT, 0, DRAFT.length + 1)).toThrow(RangeError);
  });
});

suite('anchor', () => {
  const [s, e] = range(DRAFT, '限男性');
  const note = describe(DRAFT, s, e);

  it('uses the stored position when the text is unchanged', () => {
    expect(anchor(DRAFT, note)).toMatchObject({ start: s, end: e, method: 'position' });
  });

  it('finds the quote again after text is inserted before it', () => {
    const edited = DRAFT.replace('第一条 为规范', '第一条 为进一步规范和加强');
    const r = anchor(edited, note);
    expect(r).not.toBeNull();
    expect(edited.slice(r!.start, r!.end)).toBe('限男性');
    expect(r!.method).toBe('quote');
    expect(r!.start).toBe(range(edited, '限男性')[0]);
  });

  it('still finds a short quote after the words right around it were edited', () => {
    const edited = DRAFT.replace('综合管理岗2名，限男性，年龄35周岁以下', '综合管理岗3名，限男性，年龄40周岁以下').replace(
      '第一条 为规范',
      '第一条 为进一步规范',
    );
    const r = anchor(edited, note);
    expect(r).not.toBeNull();
    expect(r!.start).toBe(range(edited, '限男性')[0]);
  });

  it('follows a small edit inside a longer quote (fuzzy)', () => {
    const q = '用人单位不得询问女性求职者的婚育情况';
    const [qs, qe] = range(DRAFT, q);
    const n = describe(DRAFT, qs, qe);
    const edited = DRAFT.replace(q, '用人单位不得询问或调查女性求职者的婚育状况').replace('第一条', '第一条（目的）');
    const r = anchor(edited, n);
    expect(r).not.toBeNull();
    expect(r!.method).toBe('fuzzy');
    const got = edited.slice(r!.start, r!.end);
    expect(got).toContain('询问或调查女性求职者');
    expect(got.startsWith('用人单位')).toBe(true);
  });

  it('gives up (orphan) when the passage was deleted', () => {
    const q = '用人单位不得询问女性求职者的婚育情况';
    const [qs, qe] = range(DRAFT, q);
    const n = describe(DRAFT, qs, qe);
    const edited = DRAFT.replace('第三条 报名人员应当如实填写个人信息，用人单位不得询问女性求职者的婚育情况。\n', '');
    expect(anchor(edited, n)).toBeNull();
  });

  it('does not jump to another "男性" when the annotated passage was removed', () => {
    const edited = DRAFT.replace('综合管理岗2名，限男性，', '综合管理岗2名，');
    // "男性" still occurs in 第五条, with a different context.
    const [ms, me] = range(DRAFT, '男性', s);
    const n = describe(DRAFT, ms, me); // the 男性 inside 限男性
    expect(edited.includes('男性')).toBe(true);
    expect(anchor(edited, n)).toBeNull();
  });

  it('picks the occurrence of a short quote whose context matches, not the one at the old offset', () => {
    const five = range(DRAFT, '男性职工')[0];
    const n = describe(DRAFT, five, five + 2); // 男性 in 第五条
    // Shift 第五条 so that the old offset now points at unrelated text.
    const edited = DRAFT.replace('第四条', '第四条 本条新增说明文字。第四条');
    const r = anchor(edited, n);
    expect(r).not.toBeNull();
    expect(r!.start).toBe(range(edited, '男性职工')[0]);
  });

  it('leaves a short quote unplaced when occurrences have identical context and no position is known', () => {
    const block = '附表：本岗位招聘条件为限男性，须具有相关工作经历，年龄不超过三十五周岁。\n';
    const text = '前言\n' + block.repeat(4);
    const second = text.indexOf('限男性', text.indexOf('限男性') + 1);
    const n = describe(text, second, second + 3);
    expect(anchor(text, { quote: n.quote })).toBeNull();
    // With the stored position, identical occurrences are resolved by closeness to it.
    expect(anchor(text, n)).toMatchObject({ start: second, end: second + 3 });
    const shifted = '前言（修订）\n' + block.repeat(4);
    expect(anchor(shifted, n)).toMatchObject({ start: second + 4, end: second + 7 });
  });

  it('trusts a unique long quote even if its paragraph moved', () => {
    const q = '新建公共厕所女厕位与男厕位的比例为1:1';
    const [qs, qe] = range(DRAFT, q);
    const n = describe(DRAFT, qs, qe);
    const lines = DRAFT.split('\n');
    const moved = [lines[0], lines[4], lines[1], lines[2], lines[3], lines[5]].join('\n');
    const r = anchor(moved, n);
    expect(r).not.toBeNull();
    expect(moved.slice(r!.start, r!.end)).toBe(q);
  });

  it('does not move a note to a similar sentence elsewhere after its own sentence was deleted', () => {
    const text = DRAFT + '\n第六条 附则：用人单位不得询问女职工的婚育情况，违者依法处理。';
    const q = '用人单位不得询问女性求职者的婚育情况';
    const n = describe(text, ...range(text, q));
    const edited = text.replace('第三条 报名人员应当如实填写个人信息，用人单位不得询问女性求职者的婚育情况。\n', '');
    expect(anchor(edited, n)).toBeNull();
  });

  it('follows an edited passage even when the original wording still occurs elsewhere in another context', () => {
    const text = DRAFT + '\n附：《妇女权益保障法》第四十三条规定，用人单位不得询问女性求职者的婚育情况。';
    const q = '询问女性求职者的婚育情况';
    const n = describe(text, ...range(text, q)); // the occurrence in 第三条
    const edited = text.replace('信息，用人单位不得询问女性求职者的婚育情况', '信息，用人单位不得询问女性求职者婚育情况');
    expect(edited.split(q).length - 1).toBe(1); // the original wording survives only in the appendix
    const r = anchor(edited, n);
    expect(r).not.toBeNull();
    expect(r!.method).toBe('fuzzy');
    expect(edited.slice(r!.start, r!.end)).toBe('询问女性求职者婚育情况');
  });

  it('never returns a range for an empty quote', () => {
    expect(anchor(DRAFT, { quote: { type: 'TextQuoteSelector', exact: '' } })).toBeNull();
  });
});

suite('code points vs UTF-16', () => {
  const text = '第𠀀条 招聘岗位限男性，年龄不限。𠀁';

  it('converts offsets around a non-BMP character', () => {
    expect('𠀀'.length).toBe(2);
    const u = text.indexOf('限男性');
    expect(utf16ToCodePoint(text, u)).toBe(u - 1);
    expect(codePointToUtf16(text, u - 1)).toBe(u);
    expect(utf16ToCodePoint(text, 2)).toBe(1); // inside the pair rounds down
    expect(codePointToUtf16(text, codePointLength(text))).toBe(text.length);
    const m = new OffsetMap(text);
    for (let cp = 0; cp <= m.codePointLength; cp++) expect(m.toCodePoint(m.toUtf16(cp))).toBe(cp);
  });

  it('stores W3C positions in code points and anchors back to JS indices', () => {
    const u = text.indexOf('限男性');
    const d = describe(text, u, u + 3);
    expect(d.position).toEqual({ type: 'TextPositionSelector', start: u - 1, end: u + 2 });
    expect(Array.from(text).slice(d.position.start, d.position.end).join('')).toBe('限男性');
    expect(anchor(text, d)).toMatchObject({ start: u, end: u + 3, method: 'position' });
  });

  it('does not split a non-BMP character in quote or context', () => {
    const d = describe(text, 1, 2); // half of 𠀀: widened to the whole character
    expect(d.quote.exact).toBe('𠀀');
    expect(d.position).toEqual({ type: 'TextPositionSelector', start: 1, end: 2 });
    const last = text.length - 2;
    const d2 = describe(text, last - 3, last);
    expect(d2.quote.suffix).toBe('𠀁');
  });
});

suite('anchorAll', () => {
  it('places notes in document order and lists unplaceable notes as orphans with their quote', () => {
    const a = describe(DRAFT, ...range(DRAFT, '限男性'));
    const b = describe(DRAFT, ...range(DRAFT, '女厕位与男厕位的比例为1:1'));
    const c = describe(DRAFT, ...range(DRAFT, '不得询问女性求职者的婚育情况'));
    const notes = [
      { id: 'b', ...b },
      { id: 'a', ...a },
      { id: 'c', ...c },
    ];
    const edited = DRAFT.replace('第三条 报名人员应当如实填写个人信息，用人单位不得询问女性求职者的婚育情况。', '第三条 （删除）');
    const { placed, orphans } = anchorAll(edited, notes);
    expect(placed.map((p) => p.note.id)).toEqual(['a', 'b']);
    expect(orphans.map((o) => o.note.id)).toEqual(['c']);
    expect(orphans[0].quote.exact).toBe('不得询问女性求职者的婚育情况');
  });

  it('handles a real plan with many notes quickly', () => {
    const text = readFileSync(new URL('../seeds/004_573b780cbee6880a.txt', import.meta.url), 'utf8');
    const notes = [];
    for (let i = 0; i < 60; i++) {
      const s = Math.floor((text.length / 61) * (i + 1));
      notes.push({ id: String(i), ...describe(text, s, s + 20) });
    }
    // Insert text near the start and delete ~600 characters in the middle (notes are ~490 apart).
    const mid = Math.floor(text.length / 2);
    const edited = '（修订稿）' + text.slice(0, mid) + text.slice(mid + 600);
    const t0 = performance.now();
    const { placed, orphans } = anchorAll(edited, notes);
    const ms = performance.now() - t0;
    expect(placed.length + orphans.length).toBe(60);
    for (const p of placed) expect(edited.slice(p.start, p.end)).toBe(p.note.quote.exact);
    expect(orphans.length).toBeGreaterThanOrEqual(1);
    expect(orphans.length).toBeLessThanOrEqual(2);
    expect(ms).toBeLessThan(2000);
  });
});
