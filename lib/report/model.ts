/**
 * The 评估意见 (written gender-equality assessment) model: built from findings, reviewer verdicts and notes.
 * Renderers (Markdown, HTML, .docx) only read this model.
 */
import type { Basis, Finding, Severity } from '../engine/types.ts';
import { STATUS_LABELS, type Note, type NoteStatus } from '../annotations/types.ts';
import { OffsetMap } from '../anchor/offsets.ts';
import * as v from 'valibot';
import { IsoDate, StatusSchema } from '../annotations/schema.ts';

/** A reviewer's decision on one engine finding. */
export interface Verdict {
  /** See `findingKey`. */
  findingKey: string;
  ruleId: string;
  status: NoteStatus;
  /** Expected for 'false-positive'. */
  reason?: string;
  reviewer: string;
  /** ISO time. */
  updated: string;
}

/** valibot schema for stored verdicts. */
export const VerdictSchema = v.object({
  findingKey: v.pipe(v.string(), v.minLength(1)),
  ruleId: v.pipe(v.string(), v.minLength(1)),
  status: StatusSchema,
  reason: v.optional(v.string()),
  reviewer: v.string(),
  updated: IsoDate,
});

export interface AssessmentDoc {
  title: string;
  /** Web page address, or … */
  url?: string;
  /** … local file name. */
  file?: string;
  /** Profile (region / plan) the review used, as shown to people. */
  profile: string;
  reviewer: string;
  /** Date of the assessment, as it should be printed (e.g. 2025-06-01 or 2025年6月1日). */
  date: string;
  /** Optional: 评估阶段 (立项 / 起草 / 征求意见 …) or reviewing body. */
  stage?: string;
  organisation?: string;
}

export interface AssessmentInput {
  doc: AssessmentDoc;
  /** Document text the findings were computed on; needed to compute finding keys and to order notes. */
  text?: string;
  /** Engine findings (any 'missing' ones found here are treated as part of `missing`). */
  findings: readonly Finding[];
  verdicts: readonly Verdict[];
  notes: readonly Note[];
  /** Findings of kind 'missing' (required elements the document lacks). */
  missing: readonly Finding[];
  /** Written by the reviewer; may be empty in a draft. */
  conclusion: string;
  /** Optional display names for the seed plans cited in `basis.plan` (file name → plan title). */
  planTitles?: Record<string, string>;
}

export type ClauseStatus = 'confirmed' | 'fixed';

export interface ClauseRow {
  no: number;
  /** 条款原文 */
  quote: string;
  /** 问题 */
  problem: string;
  /** 依据 */
  basis: string;
  /** 修改建议 */
  suggestion: string;
  status: ClauseStatus;
  /** 处理情况 */
  statusLabel: string;
  source: 'finding' | 'note';
  ruleId?: string;
  severity?: Severity;
  findingKey?: string;
  /** Notes whose text is included in this row. */
  noteIds: string[];
  /** Position in the text (UTF-16) used for ordering; -1 when unknown. */
  start: number;
}

export interface ChecklistItem {
  ruleId: string;
  /** What is missing (the finding message). */
  item: string;
  basis: string;
  suggestion: string;
  status: NoteStatus;
  statusLabel: string;
  reason?: string;
  /** True when the element is not (or no longer) a problem: fixed or not applicable. */
  done: boolean;
}

export interface AssessmentSummary {
  /** Clause-level findings (not counting missing elements). */
  findings: number;
  confirmed: number;
  fixed: number;
  falsePositive: number;
  /** Not yet reviewed (no verdict, or verdict 待处理). */
  open: number;
  /** Reviewer notes (not tied to a finding) that appear in the table. */
  notes: number;
  /** Rows in the clause table. */
  clauses: number;
  /** Missing-element findings and how many are still unresolved (not fixed, not a false positive). */
  missing: number;
  missingUnresolved: number;
  /** Severity of the findings in the table. */
  bySeverity: Record<Severity, number>;
}

export interface Assessment {
  /** e.g. 关于《…》的性别平等评估意见 */
  title: string;
  doc: AssessmentDoc;
  summary: AssessmentSummary;
  clauses: ClauseRow[];
  checklist: ChecklistItem[];
  conclusion: string;
}

export const COLUMN_LABELS = ['条款原文', '问题', '依据', '修改建议', '处理情况'] as const;

export const CHECKLIST_LABELS: Record<NoteStatus, string> = {
  open: '待核实',
  confirmed: '确认缺失',
  fixed: '已补充',
  'false-positive': '不适用',
};

