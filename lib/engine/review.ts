/**
 * The review engine: text + rules + profile → findings. Pure; runs in Node, extension pages and content scripts.
 *
 * One pass prepares the text (normalise, compact, segment), one pass finds all rule triggers, then each rule's
 * check runs only in the sentences that contain one of its triggers.
 */
import type {
  Basis,
  Check,
  Condition,
  Finding,
  Kind,
  Lang,
  DocTypeDef,
  Profile,
  ReviewOptions,
  Rule,
  RuleParams,
  Scope,
  Severity,
} from './types.ts';
import { clauseAt, prepare, toInput, type Prepared, type Sentence, type Span } from './text.ts';
import { TriggerIndex } from './triggers.ts';
import { forbiddenListParagraphs, inForbiddenInlineList, isNegated, looksLikeNews } from './negation.ts';
import { findNumbers, fmtPercent, fmtRatio, parseNum, type NumberToken } from './numbers.ts';
import { isNegatedEn, isQuotedEn, refersToRole } from './english.ts';

interface CompiledCond {
  res: RegExp[];
  scope: Scope;
  /** Further scopes to try when `scope` does not hold. */
  or?: Scope[];
}

interface CompiledRule {
  rule: Rule;
  patterns: RegExp[];
  /** English pronoun checks: role nouns the pronoun must refer back to. */
  antecedent: RegExp[];
  when: CompiledCond[];
  unless: CompiledCond[];
  subject: RegExp[];
  elevated?: CompiledCond & { min: number };
  header?: RegExp;
  value?: RegExp;
  docType?: { res: RegExp[]; minHits: number };
  present: RegExp[];
}

interface Compiled {
  list: CompiledRule[];
  zh: TriggerIndex<number>;
  /** Rules checked at document level (required elements, post tables). */
  docLevel: number[];
}

const cache = new WeakMap<Rule[], Compiled>();
const reCache = new Map<string, RegExp>();

/** Compile a pattern with the flags the engine uses (global, indices, unicode; case-insensitive for English). */
export function compilePattern(src: string, lang: Lang = 'zh'): RegExp {
  const key = lang + '\u0000' + src;
  let re = reCache.get(key);
  if (!re) {
    re = new RegExp(src, lang === 'en' ? 'gdiu' : 'gdu');
    reCache.set(key, re);
  }
  return re;
}

function compileCond(c: Condition, lang: Lang): CompiledCond {
  const scopes = Array.isArray(c.scope) ? c.scope : [c.scope];
  return { res: c.any.map((p) => compilePattern(p, lang)), scope: scopes[0], or: scopes.slice(1) };
}

/** Triggers are matched on the compact, folded text: fold them the same way. */
function foldTrigger(t: string): string {
  return t.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

export function compile(rules: Rule[]): Compiled {
  const hit = cache.get(rules);
  if (hit) return hit;
  const zh = new TriggerIndex<number>();
  const docLevel: number[] = [];
  const list = rules.map((rule, i): CompiledRule => {
    const ch = rule.check as Check;
    const lang = rule.lang;
    const cr: CompiledRule = { rule, patterns: [], antecedent: [], when: [], unless: [], subject: [], present: [] };
    if (ch.type === 'required') {
      cr.docType = { res: ch.docType.any.map((p) => compilePattern(p, lang)), minHits: ch.docType.minHits ?? 1 };
      cr.present = ch.present.map((p) => compilePattern(p, lang));
      docLevel.push(i);
      return cr;
    }
    cr.when = (ch.when ?? []).map((c) => compileCond(c, lang));
    cr.unless = (ch.unless ?? []).map((c) => compileCond(c, lang));
    if (ch.type === 'pattern') {
      cr.patterns = ch.patterns.map((p) => compilePattern(p, lang));
      cr.antecedent = (ch.antecedent ?? []).map((p) => compilePattern(p, lang));
    }
    if (ch.type === 'ratio' || ch.type === 'share' || ch.type === 'value') cr.subject = ch.subject.map((p) => compilePattern(p, lang));
    if (ch.type === 'ratio' && ch.elevated) cr.elevated = { ...compileCond(ch.elevated, lang), min: ch.elevated.min };
    if (ch.type === 'ratio' || ch.type === 'share') docLevel.push(i); // also tables (places per sex, members per body)
    if (ch.type === 'column') {
      cr.header = new RegExp(ch.header, 'u');
      cr.value = new RegExp(ch.value, 'u');
      docLevel.push(i);
      return cr;
    }
    // Triggers are scanned on the compact text (no whitespace), English ones lower-cased: "males only" → "malesonly".
    for (const t of ch.triggers) zh.add(foldTrigger(t).toLowerCase(), i);
    return cr;
  });
  const compiled = { list, zh, docLevel };
  cache.set(rules, compiled);
  return compiled;
}

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const ok = re.test(s);
  re.lastIndex = 0;
  return ok;
}

/** Per-review state: prepared text, and memoised document-scope condition results. */
class Ctx {
  docMemo = new Map<string, boolean>();
  constructor(
    readonly p: Prepared,
    readonly profile: Profile | undefined,
    readonly locale: Lang,
  ) {}

  /** Compact span of a scope around a match in sentence `s`. */
  scopeSpan(scope: Scope, s: Sentence, start: number, end: number): Span {
    switch (scope) {
      case 'clause': {
        const a = clauseAt(s, start);
        return { start: a.start, end: Math.max(a.end, Math.min(end, s.end)) };
      }
      case 'sentence':
        return s;
      case 'paragraph': {
        const para = this.p.paragraphs[s.para];
        return para ?? s;
      }
      case 'document':
        return { start: 0, end: this.p.c.length };
      case 'near':
        return { start: Math.max(0, start - 60), end: Math.min(this.p.c.length, end + 30) };
      case 'title':
        return this.p.title;
      case 'list':
        return this.listSpan(s);
    }
  }

