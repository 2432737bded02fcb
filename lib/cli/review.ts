/**
 * Batch review from the command line:
 *   npm run review -- [--format text|json|md] [--profile ID] [--lang zh|en] FILE|DIR ...
 *   npm run review -- --list-rules [--format json]
 *
 * Reads .txt, .md (content unchanged), .html/.htm (visible text) and .docx (mammoth). Exit 0 whether or not
 * problems are found; exit 2 with a one-line reason on stderr for bad input. One bad file never stops the rest.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { analyze, type Analysis } from '../engine/review.ts';
import '../engine/english-nlp.ts'; // compromise for English pronoun resolution
import type { Finding, Lang, Rule } from '../engine/types.ts';
import { rules, profiles, getProfile, DEFAULT_PROFILE, docTypeList } from '../../rules/index.ts';
import { htmlToText } from '../extract/html.ts';
import { docxToText } from '../extract/docx.ts';
import { planName } from '../../rules/plans.ts';

const SUPPORTED = new Set(['.txt', '.md', '.html', '.htm', '.docx']);

export class UsageError extends Error {}

interface Options {
  format: 'text' | 'json' | 'md';
  profile: string;
  lang: Lang;
  listRules: boolean;
  paths: string[];
}

export function parseArgs(argv: string[]): Options {
  const o: Options = { format: 'text', profile: DEFAULT_PROFILE, lang: 'zh', listRules: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`option ${name} needs a value`);
      return v;
    };
    if (a === '--') {
      o.paths.push(...argv.slice(i + 1));
      break;
    } else if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json' && f !== 'md') throw new UsageError(`unknown format "${f}" (use text, json or md)`);
      o.format = f;
    } else if (a === '--profile' || a.startsWith('--profile=')) {
      o.profile = value('--profile');
      if (!getProfile(o.profile)) throw new UsageError(`unknown profile "${o.profile}" (known: ${profiles.map((p) => p.id).join(', ')})`);
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const l = value('--lang');
      if (l !== 'zh' && l !== 'en') throw new UsageError(`unknown language "${l}" (use zh or en)`);
      o.lang = l;
    } else if (a === '--list-rules') o.listRules = true;
    else if (a === '--help' || a === '-h') throw new UsageError('usage: npm run review -- [--format text|json|md] [--profile ID] [--lang zh|en] FILE|DIR ... | --list-rules');
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else o.paths.push(a);
  }
  if (!o.listRules && o.paths.length === 0) throw new UsageError('no input: give one or more files or directories (see --help)');
  return o;
}

/** The text the engine reviews for a file; offsets in findings index into it. */
export async function readDocument(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') return docxToText(await readFile(path));
  const raw = await readFile(path);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  if (ext === '.html' || ext === '.htm') return htmlToText(text);
  return text;
}

/** Expand directories (recursively, sorted) into supported files; explicit files are kept whatever their extension. */
async function expand(paths: string[], bad: (p: string, reason: string) => void): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch {
      bad(p, 'no such file or directory');
      continue;
    }
    if (st.isDirectory()) {
      const walk = async (dir: string) => {
        const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
        for (const e of entries) {
          const full = join(dir, e.name);
          if (e.isDirectory()) await walk(full);
          else if (SUPPORTED.has(extname(e.name).toLowerCase())) out.push(full);
        }
      };
      await walk(p);
    } else if (!SUPPORTED.has(extname(p).toLowerCase())) {
      bad(p, `unsupported file type "${extname(p) || '(none)'}" (use .txt, .md, .html, .docx)`);
    } else out.push(p);
  }
  return out;
}

function lineCol(text: string, index: number): [number, number] {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return [line, index - last];
}

const SEV_ZH = { high: '高', medium: '中', low: '低' } as const;

function basisLine(f: Finding, lang: Lang): string {
  const b = f.basis;
  const parts: string[] = [];
  if (b.plan) parts.push(`${planName(b.plan, lang)} ${b.section} 「${b.quote}」`);
  if (b.law) parts.push(b.law);
  return parts.join('；');
}