export const SEVERITY_LABELS: Record<Severity, string> = { high: '高', medium: '中', low: '低' };

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const WS = /\s+/gu;

/**
 * A key that identifies a finding across reloads and small edits elsewhere in the document:
 * rule id + hash of the quote + hash of the 16 characters before it (whitespace ignored, since page text
 * extraction may differ in line breaks). Missing-element findings have one key per rule: `<ruleId>#missing`.
 * Two findings of the same rule with the same quote and the same preceding 16 characters share a key (and a verdict).
 */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'kind' | 'start' | 'quote'>, text: string): string {
  if (finding.kind === 'missing' || finding.quote === '') return `${finding.ruleId}#missing`;
  const before = Array.from(text.slice(Math.max(0, finding.start - 64), finding.start).replace(WS, ''));
  const prefix = before.slice(Math.max(0, before.length - 16)).join('');
  return `${finding.ruleId}#${fnv1a(finding.quote.replace(WS, ''))}${fnv1a(prefix)}`;
}

export function formatBasis(b: Basis | undefined, planTitles: Record<string, string> = {}): string {
  if (!b) return '';
  const parts: string[] = [];
  if (b.law) parts.push(b.law);
  const plan = b.plan && Object.hasOwn(planTitles, b.plan) ? `《${planTitles[b.plan]}》` : '';
  const where = `${plan}${b.section ?? ''}`.trim();
  if (where || b.quote) parts.push(`${where}${b.quote ? `：“${b.quote}”` : ''}`);
  return parts.join('；');
}

function latest<T extends { updated: string }>(a: T | undefined, b: T): T {
  if (!a) return b;
  return Date.parse(b.updated) > Date.parse(a.updated) ? b : a;
}

function titleOf(doc: AssessmentDoc): string {
  const t = doc.title.trim().replace(/^《(.*)》$/u, '$1');
  return t ? `关于《${t}》的性别平等评估意见` : '性别平等评估意见';
}

