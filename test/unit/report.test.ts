import mammoth from 'mammoth';
import { describe as suite, expect, it } from 'vitest';
import { createNote } from '../../lib/annotations/index.ts';
import type { Finding } from '../../lib/engine/types.ts';
import {
  buildAssessment,
  findingKey,
  toDocx,
  toHtml,
  toMarkdown,
  type AssessmentInput,
  type Verdict,
} from '../../lib/report/index.ts';

const TEXT = [
  '某市关于公开招聘事业单位工作人员的公告（征求意见稿）',
  '第二条 招聘岗位及条件：综合管理岗2名，限男性，年龄35周岁以下。',
  '第三条 报名时须提交婚育情况证明。',
  '第四条 新建公共厕所女厕位与男厕位的比例为1:1。',
  '第五条 技术岗优先录用男性 | 备注<b>。',
].join('\n');

function finding(ruleId: string, quote: string, extra: Partial<Finding> = {}): Finding {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(quote);
  return {
    ruleId,
    kind: 'violation',
    severity: 'high',
    start,
    end: start + quote.length,
    quote,
    message: `问题：${quote}`,
    suggestion: `建议修改“${quote}”`,
    basis: { plan: '004_573b780cbee6880a.txt', section: '(三)妇女与经济 › 策略措施', quote: '消除就业性别歧视', law: '《妇女权益保障法》第四十三条' },
    ...extra,
  };
}

const f1 = finding('cn.hiring.male-only', '限男性');
const f2 = finding('cn.hiring.marital', '婚育情况证明', { severity: 'medium' });
const f3 = finding('cn.toilet.ratio', '女厕位与男厕位的比例为1:1', { kind: 'threshold', severity: 'medium' });
const f4 = finding('cn.hiring.male-priority', '优先录用男性', { severity: 'low' });
const m1: Finding = {
  ruleId: 'cn.plan.sex-data', kind: 'missing', severity: 'medium', start: 0, end: 0, quote: '',
  message: '未要求按性别分列统计数据', suggestion: '增加“分性别统计”的要求', basis: { plan: '', section: '', quote: '', law: '《中国妇女发展纲要》' },
};
const m2: Finding = { ...m1, ruleId: 'cn.plan.gender-equality-principle', message: '未写明男女平等原则', suggestion: undefined };

const verdict = (f: Finding, status: Verdict['status'], reason?: string): Verdict => ({
  findingKey: findingKey(f, TEXT), ruleId: f.ruleId, status, reviewer: '张三', updated: '2025-06-01T08:00:00.000Z', ...(reason ? { reason } : {}),
});

function input(): AssessmentInput {
  const at = (q: string) => [TEXT.indexOf(q), TEXT.indexOf(q) + q.length] as const;
  const [a, b] = at('年龄35周岁以下');
  const [c, d] = at('公开招聘');
  const [e, g] = at('限男性');
  return {
    doc: { title: '某市关于公开招聘事业单位工作人员的公告（征求意见稿）', url: 'https://example.gov.cn/zp.html', profile: '昆区妇女发展规划（2021—2030年）', reviewer: '张三', date: '2025-06-01' },
    text: TEXT,
    findings: [f4, f3, f2, f1],
    verdicts: [verdict(f1, 'confirmed'), verdict(f2, 'false-positive', '为核实身份所需'), verdict(f3, 'fixed'), verdict(m1, 'confirmed'), verdict(m2, 'fixed')],
    notes: [
      createNote({ docKey: 'k', text: TEXT, start: a, end: b, reviewer: '张三', body: '年龄上限对生育后再就业的女性构成间接歧视', status: 'confirmed' }),
      createNote({ docKey: 'k', text: TEXT, start: c, end: d, reviewer: '张三', body: '仅供参考', status: 'open' }),
      createNote({ docKey: 'k', text: TEXT, start: e, end: g, reviewer: '李四', body: '建议改为“不限性别”', status: 'confirmed', findingKey: findingKey(f1, TEXT) }),
    ],
    missing: [m1, m2],
    conclusion: '该公告存在限定性别的招聘条件，建议修改后再行发布。\n请起草部门书面答复采纳情况。',
    planTitles: { '004_573b780cbee6880a.txt': '昆区妇女发展规划（2021—2030年）' },
  };
}

suite('findingKey', () => {
  it('is stable across edits elsewhere and whitespace changes, and differs per occurrence context', () => {
    const k = findingKey(f1, TEXT);
    const edited = '（修订）' + TEXT.replace('第三条', '第 三 条').replace('\n第二条 ', '\n第二条\n  ');
    const moved = { ...f1, start: edited.indexOf('限男性') };
    expect(findingKey(moved, edited)).toBe(k);
    const other = '第九条 另一岗位限男性。';
    expect(findingKey({ ...f1, start: other.indexOf('限男性') }, other)).not.toBe(k);
    expect(k.startsWith('cn.hiring.male-only#')).toBe(true);
    expect(findingKey(m1, TEXT)).toBe('cn.plan.sex-data#missing');
  });
});