  /**
   * The list a sentence is an item of: from the lead-in paragraph (ending with a colon) through the sentence,
   * across the items in between (下列人员不确认为本社成员：(一)…(二)…(三)…). Just the sentence when it is no list item.
   */
  listSpan(s: Sentence): Span {
    const paras = this.p.paragraphs;
    const c = this.p.c;
    const item = /^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d{1,2}[.、](?!\d)|[①-⑳])/;
    let k = s.para;
    if (!paras[k] || !item.test(c.slice(paras[k].start, paras[k].end))) return s;
    while (k > 0) {
      k--;
      const t = c.slice(paras[k].start, paras[k].end);
      if (/:$/.test(t)) return { start: paras[k].start, end: s.end };
      if (!item.test(t)) break;
    }
    return s;
  }

  holds(cond: CompiledCond, s: Sentence, start: number, end: number, lang: Lang): boolean {
    if (this.holdsIn(cond, s, start, end, lang)) return true;
    return !!cond.or?.some((scope) => this.holdsIn({ res: cond.res, scope }, s, start, end, lang));
  }

  private holdsIn(cond: CompiledCond, s: Sentence, start: number, end: number, lang: Lang): boolean {
    const whole = cond.scope === 'document' || cond.scope === 'title';
    const span = this.scopeSpan(cond.scope, s, start, end);
    let str: string | undefined;
    return cond.res.some((re) => {
      const key = whole ? `${cond.scope}:${lang}:${re.source}` : '';
      if (whole) {
        const cached = this.docMemo.get(key);
        if (cached !== undefined) return cached;
      }
      str ??= this.textOf(span, lang);
      const ok = test(re, str);
      if (whole) this.docMemo.set(key, ok);
      return ok;
    });
  }

  /** Text of a compact span: compact for Chinese rules, the original (folded) text for English ones. */
  textOf(span: Span, lang: Lang): string {
    if (lang === 'zh') return this.p.c.slice(span.start, span.end);
    const o = toInput(this.p, span.start, span.end);
    return this.p.norm.slice(o.start, o.end);
  }

  lines?: Array<{ start: number; end: number; cells: Span[] }>;
  private listParas?: Set<number>;
  private news?: boolean;

  forbiddenList(): Set<number> {
    return (this.listParas ??= forbiddenListParagraphs(this.p.paragraphs.map((x) => this.p.c.slice(x.start, x.end))));
  }

  isNews(): boolean {
    return (this.news ??= looksLikeNews(this.p.c.slice(0, 300)));
  }

  params(rule: Rule): RuleParams {
    return this.profile?.params?.[rule.id] ?? {};
  }

  basis(rule: Rule): Basis {
    const plan = this.profile?.plan;
    return (plan && rule.basis.find((b) => b.plan === plan)) || rule.basis[0];
  }

  finding(rule: Rule, start: number, end: number, vars: Record<string, string> = {}): Finding {
    const fill = (t: string) => t.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
    const f: Finding = {
      ruleId: rule.id,
      kind: rule.kind as Kind,
      severity: rule.severity as Severity,
      start,
      end,
      quote: this.p.text.slice(start, end),
      message: fill(rule.message[this.locale]),
      basis: this.basis(rule),
    };
    if (rule.suggestion) f.suggestion = fill(rule.suggestion[this.locale]);
    return f;
  }
}

/** Does the rule apply under this profile? */
export function ruleApplies(rule: Rule, profile: Profile | undefined, disabled?: string[]): boolean {
  if (disabled?.includes(rule.id)) return false;
  const pid = profile?.id ?? 'baseline';
  if (profile?.disable?.includes(rule.id)) return false;
  return rule.profiles.includes('*') || rule.profiles.includes(pid);
}

function conditionsPass(ctx: Ctx, cr: CompiledRule, s: Sentence, start: number, end: number): boolean {
  const lang = cr.rule.lang;
  for (const w of cr.when) if (!ctx.holds(w, s, start, end, lang)) return false;
  for (const u of cr.unless) if (ctx.holds(u, s, start, end, lang)) return false;
  return true;
}

function negated(ctx: Ctx, cr: CompiledRule, s: Sentence, start: number, end: number): boolean {
  // Negation applies to phrase checks by default; numeric checks read the number whatever the verb (不得低于1:1).
  const ch = cr.rule.check as { type: string; negation?: boolean };
  if (!(ch.negation ?? (ch.type === 'pattern' || ch.type === 'column'))) return false;
  if (cr.rule.lang === 'en') {
    const o = toInput(ctx.p, s.start, s.end);
    const m = toInput(ctx.p, start, end);
    return isNegatedEn(ctx.p.norm.slice(o.start, o.end), m.start - o.start, m.end - o.start);
  }
  const cl = clauseAt(s, start);
  const c = ctx.p.c;
  // Items of a list introduced by "不得实施下列行为：" (law text), as separate paragraphs or inline.
  if (ctx.forbiddenList().has(s.para)) return true;
  const para = ctx.p.paragraphs[s.para];
  if (para && inForbiddenInlineList(c.slice(para.start, start))) return true;
  // A news report describes and quotes violations; it is not a draft that commits them.
  if (ctx.isNews()) return true;
  return isNegated({
    clause: c.slice(cl.start, cl.end),
    mStart: start - cl.start,
    mEnd: Math.min(end, cl.end) - cl.start,
    sentence: c.slice(s.start, s.end),
    sStart: start - s.start,
    sEnd: end - s.start,
  });
}

// ---------------------------------------------------------------- pattern check

