/**
 * W3C Web Annotation export and import of reviewer notes.
 *
 * Export: an AnnotationCollection whose first page embeds every annotation. Each annotation carries both selectors
 * (TextQuoteSelector and TextPositionSelector, code points), motivation `assessing` when the note carries a verdict
 * (status other than open) else `commenting`, TextualBody bodies with purpose commenting / tagging / classifying
 * (rule id) / assessing (readable verdict), and our own fields in the `gea:` namespace so a round trip is lossless.
 *
 * Import: accepts that collection, an AnnotationPage, an array of annotations or a single annotation. Everything
 * is validated before anything is returned; on any error the result holds only the errors (bilingual, naming the
 * item and the field) and no notes.
 */
import * as v from 'valibot';
import {
  BodySchema,
  SelectorSchema,
  TargetSchema,
  WebAnnotationSchema,
} from './schema.ts';
import { STATUS_LABELS, type DocRef, type Note, type NoteStatus } from './types.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/index.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of our extension properties (`gea:status` …). */
export const GEA_NS = 'urn:x-gender-equality-review:';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging' | 'classifying' | 'assessing';
  value: string;
  format?: 'text/plain';
  language?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'commenting';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  body?: TextualBody[];
  target: { source: string; selector: (TextQuoteSelector | TextPositionSelector)[] };
  'gea:docKey': string;
  'gea:status': NoteStatus;
  'gea:reason'?: string;
  'gea:findingKey'?: string;
}

export interface WebAnnotationCollection {
  '@context': [typeof ANNO_CONTEXT, { gea: string }];
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const HAN = /\p{Script=Han}/u;

/** One note as a W3C Annotation (without @context; it is embedded in a collection). */
export function toWebAnnotation(note: Note, doc?: DocRef): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.body) {
    const b: TextualBody = { type: 'TextualBody', purpose: 'commenting', value: note.body, format: 'text/plain' };
    if (HAN.test(note.body)) b.language = 'zh';
    body.push(b);
  }
  for (const t of note.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: t });
  if (note.ruleId) body.push({ type: 'TextualBody', purpose: 'classifying', value: note.ruleId });
  if (note.status !== 'open') {
    const label = STATUS_LABELS[note.status].zh;
    body.push({
      type: 'TextualBody',
      purpose: 'assessing',
      value: note.reason ? `${label}：${note.reason}` : label,
      language: 'zh',
    });
  }
  const selector: (TextQuoteSelector | TextPositionSelector)[] = [{ ...note.quote }];
  if (note.position) selector.push({ ...note.position });
  const a: WebAnnotation = {
    id: UUID.test(note.id) ? `urn:uuid:${note.id}` : note.id,
    type: 'Annotation',
    motivation: note.status === 'open' ? 'commenting' : 'assessing',
    ...(note.reviewer ? { creator: { type: 'Person' as const, name: note.reviewer } } : {}),
    created: note.created,
    modified: note.updated,
    ...(body.length ? { body } : {}),
    target: { source: doc?.source ?? note.docKey, selector },
    'gea:docKey': note.docKey,
    'gea:status': note.status,
  };
  if (note.reason) a['gea:reason'] = note.reason;
  if (note.findingKey) a['gea:findingKey'] = note.findingKey;
  return a;
}

/**
 * Export notes as a W3C AnnotationCollection (JSON-serialisable object; `JSON.stringify(x, null, 2)` to save).
 * `docs` maps docKey → how the document is named (URL or file); unknown docKeys are used as the source.
 */
