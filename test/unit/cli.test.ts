/**
 * The CLI contract: JSON shape and offsets, readable text output, bad input handling, all formats and file types.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph, Table, TableRow, TableCell } from 'docx';
import { run } from '../../lib/cli/review.ts';

const exec = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gea-cli-'));
  writeFileSync(join(dir, 'notice.txt'), '某公司招聘公告\r\n一、招聘条件\r\n1.限男性，35周岁以下；\r\n2.性别不限的岗位见附件。\r\n');
  writeFileSync(join(dir, 'clean.md'), '# 工作方案\n\n坚持男女平等基本国策，保障妇女合法权益。\n');
  writeFileSync(join(dir, 'page.html'), '<html><head><style>.x{}</style><script>var s="限男性"</script></head><body><h1>招聘简章</h1><p>岗位要求：<b>男性</b>优先</p><div style="display:none">限男性</div></body></html>');
  writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('2025年招聘岗位表'),
          new Table({
            rows: [
              new TableRow({ children: ['岗位', '人数', '性别'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
              new TableRow({ children: ['驾驶员', '2', '男'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
              new TableRow({ children: ['会计', '1', '不限'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
            ],
          }),
        ],
      },
    ],
  });
  writeFileSync(join(dir, 'posts.docx'), await Packer.toBuffer(doc));
});

describe('review CLI', () => {
  it('prints exactly {"files":[{"path","findings"}]} with offsets into the file content', async () => {
    const path = join(dir, 'notice.txt');
    const r = await run(['--format', 'json', path]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['files']);
    expect(out.files).toHaveLength(1);
    expect(Object.keys(out.files[0])).toEqual(['path', 'findings']);
    const text = readFileSync(path, 'utf8');
    const spans = out.files[0].findings.filter((f: { kind: string }) => f.kind !== 'missing');
    expect(spans.map((f: { quote: string }) => f.quote)).toEqual(['限男性']);
    for (const f of out.files[0].findings) {
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(f).toMatchObject({ ruleId: expect.any(String), kind: expect.any(String), severity: expect.any(String), message: expect.any(String) });
      expect(f.basis).toMatchObject({ plan: expect.any(String), section: expect.any(String), quote: expect.any(String) });
    }
  });

  it('exits 0 with no findings and an empty list for a compliant file', async () => {
    const r = await run(['--format', 'json', join(dir, 'clean.md')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings.filter((f: { kind: string }) => f.kind !== 'missing')).toEqual([]);
  });

  it('reads the visible text of HTML only', async () => {
    const r = await run(['--format', 'json', join(dir, 'page.html')]);
    const quotes = JSON.parse(r.stdout).files[0].findings.map((f: { quote: string }) => f.quote);
    expect(quotes).toEqual(['男性优先']);
  });

  it('reads .docx tables as tables (the 性别 column)', async () => {
    const r = await run(['--format', 'json', join(dir, 'posts.docx')]);
    expect(r.code).toBe(0);
    const fs = JSON.parse(r.stdout).files[0].findings;
    expect(fs.map((f: { ruleId: string; quote: string }) => [f.ruleId, f.quote])).toEqual([['cn.employment.post-table-sex', '男']]);
  });

  it('prints file, line, quote, message and basis in text mode', async () => {
    const r = await run([join(dir, 'notice.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${join(dir, 'notice.txt')}:3:3`);
    expect(r.stdout).toContain('«限男性»');
    expect(r.stdout).toContain('就业性别歧视');
    expect(r.stdout).toMatch(/依据: 《.*妇女发展规划.*》/);
  });

  it('prints a Markdown table in md mode', async () => {
    const r = await run(['--format=md', join(dir, 'notice.txt')]);
    expect(r.stdout).toContain('| 行 | 级别 | 条款原文 | 问题 | 依据 | 修改建议 |');
    expect(r.stdout).toContain('| 3 | 高 | 限男性 |');
  });

  it('walks directories and keeps going past a bad file, then exits 2 with one line per problem', async () => {
    const r = await run(['--format', 'json', dir, join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path.split('/').pop());
    expect(paths).toEqual(['clean.md', 'notice.txt', 'page.html', 'posts.docx']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/missing\.txt: no such file or directory$/);
    expect(lines[1]).toMatch(/bad\.txt: not valid UTF-8 text$/);
  });

  it('reports a file it cannot read and still reviews the others', async () => {
    const p = join(dir, 'broken.docx');
    writeFileSync(p, 'this is not a zip archive');
    const r = await run(['--format', 'json', p, join(dir, 'notice.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.docx: cannot read/);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([join(dir, 'notice.txt')]);
  });

  it.each([
    [['--profile', 'nope', 'x.txt'], /unknown profile "nope"/],
    [['--frobnicate', 'x.txt'], /unknown option "--frobnicate"/],
    [['--format', 'xml', 'x.txt'], /unknown format "xml"/],
    [[], /no input/],
  ])('exits 2 with a one-line reason for %j', async (argv, re) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(re);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lists the rules as JSON', async () => {
    const r = await run(['--list-rules', '--format', 'json']);
    const list = JSON.parse(r.stdout);
    expect(list.length).toBeGreaterThan(5);
    for (const x of list) expect(x).toMatchObject({ id: expect.any(String), domain: expect.any(String), kind: expect.any(String), severity: expect.any(String), basis: expect.any(Array) });
  });

  it('runs as `npm run review` with pure JSON on stdout', async () => {
    const { stdout } = await exec('npm', ['run', 'review', '--', '--format', 'json', join(dir, 'notice.txt')], { cwd: root });
    expect(JSON.parse(stdout).files[0].findings.length).toBeGreaterThan(0);
  });

  it('applies the chosen profile', async () => {
    const p = join(dir, 'reps.txt');
    writeFileSync(p, '社区居委会换届选举工作方案\n社区居委会成员中女性比例达到49%左右。');
    const count = async (profile: string) => JSON.parse((await run(['--format', 'json', '--profile', profile, p])).stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'cn.decision.community-committee-women').length;
    // 昆区 asks for 50 % or more; 聊城 for about 50 %.
    expect(await count('004')).toBe(1);
    expect(await count('000')).toBe(0);
  });
});