function runPattern(ctx: Ctx, cr: CompiledRule, s: Sentence, out: Finding[]): void {
  const p = ctx.p;
  const lang = cr.rule.lang;
  const str = ctx.textOf(s, lang);
  const base = lang === 'zh' ? s.start : toInput(p, s.start, s.end).start;
  for (const re of cr.patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(str))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const hitIdx = m.indices?.groups?.hit;
      const [ms, me] = hitIdx ?? m.indices![0]!;
      let start: number;
      let end: number;
      let cs: number; // compact coordinates for scope checks
      let ce: number;
      if (lang === 'zh') {
        cs = base + ms;
        ce = base + me;
        const o = toInput(p, cs, ce);
        start = o.start;
        end = o.end;
      } else {
        start = base + ms;
        end = base + me;
        cs = compactIndex(p, start);
        ce = compactIndex(p, end - 1) + 1;
      }
      if (!hitIdx) {
        // Shortest match with the same end: 因女职工怀孕、生育、哺乳而降低工资 → 哺乳而降低工资, so negation and
        // context are judged for the clause the finding really sits in.
        const k = shortestStart(re, str, ms, me);
        if (k > ms) {
          if (lang === 'zh') {
            cs = base + k;
            start = toInput(p, cs, ce).start;
          } else {
            start = base + k;
            cs = compactIndex(p, start);
          }
        }
      }
      if (!conditionsPass(ctx, cr, s, cs, ce)) continue;
      if (lang === 'en' && isQuotedEn(str, start - base, end - base)) continue; // a mention, not a use
      if (negated(ctx, cr, s, cs, ce)) continue;
      if (cr.antecedent.length && !antecedentIsRole(ctx, cr, s, start, end)) continue;
      out.push(ctx.finding(cr.rule, start, end, { match: p.text.slice(start, end) }));
    }
  }
}

/** English pronoun at input [start, end): does it refer back to one of the rule's role nouns (paragraph context)? */
function antecedentIsRole(ctx: Ctx, cr: CompiledRule, s: Sentence, start: number, end: number): boolean {
  const para = ctx.p.paragraphs[s.para] ?? s;
  const ps = toInput(ctx.p, para.start, para.end).start;
  const text = ctx.p.norm.slice(ps, toInput(ctx.p, para.start, para.end).end);
  return refersToRole(text, start - ps, end - ps, cr.antecedent);
}

const stickyCache = new WeakMap<RegExp, RegExp>();

/** The latest start in (ms, me) at which `re` matches exactly up to `me`; ms if none. */
function shortestStart(re: RegExp, str: string, ms: number, me: number): number {
  let sticky = stickyCache.get(re);
  if (!sticky) stickyCache.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  let best = ms;
  for (let k = ms + 1; k < me; k++) {
    sticky.lastIndex = k;
    const m = sticky.exec(str.slice(0, me));
    if (m && k + m[0].length === me) best = k;
  }
  return best;
}

/** Compact index of an input index (binary search on the map). */
function compactIndex(p: Prepared, inputIdx: number): number {
  let lo = 0;
  let hi = p.c.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.map[mid] <= inputIdx) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ---------------------------------------------------------------- ratio check (female : male)

const SEX_RE = /[男女]/g;
const PLACE_COUNT = /(?:蹲位|坐位|厕位|便器|小便器|小便斗|小便站位|大便器|蹲便器|坐便器|厕坑|便位|位)/;

interface RatioHit {
  value: number;
  start: number;
  end: number;
}

/** The sex order the text names before a ratio: 'FM' (女…男), 'MF' (男…女) or null. */
function sexOrder(sentence: string, before: number, after: number): 'FM' | 'MF' | null {
  // An explicit (女:男) right after the number wins.
  const tail = sentence.slice(after, after + 8);
  const tm = /^[(（]?(女|男)(?:性)?(?::|比|∶)(男|女)/.exec(tail);
  if (tm && tm[1] !== tm[2]) return tm[1] === '女' ? 'FM' : 'MF';
  const head = sentence.slice(Math.max(0, before - 40), before);
  let lastF = -1;
  let lastM = -1;
  for (const m of head.matchAll(SEX_RE)) {
    // 妇女 / 女性 / 女厕 all count as female; skip 男女平等-like pairs? they still give order.
    if (m[0] === '女') lastF = m.index!;
    else lastM = m.index!;
  }
  if (lastF < 0 || lastM < 0) return null;
  // The pair nearest the number decides: e.g. 充分考虑妇女…，女性厕位与男性厕位的比例 → 女 then 男.
  return lastF < lastM ? 'FM' : 'MF';
}

/** Group ratio tokens joined by 或/至/~ (alternatives or ranges): the weakest value counts. */
function groupAlternatives(sentence: string, base: number, toks: NumberToken[]): NumberToken[][] {
  const groups: NumberToken[][] = [];
  for (const t of toks) {
    const g = groups[groups.length - 1];
    if (g) {
      const prev = g[g.length - 1];
      const gap = sentence.slice(prev.end - base, t.start - base);
      if (/^(?:或|或者|至|到|~|～|-|—|、|或为)$/.test(gap)) {
        g.push(t);
        continue;
      }
    }
    groups.push([t]);
  }
  return groups;
}

/** Counts per sex in one sentence: 男厕蹲位4个、小便器4个，女厕蹲位6个 / 男女各五个蹲位. Offsets are relative. */
function ratioFromCounts(sentence: string): { value: number; start: number; end: number } | null {
  // After a change (…改为女厕位，改造后女厕位14个、男厕位7个) only the resulting numbers count.
  const change = [...sentence.matchAll(/改造后|改建后|扩建后|建成后|调整后|调整为|改为/g)].pop();
  if (change) {
    const from = change.index! + change[0].length;
    const r = countPlaces(sentence, from);
    if (r) return r;
  }
  return countPlaces(sentence, 0);
}

function countPlaces(sentence: string, from: number): { value: number; start: number; end: number } | null {
  const text = sentence.slice(from);
  const each = new RegExp(`男女(?:厕位|厕所|卫生间)?各(?:设|设置|配置|配建)?([\\d${'零〇一二两三四五六七八九十'}]+)个?`).exec(text);
  if (each) return { value: 1, start: from + each.index, end: from + each.index + each[0].length };
  const totals = { 男: 0, 女: 0 };
  const marks = [...text.matchAll(/[男女](?:性|士|厕|卫生间|用|宾)/g)].map((m) => m.index!);
  let first = -1;
  let last = -1;
  for (let k = 0; k < marks.length; k++) {
    const a = marks[k];
    const b = k + 1 < marks.length ? marks[k + 1] : text.length;
    const part = text.slice(a, b);
    const sex = part[0] as '男' | '女';
    for (const t of findNumbers(part)) {
      if (t.kind !== 'count' || (t.unit !== '个' && t.unit !== '位')) continue;
      // Only counts of toilet places: the place word right before or after the number.
      const around = part.slice(Math.max(0, t.start - 6), t.end + 5);
      if (!PLACE_COUNT.test(around)) continue;
      // A sub-count of the total just given (男厕位12个(其中小便斗6个) / 30个(含小便器16个)) is not added again.
      if (/(?:其中|含有?|包括|包含)[^,;。)）]{0,6}$/.test(part.slice(0, t.start))) continue;
      totals[sex] += t.a;
      if (first < 0) first = a;
      last = a + t.end;
    }
  }
  if (first < 0 || totals.男 === 0 || totals.女 === 0) return null;
  return { value: totals.女 / totals.男, start: from + first, end: from + last };
}