export function toWebAnnotations(
  notes: readonly Note[],
  docs: Record<string, DocRef> | Map<string, DocRef> = {},
): WebAnnotationCollection {
  const get = (k: string): DocRef | undefined => (docs instanceof Map ? docs.get(k) : Object.hasOwn(docs, k) ? docs[k] : undefined);
  const items = notes.map((n) => toWebAnnotation(n, get(n.docKey)));
  return {
    '@context': [ANNO_CONTEXT, { gea: GEA_NS }],
    type: 'AnnotationCollection',
    label: '性别平等评估批注 / Gender-equality review notes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export type ParseResult = { ok: true; notes: Note[] } | { ok: false; errors: string[] };

export interface ParseOptions {
  /** Used as `created` for foreign annotations without any date. Defaults to now. */
  now?: string;
  /** Stop collecting after this many errors. Default 100. */
  maxErrors?: number;
}

type Rec = Record<string, unknown>;

const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const asArray = (x: unknown): unknown[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function typeName(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'array';
  return typeof x;
}

/** Turn a valibot issue into [zh, en] for the field at `base`. */
function issueText(issue: v.BaseIssue<unknown>, base: string): { field: string; zh: string; en: string } {
  const sub = issue.path?.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('') ?? '';
  const field = (base + sub).replace(/^\./, '') || '(根/root)';
  if (issue.message.includes('||')) {
    const [zh, en] = issue.message.split('||');
    return { field, zh, en };
  }
  if (issue.kind === 'schema' && issue.received === 'undefined') return { field, zh: '缺失', en: 'is missing' };
  if (issue.kind === 'schema') {
    const got = issue.input === undefined ? issue.received : typeName(issue.input);
    return {
      field,
      zh: `类型错误：应为 ${issue.expected ?? '?'}，实际为 ${got}`,
      en: `has the wrong type: expected ${issue.expected ?? '?'}, got ${got}`,
    };
  }
  return { field, zh: `无效：${issue.message}`, en: `is invalid: ${issue.message}` };
}

interface Located {
  value: unknown;
  /** Human position of the item, e.g. 3 (1-based). */
  n: number;
}

function extractItems(data: unknown): Located[] | string {
  const wrap = (arr: unknown[]): Located[] => arr.map((value, i) => ({ value, n: i + 1 }));
  if (Array.isArray(data)) return wrap(data);
  if (!isRec(data)) {
    return `文件内容应为 JSON 对象或数组，实际为 ${typeName(data)}||The file must contain a JSON object or array, got ${typeName(data)}`;
  }
  const t = data.type;
  if (t === 'Annotation' || (Array.isArray(t) && t.includes('Annotation')) || ('target' in data && !('items' in data))) {
    return wrap([data]);
  }
  if ('first' in data) {
    const items: unknown[] = [];
    let page: unknown = data.first;
    let guard = 0;
    while (page !== undefined && guard++ < 10000) {
      if (!isRec(page) || !Array.isArray(page.items)) {
        return 'AnnotationCollection 的 first/next 应为内嵌的 AnnotationPage（含 items 数组）||AnnotationCollection first/next must be an embedded AnnotationPage with an items array';
      }
      items.push(...page.items);
      page = page.next;
    }
    return wrap(items);
  }
  if (Array.isArray(data.items)) return wrap(data.items);
  return '无法识别的文件结构：应为 Annotation、Annotation 数组、AnnotationPage 或 AnnotationCollection||Unrecognised structure: expected an Annotation, an array of Annotations, an AnnotationPage or an AnnotationCollection';
}

function bilingual(pair: string): string {
  const [zh, en] = pair.split('||');
  return en ? `${zh} / ${en}` : zh;
}

function statusFromLabel(value: string): { status: NoteStatus; reason?: string } | null {
  for (const [k, l] of Object.entries(STATUS_LABELS) as [NoteStatus, { zh: string }][]) {
    if (value === l.zh) return { status: k };
    if (value.startsWith(`${l.zh}：`) || value.startsWith(`${l.zh}:`)) return { status: k, reason: value.slice(l.zh.length + 1) };
  }
  return null;
}

/**
 * Validate and convert W3C annotations (a JSON string or an already parsed value) to notes.
 * All-or-nothing: any error gives `{ ok: false, errors }`.
 */
export function parseWebAnnotations(input: unknown, opts: ParseOptions = {}): ParseResult {
  const maxErrors = opts.maxErrors ?? 100;
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      return { ok: false, errors: [`文件不是有效的 JSON：${msg} / The file is not valid JSON: ${msg}`] };
    }
  }
  const located = extractItems(data);
  if (typeof located === 'string') return { ok: false, errors: [bilingual(located)] };

  const errors: string[] = [];
  const notes: Note[] = [];
  const seen = new Map<string, number>();
  const now = opts.now ?? new Date().toISOString();

  for (const { value, n } of located) {
    if (errors.length > maxErrors) break;
    const rawId = isRec(value) && typeof value.id === 'string' ? value.id : '';
    const idZh = rawId ? `（id ${rawId}）` : '';
    const idEn = rawId ? ` (id ${rawId})` : '';
    const itemErrors: string[] = [];
    const err = (field: string, zh: string, en: string) =>
      itemErrors.push(`第 ${n} 条批注${idZh}：字段 ${field} ${zh} / Annotation #${n}${idEn}: field ${field} ${en}`);
    const fromIssues = (issues: readonly v.BaseIssue<unknown>[], base: string) => {
      for (const i of issues) {
        const t = issueText(i, base);
        err(t.field, t.zh, t.en);
      }
    };

    if (!isRec(value)) {
      itemErrors.push(
        `第 ${n} 条批注：应为对象，实际为 ${typeName(value)} / Annotation #${n}: must be an object, got ${typeName(value)}`,
      );
      errors.push(...itemErrors);
      continue;
    }
    const top = v.safeParse(WebAnnotationSchema, value, { abortEarly: false });
    if (!top.success) fromIssues(top.issues, '');

    // target: object, or array of objects/IRIs (take the first object).
    let target: Rec | undefined;
    let targetPath = 'target';
    if (isRec(value.target)) target = value.target;
    else if (Array.isArray(value.target)) {
      const i = value.target.findIndex(isRec);
      if (i >= 0) {
        target = value.target[i] as Rec;
        targetPath = `target[${i}]`;
      }
    }
    let quote = undefined as TextQuoteSelector | undefined;
    let position = undefined as TextPositionSelector | undefined;
    let source = '';
    if (top.success || value.target !== undefined) {
      if (!target) {
        if (value.target !== undefined) err('target', '没有选择器（需要含 source 与 selector 的对象）', 'has no selector (an object with source and selector is required)');
      } else {
        const t = v.safeParse(TargetSchema, target, { abortEarly: false });
        if (!t.success) fromIssues(t.issues, targetPath);
        else source = t.output.source;
        const sels = asArray(target.selector);
        const selBase = Array.isArray(target.selector) ? (i: number) => `${targetPath}.selector[${i}]` : () => `${targetPath}.selector`;
        for (const [i, s] of sels.entries()) {
          const r = v.safeParse(SelectorSchema, s, { abortEarly: false });
          if (!r.success) {
            fromIssues(r.issues, selBase(i));
            continue;
          }
          const o = r.output as Rec;
          if (o.type === 'TextQuoteSelector' && !quote) {
            quote = { type: 'TextQuoteSelector', exact: o.exact as string };
            if (typeof o.prefix === 'string') quote.prefix = o.prefix;
            if (typeof o.suffix === 'string') quote.suffix = o.suffix;
          } else if (o.type === 'TextPositionSelector' && !position) {
            position = { type: 'TextPositionSelector', start: o.start as number, end: o.end as number };
          }
        }
        if (!quote && !itemErrors.some((e) => e.includes('.selector'))) {
          err(
            `${targetPath}.selector`,
            '缺少 TextQuoteSelector（须有 exact 原文）',
            'has no TextQuoteSelector (with the exact quoted text)',
          );
        }
      }
    }

    // bodies
    let comment: string[] = [];
    const tags: string[] = [];
    let ruleId: string | undefined;
    let verdict = null as { status: NoteStatus; reason?: string } | null;
    if (typeof value.bodyValue === 'string' && value.bodyValue) comment.push(value.bodyValue);
    const bodies = asArray(value.body);
    for (const [i, b] of bodies.entries()) {
      if (typeof b === 'string') continue; // an external body (IRI): nothing to import
      const path = Array.isArray(value.body) ? `body[${i}]` : 'body';
      const r = v.safeParse(BodySchema, b, { abortEarly: false });
      if (!r.success) {
        fromIssues(r.issues, path);
        continue;
      }
      const { purpose, value: text } = r.output;
      if (text === undefined) continue;
      if (purpose === 'tagging') tags.push(text);
      else if (purpose === 'classifying') ruleId ??= text;
      else if (purpose === 'assessing') verdict ??= statusFromLabel(text);
      else comment.push(text);
    }
    comment = comment.filter((c) => c !== '');

    // creator: string, object with name/nickname, or array of those.
    let reviewer = '';
    const c0 = asArray(value.creator)[0];
    if (typeof c0 === 'string') reviewer = c0;
    else if (isRec(c0)) {
      if (c0.name !== undefined && typeof c0.name !== 'string') err('creator.name', `类型错误：应为 string，实际为 ${typeName(c0.name)}`, `has the wrong type: expected string, got ${typeName(c0.name)}`);
      reviewer = typeof c0.name === 'string' ? c0.name : typeof c0.nickname === 'string' ? c0.nickname : '';
    }

    // duplicate ids
    const id = rawId.replace(/^urn:uuid:/i, '');
    if (rawId) {
      const first = seen.get(id);
      if (first !== undefined) {
        itemErrors.push(
          `第 ${n} 条批注${idZh}：id 与第 ${first} 条重复 / Annotation #${n}${idEn}: id duplicates annotation #${first}`,
        );
      } else seen.set(id, n);
    }

    if (itemErrors.length || !top.success || !quote) {
      errors.push(...itemErrors);
      continue;
    }
    const out = top.output;
    const status: NoteStatus = out['gea:status'] ?? verdict?.status ?? 'open';
    const reason = out['gea:reason'] ?? (out['gea:status'] ? undefined : verdict?.reason);
    const created = out.created ?? out.modified ?? now;
    const note: Note = {
      id,
      docKey: out['gea:docKey'] ?? source,
      quote,
      body: comment.join('\n\n'),
      tags,
      status,
      reviewer,
      created,
      updated: out.modified ?? created,
    };
    if (position) note.position = position;
    if (reason) note.reason = reason;
    if (ruleId) note.ruleId = ruleId;
    if (out['gea:findingKey']) note.findingKey = out['gea:findingKey'];
    notes.push(reorder(note));
  }
  if (errors.length > maxErrors) {
    errors.splice(maxErrors, Infinity, `…… 错误过多，仅列出前 ${maxErrors} 个 / … too many errors, only the first ${maxErrors} are listed`);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, notes };
}

/** Canonical key order (matches createNote), so imported notes compare and serialise like local ones. */
function reorder(n: Note): Note {
  const o: Note = {
    id: n.id,
    docKey: n.docKey,
    quote: n.quote,
    ...(n.position ? { position: n.position } : {}),
    body: n.body,
    tags: n.tags,
    status: n.status,
    ...(n.reason ? { reason: n.reason } : {}),
    reviewer: n.reviewer,
    ...(n.ruleId ? { ruleId: n.ruleId } : {}),
    ...(n.findingKey ? { findingKey: n.findingKey } : {}),
    created: n.created,
    updated: n.updated,
  };
  return o;
}