/** Build the assessment model. */
export function buildAssessment(input: AssessmentInput): Assessment {
  const text = input.text;
  const planTitles = input.planTitles ?? {};
  const keyOf = (f: Finding): string => {
    const k = (f as Finding & { key?: unknown }).key;
    if (typeof k === 'string' && k) return k;
    if (f.kind === 'missing' || f.quote === '') return `${f.ruleId}#missing`;
    if (text === undefined) throw new Error('buildAssessment: `text` is required to compute finding keys');
    return findingKey(f, text);
  };

  const verdicts = new Map<string, Verdict>();
  for (const v of input.verdicts) verdicts.set(v.findingKey, latest(verdicts.get(v.findingKey), v));

  const clauseFindings = input.findings.filter((f) => f.kind !== 'missing');
  const missingFindings = [...input.missing, ...input.findings.filter((f) => f.kind === 'missing')];

  // Notes attached to a finding.
  const notesByFinding = new Map<string, Note[]>();
  for (const n of input.notes) {
    if (!n.findingKey) continue;
    const list = notesByFinding.get(n.findingKey) ?? [];
    list.push(n);
    notesByFinding.set(n.findingKey, list);
  }
  const reviewedNote = (key: string): Note | undefined =>
    (notesByFinding.get(key) ?? []).filter((n) => n.status !== 'open').reduce<Note | undefined>(latest, undefined);

  /** The verdict decides; without one, the latest reviewed note attached to the finding; else open. */
  const effective = (key: string): { status: NoteStatus; reason?: string } => {
    const v = verdicts.get(key);
    if (v) return { status: v.status, reason: v.reason };
    const n = reviewedNote(key);
    return n ? { status: n.status, reason: n.reason } : { status: 'open' };
  };

  const summary: AssessmentSummary = {
    findings: 0,
    confirmed: 0,
    fixed: 0,
    falsePositive: 0,
    open: 0,
    notes: 0,
    clauses: 0,
    missing: 0,
    missingUnresolved: 0,
    bySeverity: { high: 0, medium: 0, low: 0 },
  };

  const rows: Omit<ClauseRow, 'no'>[] = [];
  const keysInFindings = new Set<string>();
  const seenKeys = new Set<string>();
  const byRule = new Map<string, Finding>();
  for (const f of clauseFindings) {
    const key = keyOf(f);
    keysInFindings.add(key);
    if (!byRule.has(f.ruleId)) byRule.set(f.ruleId, f);
    if (seenKeys.has(key)) continue; // same finding reported twice
    seenKeys.add(key);
    summary.findings++;
    const { status } = effective(key);
    if (status === 'open') {
      summary.open++;
      continue;
    }
    if (status === 'false-positive') {
      summary.falsePositive++;
      continue;
    }
    summary[status]++;
    summary.bySeverity[f.severity]++;
    const attached = (notesByFinding.get(key) ?? []).filter((n) => n.status !== 'false-positive' && n.body.trim());
    const problem = [f.message, ...attached.map((n) => `评估人意见：${n.body.trim()}`)].join('\n');
    rows.push({
      quote: f.quote,
      problem,
      basis: formatBasis(f.basis, planTitles),
      suggestion: f.suggestion ?? '',
      status,
      statusLabel: STATUS_LABELS[status].zh,
      source: 'finding',
      ruleId: f.ruleId,
      severity: f.severity,
      findingKey: key,
      noteIds: attached.map((n) => n.id),
      start: f.start,
    });
  }

  // Reviewer notes of their own (not tied to a finding of this document).
  const map = text !== undefined ? new OffsetMap(text) : undefined;
  for (const n of input.notes) {
    if (n.findingKey && keysInFindings.has(n.findingKey)) continue;
    if (n.status !== 'confirmed' && n.status !== 'fixed') continue;
    const rel = n.ruleId ? byRule.get(n.ruleId) : undefined;
    summary.notes++;
    rows.push({
      quote: n.quote.exact,
      problem: n.body.trim(),
      basis: rel ? formatBasis(rel.basis, planTitles) : '',
      suggestion: rel?.suggestion ?? '',
      status: n.status,
      statusLabel: STATUS_LABELS[n.status].zh,
      source: 'note',
      ...(n.ruleId ? { ruleId: n.ruleId } : {}),
      noteIds: [n.id],
      start: n.position ? (map ? map.toUtf16(n.position.start) : n.position.start) : -1,
    });
  }
  rows.sort((a, b) => (a.start < 0 ? Infinity : a.start) - (b.start < 0 ? Infinity : b.start));
  const clauses = rows.map((r, i) => ({ no: i + 1, ...r }));
  summary.clauses = clauses.length;

  const checklist: ChecklistItem[] = [];
  const seenMissing = new Set<string>();
  for (const f of missingFindings) {
    const key = keyOf(f);
    if (seenMissing.has(key)) continue;
    seenMissing.add(key);
    const { status, reason } = effective(key);
    const done = status === 'fixed' || status === 'false-positive';
    summary.missing++;
    if (!done) summary.missingUnresolved++;
    checklist.push({
      ruleId: f.ruleId,
      item: f.message,
      basis: formatBasis(f.basis, planTitles),
      suggestion: f.suggestion ?? '',
      status,
      statusLabel: CHECKLIST_LABELS[status],
      ...(reason ? { reason } : {}),
      done,
    });
  }

  return {
    title: titleOf(input.doc),
    doc: { ...input.doc },
    summary,
    clauses,
    checklist,
    conclusion: input.conclusion,
  };
}

/** Header lines shared by the renderers: [label, value]. */
export function headerFields(a: Assessment): [string, string][] {
  const d = a.doc;
  const out: [string, string][] = [['评估对象', `《${d.title.replace(/^《(.*)》$/u, '$1')}》`]];
  if (d.url) out.push(['网址', d.url]);
  if (d.file) out.push(['文件', d.file]);
  if (d.stage) out.push(['评估阶段', d.stage]);
  out.push(['评估依据（配置）', d.profile]);
  if (d.organisation) out.push(['评估单位', d.organisation]);
  out.push(['评估人', d.reviewer]);
  out.push(['日期', d.date]);
  return out;
}

/** Summary sentences shared by the renderers. */
export function summaryLines(a: Assessment): string[] {
  const s = a.summary;
  const lines = [
    `自动检查发现条款问题 ${s.findings} 处：确认问题 ${s.confirmed} 处，已修改 ${s.fixed} 处，误报 ${s.falsePositive} 处，待处理 ${s.open} 处。`,
  ];
  if (s.notes) lines.push(`评估人另行批注确认的问题 ${s.notes} 处。`);
  lines.push(`列入下表的条款共 ${s.clauses} 条（按严重程度：高 ${s.bySeverity.high}，中 ${s.bySeverity.medium}，低 ${s.bySeverity.low}）。`);
  lines.push(`缺失要素 ${s.missing} 项，其中尚未解决 ${s.missingUnresolved} 项。`);
  return lines;
}