function runRatio(ctx: Ctx, cr: CompiledRule, s: Sentence, out: Finding[]): void {
  const ch = cr.rule.check as Extract<Check, { type: 'ratio' }>;
  const c = ctx.p.c;
  const str = c.slice(s.start, s.end);
  const subj = cr.subject.map((re) => (re.lastIndex = 0, re.exec(str))).filter(Boolean) as RegExpExecArray[];
  cr.subject.forEach((re) => (re.lastIndex = 0));
  if (!subj.length) return;
  const subjStart = Math.min(...subj.map((m) => m.index));
  const params = ctx.params(cr.rule);
  const baseMin = params.min ?? ch.min;
  const elevatedMin = params.elevatedMin ?? ch.elevated?.min;

  const toks = findNumbers(str, s.start).filter((t) => t.kind === 'ratio' && t.start - s.start >= subjStart - 40);
  // Which clauses are "elevated" (人流量较大, 交通枢纽 …)?
  const elevatedIn = (start: number, end: number): boolean => {
    if (!cr.elevated || elevatedMin === undefined) return false;
    const el = cr.elevated;
    // Does the sentence itself name a category and its own ratio in one clause (…人流量较大地区提高到2:1)?
    const clauseHas = s.clauses.some((_, k) => {
      const a = s.clauses[k];
      const b = k + 1 < s.clauses.length ? s.clauses[k + 1] : s.end;
      const cl = c.slice(a, b);
      return el.res.some((re) => test(re, cl)) && toks.some((t) => t.start >= a && t.start < b);
    });
    if (clauseHas) {
      // The sentence distinguishes categories itself: only the clause naming them is elevated.
      return ctx.holds({ res: el.res, scope: 'clause' }, s, start, end, 'zh');
    }
    return ctx.holds({ res: el.res, scope: el.scope }, s, start, end, 'zh') || ctx.holds({ res: el.res, scope: 'title' }, s, start, end, 'zh');
  };

  const hits: RatioHit[] = [];
  for (const group of groupAlternatives(str, s.start, toks)) {
    let worst = Infinity;
    for (const t of group) {
      const order = sexOrder(str, t.start - s.start, t.end - s.start);
      if (!order) continue;
      const v = order === 'FM' ? t.a / t.b! : t.b! / t.a;
      worst = Math.min(worst, v);
    }
    if (worst === Infinity) continue;
    hits.push({ value: worst, start: group[0].start, end: group[group.length - 1].end });
  }
  if (!toks.length) {
    const r = ratioFromCounts(str);
    if (r) hits.push({ value: r.value, start: s.start + r.start, end: s.start + r.end });
  }
  for (const h of hits) {
    const min = elevatedIn(h.start, h.end) ? Math.max(elevatedMin!, baseMin) : baseMin;
    if (h.value + 1e-9 >= min) continue;
    if (!conditionsPass(ctx, cr, s, h.start, h.end)) continue;
    // Quote from the subject (when in the same clause) to the number.
    const cl = clauseAt(s, h.start);
    let qs = h.start;
    const subjInClause = subj.map((m) => s.start + m.index).filter((i) => i >= cl.start && i < h.start);
    if (subjInClause.length) qs = Math.min(...subjInClause);
    else qs = Math.max(cl.start, Math.min(h.start, s.start + subjStart));
    // Include the sexes named just before the subject (男、女厕位…).
    const lead = /[男女](?:性|士)?(?:、|和|与)?[男女]?(?:性|士)?$/.exec(c.slice(Math.max(cl.start, qs - 6), qs));
    if (lead) qs -= lead[0].length;
    let qe = h.end;
    if (qe > s.end) qe = s.end;
    // Trim trailing punctuation.
    while (qe > qs && /[，,。；;：:、]/.test(c[qe - 1])) qe--;
    const o = toInput(ctx.p, qs, qe);
    out.push(ctx.finding(cr.rule, o.start, o.end, { value: fmtRatio(h.value), min: fmtRatio(min) }));
  }
}