suite('buildAssessment', () => {
  const a = buildAssessment(input());

  it('counts findings by verdict, unreviewed as 待处理, false positives only in the summary', () => {
    expect(a.summary).toMatchObject({ findings: 4, confirmed: 1, fixed: 1, falsePositive: 1, open: 1, notes: 1, clauses: 3, missing: 2, missingUnresolved: 1 });
    expect(a.summary.bySeverity).toEqual({ high: 1, medium: 1, low: 0 });
  });

  it('lists confirmed and fixed findings and confirmed notes in document order with the five columns', () => {
    expect(a.title).toBe('关于《某市关于公开招聘事业单位工作人员的公告（征求意见稿）》的性别平等评估意见');
    expect(a.clauses.map((c) => c.quote)).toEqual(['限男性', '年龄35周岁以下', '女厕位与男厕位的比例为1:1']);
    const [r1, r2, r3] = a.clauses;
    expect(r1).toMatchObject({ no: 1, source: 'finding', statusLabel: '确认问题', suggestion: '建议修改“限男性”' });
    expect(r1.problem).toBe('问题：限男性\n评估人意见：建议改为“不限性别”');
    expect(r1.basis).toBe('《妇女权益保障法》第四十三条；《昆区妇女发展规划（2021—2030年）》(三)妇女与经济 › 策略措施：“消除就业性别歧视”');
    expect(r2).toMatchObject({ no: 2, source: 'note', problem: '年龄上限对生育后再就业的女性构成间接歧视', statusLabel: '确认问题' });
    expect(r3).toMatchObject({ no: 3, statusLabel: '已修改', status: 'fixed' });
    expect(a.clauses.some((c) => c.quote.includes('婚育'))).toBe(false);
    expect(a.clauses.some((c) => c.quote.includes('优先录用'))).toBe(false);
  });

  it('builds the missing-elements checklist with its status', () => {
    expect(a.checklist).toEqual([
      expect.objectContaining({ item: '未要求按性别分列统计数据', statusLabel: '确认缺失', done: false, basis: '《中国妇女发展纲要》' }),
      expect.objectContaining({ item: '未写明男女平等原则', statusLabel: '已补充', done: true }),
    ]);
  });

  it('requires the text (or precomputed keys) to match verdicts', () => {
    expect(() => buildAssessment({ ...input(), text: undefined })).toThrow(/text/);
    const keyed = input().findings.map((f) => ({ ...f, key: findingKey(f, TEXT) }));
    const b = buildAssessment({ ...input(), text: undefined, findings: keyed });
    expect(b.summary.confirmed).toBe(1);
  });

  it('an empty review produces an empty table and zero counts', () => {
    const e = buildAssessment({ ...input(), findings: [], verdicts: [], notes: [], missing: [], conclusion: '' });
    expect(e.clauses).toEqual([]);
    expect(e.summary.findings).toBe(0);
  });
});

suite('Markdown', () => {
  it('contains the header, summary, table rows, checklist and conclusion', () => {
    const md = toMarkdown(buildAssessment(input()));
    expect(md).toContain('# 关于《某市关于公开招聘事业单位工作人员的公告（征求意见稿）》的性别平等评估意见');
    expect(md).toContain('| 评估人 | 张三 |');
    expect(md).toContain('| 网址 | https://example.gov.cn/zp.html |');
    expect(md).toContain('| 序号 | 条款原文 | 问题 | 依据 | 修改建议 | 处理情况 |');
    expect(md).toMatch(/^\| 1 \| 限男性 \| 问题：限男性<br>评估人意见：建议改为“不限性别” \| 《妇女权益保障法》第四十三条；.* \| 建议修改“限男性” \| 确认问题 \|$/m);
    expect(md).toMatch(/^\| 3 \| 女厕位与男厕位的比例为1:1 \|.*\| 已修改 \|$/m);
    expect(md).toContain('待处理 1 处');
    expect(md).toContain('误报 1 处');
    expect(md).toContain('- [ ] 未要求按性别分列统计数据（确认缺失）');
    expect(md).toContain('- [x] 未写明男女平等原则（已补充）');
    expect(md).toContain('该公告存在限定性别的招聘条件，建议修改后再行发布。  \n请起草部门书面答复采纳情况。');
  });

  it('escapes pipes and HTML inside cells so the table stays intact', () => {
    const inp = input();
    inp.notes[0].body = '含 | 竖线 <b>与标签</b>\n第二行';
    const md = toMarkdown(buildAssessment(inp));
    const row = md.split('\n').find((l) => l.includes('竖线'))!;
    expect(row).toContain('含 \\| 竖线 \\<b\\>与标签\\</b\\><br>第二行');
    // 序号 + five columns: six unescaped separators inside the row
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(6);
  });
});

suite('HTML', () => {
  it('is a standalone printable A4 page with the five columns and everything escaped', () => {
    const inp = input();
    inp.doc.title = '测试<script>alert(1)</script>';
    inp.notes[0].body = '<img src=x onerror=alert(1)> & "引号"';
    const html = toHtml(buildAssessment(inp));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{ size: A4/);
    expect(html).toContain('"SimSun"');
    expect(html).toContain('<th>条款原文</th><th>问题</th><th>依据</th><th>修改建议</th><th>处理情况</th>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('测试&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;引号&quot;');
    expect(html).toContain('<td class="status">已修改</td>');
  });
});

suite('docx', () => {
  it('is a valid .docx (zip) whose text contains the title, table and conclusion', async () => {
    const bytes = await toDocx(buildAssessment(input()));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('关于《某市关于公开招聘事业单位工作人员的公告（征求意见稿）》的性别平等评估意见');
    for (const h of ['条款原文', '问题', '依据', '修改建议', '处理情况']) expect(value).toContain(h);
    expect(value).toContain('限男性');
    expect(value).toContain('评估人意见：建议改为“不限性别”');
    expect(value).toContain('年龄上限对生育后再就业的女性构成间接歧视');
    expect(value).toContain('已修改');
    expect(value).toContain('☐ 未要求按性别分列统计数据（确认缺失）');
    expect(value).toContain('请起草部门书面答复采纳情况。');
    expect(value).not.toContain('为核实身份所需');
  });

  it('renders an empty assessment', async () => {
    const e = buildAssessment({ ...input(), findings: [], verdicts: [], notes: [], missing: [], conclusion: '' });
    const bytes = await toDocx(e);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('（无确认的问题条款）');
    expect(value).toContain('（待评估人填写）');
  });
});