function formatText(path: string, text: string, a: Analysis, lang: Lang, color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const L = lang === 'zh' ? { basis: '依据', sugg: '建议', missing: '缺少', none: '未发现问题', types: '文档类型' } : { basis: 'Basis', sugg: 'Suggestion', missing: 'Missing', none: 'no problems found', types: 'Document type' };
  const lines: string[] = [c('1', path)];
  const spans = a.findings.filter((f) => f.kind !== 'missing');
  const missing = a.findings.filter((f) => f.kind === 'missing');
  if (a.docTypes.length) lines.push(`  ${L.types}: ${a.docTypes.map((d) => d.name?.[lang] ?? d.id).join('、')}`);
  if (!a.findings.length) lines.push(`  ${L.none}`);
  for (const f of spans) {
    const [ln, col] = lineCol(text, f.start);
    const sev = lang === 'zh' ? SEV_ZH[f.severity] : f.severity;
    const sevC = f.severity === 'high' ? '31' : f.severity === 'medium' ? '33' : '36';
    lines.push(`  ${path}:${ln}:${col}  ${c(sevC, `[${sev}]`)} ${f.ruleId}  «${f.quote.replace(/\s*\n\s*/g, '⏎')}»`);
    lines.push(`      ${f.message}`);
    if (f.suggestion) lines.push(`      ${L.sugg}: ${f.suggestion}`);
    lines.push(c('2', `      ${L.basis}: ${basisLine(f, lang)}`));
  }
  for (const f of missing) {
    lines.push(`  ${c('35', `[${L.missing}]`)} ${f.ruleId}  ${f.message}`);
    lines.push(c('2', `      ${L.basis}: ${basisLine(f, lang)}`));
  }
  return lines.join('\n');
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function formatMd(path: string, text: string, a: Analysis, lang: Lang): string {
  const zh = lang === 'zh';
  const out = [`## ${path}`, ''];
  const spans = a.findings.filter((f) => f.kind !== 'missing');
  const missing = a.findings.filter((f) => f.kind === 'missing');
  if (!a.findings.length) out.push(zh ? '未发现问题。' : 'No problems found.', '');
  if (spans.length) {
    out.push(zh ? '| 行 | 级别 | 条款原文 | 问题 | 依据 | 修改建议 |' : '| Line | Severity | Passage | Problem | Basis | Suggestion |');
    out.push('|---|---|---|---|---|---|');
    for (const f of spans) {
      const [ln] = lineCol(text, f.start);
      out.push(`| ${ln} | ${zh ? SEV_ZH[f.severity] : f.severity} | ${mdCell(f.quote)} | ${mdCell(f.message)} | ${mdCell(basisLine(f, lang))} | ${mdCell(f.suggestion ?? '')} |`);
    }
    out.push('');
  }
  if (missing.length) {
    out.push(zh ? '### 缺少的内容' : '### Missing elements', '');
    for (const f of missing) out.push(`- ${f.message}（${basisLine(f, lang)}）`);
    out.push('');
  }
  return out.join('\n');
}

function listRules(all: Rule[], format: Options['format'], lang: Lang): string {
  if (format === 'json') {
    return JSON.stringify(
      all.map((r) => ({ id: r.id, domain: r.domain, kind: r.kind, severity: r.severity, lang: r.lang, title: r.title, profiles: r.profiles, basis: r.basis })),
      null,
      2,
    );
  }
  return all.map((r) => `${r.id}\t${r.domain}\t${r.kind}\t${r.severity}\t${r.title[lang]}`).join('\n');
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], opts: { color?: boolean } = {}): Promise<RunResult> {
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return { code: 2, stdout: '', stderr: `review: ${e.message}\n` };
    throw e;
  }
  if (o.listRules) return { code: 0, stdout: listRules(rules, o.format, o.lang) + '\n', stderr: '' };
  const errors: string[] = [];
  const bad = (p: string, reason: string) => errors.push(`review: ${p}: ${reason}`);
  const files = await expand(o.paths, bad);
  const profile = getProfile(o.profile);
  const results: Array<{ path: string; text: string; analysis: Analysis }> = [];
  for (const path of files) {
    let text: string;
    try {
      text = await readDocument(path);
    } catch (e) {
      const msg = (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : e instanceof TypeError ? 'not valid UTF-8 text' : `cannot read: ${(e as Error).message.split('\n')[0]}`;
      bad(path, msg);
      continue;
    }
    results.push({ path, text, analysis: analyze(text, { rules, profile, locale: o.lang, docTypes: docTypeList }) });
  }
  let stdout: string;
  if (o.format === 'json') {
    stdout = JSON.stringify({ files: results.map((r) => ({ path: r.path, findings: r.analysis.findings })) }, null, 2) + '\n';
  } else if (o.format === 'md') {
    stdout = results.map((r) => formatMd(r.path, r.text, r.analysis, o.lang)).join('\n') + '\n';
  } else {
    const total = results.reduce((n, r) => n + r.analysis.findings.length, 0);
    const summary = o.lang === 'zh' ? `共 ${results.length} 个文件，${total} 处发现（规则集：${profile?.name.zh}）` : `${results.length} files, ${total} findings (profile: ${profile?.name.en})`;
    stdout = results.map((r) => formatText(r.path, r.text, r.analysis, o.lang, !!opts.color)).join('\n\n') + `\n\n${summary}\n`;
  }
  return { code: errors.length ? 2 : 0, stdout, stderr: errors.map((e) => e + '\n').join('') };
}

const isMain = process.argv[1] && /review\.ts$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2), { color: process.stdout.isTTY }).then(
    (r) => {
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      process.exitCode = r.code;
    },
    (e) => {
      process.stderr.write(`review: ${(e as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}