// ---------------------------------------------------------------- share check (women's share of a body)

const FEMALE_RE = /女|妇女/;
const CAP_AFTER = /^(?:以下|以内|之内)/;
const CAP_BEFORE = /(?:不超过|不高于|不得超过|最多|至多|上限为?|控制在)$/;
const BODY_RE = /委员会|委会|两委|代表|班子|干部|成员|人员|职工/;

function runShare(ctx: Ctx, cr: CompiledRule, s: Sentence, out: Finding[]): void {
  const ch = cr.rule.check as Extract<Check, { type: 'share' }>;
  const c = ctx.p.c;
  const str = c.slice(s.start, s.end);
  const subjects: number[] = [];
  for (const re of cr.subject) {
    re.lastIndex = 0;
    for (const m of str.matchAll(re)) subjects.push(m.index!);
    re.lastIndex = 0;
  }
  if (!subjects.length) return;
  subjects.sort((a, b) => a - b);
  const params = ctx.params(cr.rule);
  const min = params.min ?? ch.min;
  const tol = params.tolerance ?? ch.tolerance ?? 0;
  const toks = findNumbers(str, s.start);

  interface ShareHit {
    share: number;
    start: number;
    end: number;
    cap: boolean;
  }
  const hits: ShareHit[] = [];
  for (const t of toks) {
    if (t.kind !== 'percent' && t.kind !== 'fraction') continue;
    const rel = t.start - s.start;
    const subj = subjects.filter((i) => i < rel).pop();
    if (subj === undefined) continue;
    const between = str.slice(subj, rel);
    const cl = clauseAt(s, t.start);
    const clauseStr = c.slice(cl.start, cl.end);
    // The share belongs to the body named in its own clause: 妇女村民代表…三分之一以上，村“两委”成员中女性…30%.
    if (s.start + subj < cl.start && BODY_RE.test(clauseStr)) continue;
    if (!FEMALE_RE.test(between) && !FEMALE_RE.test(clauseStr)) continue;
    const after = str.slice(t.end - s.start);
    const before = str.slice(0, rel);
    const cap = CAP_AFTER.test(after) || CAP_BEFORE.test(before);
    hits.push({ share: t.a, start: s.start + subj, end: t.end, cap });
  }
  // Counts: 村委会由5人组成，其中妇女1名 / 代表25人的嘎查，妇女代表不少于6人；代表35人的…: each women count pairs
  // with the nearest total before it (or, failing that, the next one).
  if (!hits.length) {
    let total: NumberToken | undefined;
    let pendingWomen: NumberToken | undefined;
    const pair = (women: NumberToken, tot: NumberToken) => {
      if (tot.a <= 0 || women.a > tot.a) return;
      const first = Math.min(women.start, tot.start);
      const subj = subjects.filter((i) => i <= first - s.start).pop() ?? subjects[0];
      hits.push({ share: women.a / tot.a, start: s.start + Math.min(subj, first - s.start), end: Math.max(women.end, tot.end), cap: false });
    };
    for (const t of toks) {
      if (t.kind !== 'count' || (t.unit !== '名' && t.unit !== '人' && t.unit !== '席')) continue;
      const rel = t.start - s.start;
      const pre = str.slice(Math.max(0, rel - 8), rel);
      const post = str.slice(t.end - s.start, t.end - s.start + 6);
      if (/(?:女|妇女)(?:性)?(?:成员|委员|代表|干部)?(?:至少|不少于|应有|须有|占|为|有)?$/.test(pre) || /^(?:为|是)?(?:女|妇女)/.test(post)) {
        if (total) {
          pair(t, total);
          total = undefined;
        } else pendingWomen ??= t;
      } else if (/(?:共|由|总数|职数|设|配备|组成人员|成员|代表)(?:为|共)?$/.test(pre) || /^(?:组成|的)/.test(post)) {
        if (pendingWomen) {
          pair(pendingWomen, t);
          pendingWomen = undefined;
        } else total = t;
      }
    }
  }
  for (const h of hits) {
    if (!h.cap && h.share + tol + 1e-9 >= min) continue;
    if (!conditionsPass(ctx, cr, s, h.start, h.end)) continue;
    let qe = h.end;
    const cl = clauseAt(s, h.start);
    let qs = h.start;
    if (h.end - qs > 60) qs = cl.start;
    while (qe > qs && /[，,。；;：:、]/.test(c[qe - 1])) qe--;
    const o = toInput(ctx.p, qs, qe);
    out.push(ctx.finding(cr.rule, o.start, o.end, { value: fmtPercent(h.share), min: fmtPercent(min) }));
  }
}

// ---------------------------------------------------------------- value check (indicator targets)

const PER100K_RE = /(\d+(?:\.\d+)?)\/(?:10|十)万|十万分之(\d+(?:\.\d+)?)|每(?:10|十)万[^,;。]{0,8}?(\d+(?:\.\d+)?)(?:例|人)?/g;

const LIST_SEP = /、|和|及|与|以及/;
const INDICATOR_END = /(?:率|数|比例|比重|占比|水平)$/;
const FROM_TO_GAP = /^(?:以上|以下)?(?:下降|降低|减少|提高|提升|增加|增长|上升|扩大|缩小)?(?:到|至|为)$/;

/**
 * Which number after the indicator is its value. Usually the first; but
 * - "由18.2/10万下降到11.4/10万": the value reached (the second);
 * - "A率和B率分别达到85%和92%": the number at the indicator's position in the list. Where the list has fewer numbers
 *   of the unit than that position, only a unit that cannot be confused (per 100 000) still gives the one there is.
 */
function pickValue(
  before: string,
  rest: string,
  cands: Array<{ value: number; vs: number; ve: number }>,
  distinctUnit: boolean,
): { value: number; vs: number; ve: number; listed: boolean } | null {
  if (!cands.length) return null;
  if (/分别/.test(rest.slice(0, cands[0].vs))) {
    const pieces = before.split(LIST_SEP);
    let k = 0;
    if (pieces.length > 1 && pieces[pieces.length - 1] === '') {
      for (let i = pieces.length - 2; i >= 0 && INDICATOR_END.test(pieces[i]); i--) k++;
    }
    if (k < cands.length) return { ...cands[k], listed: true };
    return distinctUnit && cands.length === 1 ? { ...cands[0], listed: true } : null;
  }
  if (cands.length > 1 && /(?:由|从)$/.test(rest.slice(0, cands[0].vs)) && FROM_TO_GAP.test(rest.slice(cands[0].ve, cands[1].vs))) {
    return { ...cands[1], listed: false };
  }
  return { ...cands[0], listed: false };
}

function runValue(ctx: Ctx, cr: CompiledRule, s: Sentence, out: Finding[]): void {
  const ch = cr.rule.check as Extract<Check, { type: 'value' }>;
  const c = ctx.p.c;
  const str = c.slice(s.start, s.end);
  const params = ctx.params(cr.rule);
  const min = params.min ?? ch.min;
  const max = params.max ?? ch.max;
  const subjects: Array<[number, number]> = [];
  for (const re of cr.subject) {
    re.lastIndex = 0;
    for (const m of str.matchAll(re)) subjects.push([m.index!, m.index! + m[0].length]);
    re.lastIndex = 0;
  }
  subjects.sort((a, b) => a[0] - b[0]);
  let lastEnd = -1;
  for (const [ss, se] of subjects) {
    if (ss < lastEnd) continue;
    const cl = clauseAt(s, s.start + ss);
    const rest = c.slice(s.start + se, cl.end);
    // Candidate numbers of the check's unit after the subject, in clause order.
    const cands: Array<{ value: number; vs: number; ve: number }> = [];
    if (ch.unit === 'per100k') {
      for (const m of rest.matchAll(PER100K_RE)) cands.push({ value: Number(m[1] ?? m[2] ?? m[3]), vs: m.index!, ve: m.index! + m[0].length });
    } else {
      for (const t of findNumbers(rest)) {
        if (ch.unit === 'percent' ? t.kind === 'percent' || t.kind === 'fraction' : t.kind === 'count') cands.push({ value: t.a, vs: t.start, ve: t.end });
      }
      if (!cands.length && ch.unit === 'number') {
        const m = /\d+(?:\.\d+)?/.exec(rest);
        if (m) cands.push({ value: Number(m[0]), vs: m.index, ve: m.index + m[0].length });
      }
    }
    const pick = pickValue(c.slice(cl.start, s.start + ss), rest, cands, ch.unit === 'per100k');
    if (!pick) continue;
    const { value, vs, ve, listed } = pick;
    // Another indicator between the subject and the number: the number is not ours (unless a 分别 list paired them).
    const gap = rest.slice(0, vs);
    if (!listed && /[率数比]/.test(gap.replace(/比例|比重/g, '')) && gap.length > 12) continue;
    const bad = (min !== undefined && value + 1e-9 < min) || (max !== undefined && value - 1e-9 > max);
    lastEnd = se + ve;
    if (!bad) continue;
    const qs = s.start + ss;
    const qe = s.start + se + ve;
    if (!conditionsPass(ctx, cr, s, qs, qe)) continue;
    if (negated(ctx, cr, s, qs, qe)) continue;
    const fmt = (x: number | undefined) => (x === undefined ? '' : ch.unit === 'percent' ? fmtPercent(x) : ch.unit === 'per100k' ? `${x}/10万` : String(x));
    const o = toInput(ctx.p, qs, qe);
    out.push(ctx.finding(cr.rule, o.start, o.end, { value: fmt(value), min: fmt(min), max: fmt(max) }));
  }
}

// ---------------------------------------------------------------- post tables (column check)

interface TableLine {
  start: number;
  end: number;
  cells: Span[];
}

/** Lines of the (folded) input split into tab-separated cells, with input offsets; memoised per review. */
function tableLines(ctx: Ctx): TableLine[] {
  if (ctx.lines) return ctx.lines;
  const norm = ctx.p.norm;
  const lines: TableLine[] = [];
  let pos = 0;
  for (const line of norm.split('\n')) {
    const cells: Span[] = [];
    let cpos = pos;
    for (const cell of line.split('\t')) {
      const lead = cell.length - cell.trimStart().length;
      const trail = cell.length - cell.trimEnd().length;
      cells.push({ start: cpos + lead, end: Math.max(cpos + lead, cpos + cell.length - trail) });
      cpos += cell.length + 1;
    }
    lines.push({ start: pos, end: pos + line.length, cells });
    pos += line.length + 1;
  }
  return (ctx.lines = lines);
}

const DOC_SENTENCE = (ctx: Ctx): Sentence => ({ start: 0, end: ctx.p.c.length, para: 0, clauses: [0] });

/** A table of toilet places: a 男…厕位 column and a 女…厕位 column; each row's female:male ratio is checked. */
function runRatioTable(ctx: Ctx, cr: CompiledRule, out: Finding[]): void {
  const ch = cr.rule.check as Extract<Check, { type: 'ratio' }>;
  const norm = ctx.p.norm;
  const cell = (sp: Span) => norm.slice(sp.start, sp.end).replace(/\s+/g, '');
  const params = ctx.params(cr.rule);
  const baseMin = params.min ?? ch.min;
  const elevatedMin = params.elevatedMin ?? ch.elevated?.min;
  const titleElevated = !!cr.elevated && ctx.holds({ res: cr.elevated.res, scope: 'title' }, DOC_SENTENCE(ctx), 0, 0, 'zh');
  let mCol = -1;
  let fCol = -1;
  for (const line of tableLines(ctx)) {
    if (line.cells.length < 2) {
      if (line.end > line.start) mCol = fCol = -1;
      continue;
    }
    const texts = line.cells.map(cell);
    const isSubject = (t: string) => cr.subject.some((re) => test(re, t)) || /厕|蹲位|便器/.test(t);
    const m = texts.findIndex((t) => /男/.test(t) && !/女/.test(t) && isSubject(t));
    const f = texts.findIndex((t) => /女/.test(t) && !/男/.test(t) && isSubject(t));
    if (m >= 0 && f >= 0) {
      mCol = m;
      fCol = f;
      continue;
    }
    if (mCol < 0 || !line.cells[mCol] || !line.cells[fCol]) continue;
    const men = parseNum(texts[mCol]);
    const women = parseNum(texts[fCol]);
    if (men === null || women === null || men <= 0) continue;
    const row = texts.join(' ');
    const elevated = titleElevated || (!!cr.elevated && cr.elevated.res.some((re) => test(re, row)));
    const min = elevated && elevatedMin !== undefined ? Math.max(elevatedMin, baseMin) : baseMin;
    const value = women / men;
    if (value + 1e-9 >= min) continue;
    const first = line.cells.find((c2) => c2.end > c2.start)!;
    const lastCell = line.cells[Math.max(mCol, fCol)];
    out.push(ctx.finding(cr.rule, first.start, lastCell.end, { value: fmtRatio(value), min: fmtRatio(min) }));
  }
}

/** A table with a total column about the body (村民代表总数) and a women's column (其中妇女代表): each row's share. */
function runShareTable(ctx: Ctx, cr: CompiledRule, out: Finding[]): void {
  const ch = cr.rule.check as Extract<Check, { type: 'share' }>;
  const norm = ctx.p.norm;
  const cell = (sp: Span) => norm.slice(sp.start, sp.end).replace(/\s+/g, '');
  const params = ctx.params(cr.rule);
  const min = params.min ?? ch.min;
  const tol = params.tolerance ?? ch.tolerance ?? 0;
  let tCol = -1;
  let fCol = -1;
  for (const line of tableLines(ctx)) {
    if (line.cells.length < 2) {
      if (line.end > line.start) tCol = fCol = -1;
      continue;
    }
    const texts = line.cells.map(cell);
    // The total column names the body (村民代表总数), or is a bare 职数/总数 under a heading that names it.
    const named = (x: string) => cr.subject.some((re) => test(re, x));
    let t = texts.findIndex((x) => !/女/.test(x) && named(x));
    if (t < 0) {
      const g = texts.findIndex((x) => /^(?:成员|委员|代表)?(?:职数|总数|人数|名额|成员数|代表数|代表人数)$/.test(x));
      const before = norm.slice(Math.max(0, line.start - 200), line.start).replace(/\s+/g, '');
      if (g >= 0 && (named(before) || ctx.holds({ res: cr.subject, scope: 'title' }, DOC_SENTENCE(ctx), 0, 0, 'zh'))) t = g;
    }
    const f = texts.findIndex((x) => /女|妇女/.test(x) && !/男/.test(x) && !/\d/.test(x));
    if (t >= 0 && f >= 0 && t !== f) {
      tCol = t;
      fCol = f;
      continue;
    }
    if (tCol < 0 || !line.cells[tCol] || !line.cells[fCol]) continue;
    const total = parseNum(texts[tCol]);
    const women = parseNum(texts[fCol]);
    if (total === null || women === null || total <= 0 || women > total) continue;
    const share = women / total;
    if (share + tol + 1e-9 >= min) continue;
    const first = line.cells.find((c2) => c2.end > c2.start)!;
    out.push(ctx.finding(cr.rule, first.start, line.cells[Math.max(tCol, fCol)].end, { value: fmtPercent(share), min: fmtPercent(min) }));
  }
}

function runColumn(ctx: Ctx, cr: CompiledRule, out: Finding[]): void {
  const norm = ctx.p.norm;
  if (!norm.includes('\t')) return;
  // Context conditions of a column check are document-level (it has no sentence): evaluate once.
  const doc = DOC_SENTENCE(ctx);
  for (const w of cr.when) if (!ctx.holds({ ...w, scope: 'document' }, doc, 0, 0, 'zh')) return;
  // Exemptions scoped to the document or title apply to the whole table; any other exemption is read in the row
  // (井下凿岩工 … 属国家规定的女职工禁忌从事的劳动范围).
  const docWide = (u: CompiledCond) => [u.scope, ...(u.or ?? [])].some((x) => x === 'document' || x === 'title');
  for (const u of cr.unless) if (docWide(u) && ctx.holds(u, doc, 0, 0, 'zh')) return;
  const rowUnless = cr.unless.filter((u) => !docWide(u));
  const lines = tableLines(ctx);
  let col = -1;
  let width = 0;
  for (const line of lines) {
    if (line.cells.length === 1 && line.cells[0].start === line.cells[0].end) continue; // blank line
    if (line.cells.length < 2) {
      col = -1;
      continue;
    }
    const headerIdx = line.cells.findIndex((cell) => cr.header!.test(norm.slice(cell.start, cell.end).replace(/\s+/g, '')));
    if (headerIdx >= 0) {
      col = headerIdx;
      width = line.cells.length;
      continue;
    }
    if (col < 0 || line.cells.length < width - 1) continue;
    const cell = line.cells[col];
    if (!cell) continue;
    const v = norm.slice(cell.start, cell.end).replace(/\s+/g, '');
    if (!cr.value!.test(v)) continue;
    const row = norm.slice(line.start, line.end).replace(/\s+/g, '');
    if (rowUnless.some((u) => u.res.some((re) => test(re, row)))) continue;
    out.push(ctx.finding(cr.rule, cell.start, cell.end));
  }
}

// ---------------------------------------------------------------- required elements

export interface DocTypeHit {
  id: string;
  name?: { zh: string; en: string };
  /** Required-element rules that apply to this type of document. */
  ruleIds: string[];
}

function docTypeMatches(ctx: Ctx, cr: CompiledRule): boolean {
  const dt = cr.docType!;
  const lang = cr.rule.lang;
  const doc = lang === 'zh' ? ctx.p.c : ctx.p.norm;
  let hits = 0;
  for (const re of dt.res) if (test(re, doc)) hits++;
  return hits >= dt.minHits;
}

function runRequired(ctx: Ctx, cr: CompiledRule, out: Finding[]): void {
  const doc = cr.rule.lang === 'zh' ? ctx.p.c : ctx.p.norm;
  if (cr.present.some((re) => test(re, doc))) return;
  out.push(ctx.finding(cr.rule, 0, 0));
}

// ---------------------------------------------------------------- entry points

export interface Analysis {
  findings: Finding[];
  /** Document types detected (from required-element rules), with the rules that check them. */
  docTypes: DocTypeHit[];
}

export function analyze(text: string, opts: ReviewOptions): Analysis {
  const compiled = compile(opts.rules);
  const p = prepare(text);
  const ctx = new Ctx(p, opts.profile, opts.locale ?? 'zh');
  const active = compiled.list.map((cr) => ruleApplies(cr.rule, opts.profile, opts.disabled));
  const out: Finding[] = [];

  // Candidate (sentence, rule) pairs from one trigger scan over the compact text.
  const candidates = new Map<number, Set<number>>();
  const addCand = (sent: number, ri: number) => {
    if (sent < 0 || !active[ri]) return;
    let set = candidates.get(sent);
    if (!set) candidates.set(sent, (set = new Set()));
    set.add(ri);
  };
  // One scan over the lower-cased compact text finds Chinese and English triggers alike (all triggers are stored
  // lower-cased). Hits come in text order, so the sentence pointer only moves forward.
  const lower = p.c.toLowerCase();
  const scanText = lower.length === p.c.length ? lower : p.c;
  let si = 0;
  compiled.zh.scan(scanText, (end, ri) => {
    const pos = end - 1;
    const sents = p.sentences;
    while (si < sents.length && sents[si].end <= pos) si++;
    if (si < sents.length && sents[si].start <= pos) addCand(si, ri);
  });
  const sentIdx = [...candidates.keys()].sort((a, b) => a - b);
  for (const si of sentIdx) {
    const s = p.sentences[si];
    for (const ri of candidates.get(si)!) {
      const cr = compiled.list[ri];
      switch (cr.rule.check.type) {
        case 'pattern':
          runPattern(ctx, cr, s, out);
          break;
        case 'ratio':
          runRatio(ctx, cr, s, out);
          break;
        case 'share':
          runShare(ctx, cr, s, out);
          break;
        case 'value':
          runValue(ctx, cr, s, out);
          break;
      }
    }
  }
  const docTypes = new Map<string, string[]>();
  for (const ri of compiled.docLevel) {
    if (!active[ri]) continue;
    const cr = compiled.list[ri];
    if (cr.rule.check.type === 'column') runColumn(ctx, cr, out);
    else if (cr.rule.check.type === 'ratio') {
      if (p.norm.includes('\t')) runRatioTable(ctx, cr, out);
    } else if (cr.rule.check.type === 'share') {
      if (p.norm.includes('\t')) runShareTable(ctx, cr, out);
    }
    else if (cr.rule.check.type === 'required' && !ctx.isNews() && docTypeMatches(ctx, cr)) {
      const id = (cr.rule.check as Extract<Check, { type: 'required' }>).docType.id;
      docTypes.set(id, [...(docTypes.get(id) ?? []), cr.rule.id]);
      runRequired(ctx, cr, out);
    }
  }
  // Every listed document type the text matches, with the required-element rules that go with it.
  const hits: DocTypeHit[] = [];
  const names = new Map((opts.docTypes ?? []).map((d: DocTypeDef) => [d.id, d.name]));
  // A news report is about documents, not one itself.
  for (const d of ctx.isNews() ? [] : opts.docTypes ?? []) {
    const n = d.any.filter((src) => test(compilePattern(src), p.c)).length;
    if (n >= (d.minHits ?? 1)) hits.push({ id: d.id, name: d.name, ruleIds: docTypes.get(d.id) ?? [] });
  }
  for (const [id, ruleIds] of docTypes) if (!hits.some((h) => h.id === id)) hits.push({ id, name: names.get(id), ruleIds });
  return { findings: dedupe(out), docTypes: hits };
}

/** Findings in document order; overlapping findings of the same rule collapse into the longer one. */
function dedupe(fs: Finding[]): Finding[] {
  fs.sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
  const out: Finding[] = [];
  const lastByRule = new Map<string, Finding>();
  for (const f of fs) {
    const prev = lastByRule.get(f.ruleId);
    if (prev && f.kind !== 'missing' && f.start < prev.end) continue;
    if (prev && f.kind === 'missing') continue;
    lastByRule.set(f.ruleId, f);
    out.push(f);
  }
  return out;
}

/** text + rules + profile → findings. */
export function review(text: string, opts: ReviewOptions): Finding[] {
  return analyze(text, opts).findings;
}
