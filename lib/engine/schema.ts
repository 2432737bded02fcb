/**
 * Rule-pack schema (valibot). Our own rules and, later, the rule packs offices import are validated here at load:
 * shape, known check types, compilable patterns, bilingual texts, a basis, enough examples.
 */
import * as v from 'valibot';
import type { Profile, Rule } from './types.ts';

const text2 = v.object({ zh: v.pipe(v.string(), v.minLength(1)), en: v.pipe(v.string(), v.minLength(1)) });

const compiles = (flags: string) =>
  v.check((src: string) => {
    try {
      new RegExp(src, flags);
      return true;
    } catch {
      return false;
    }
  }, 'pattern is not a valid regular expression');

const pattern = v.pipe(v.string(), v.minLength(1), compiles('gdu'));
const scope = v.picklist(['clause', 'sentence', 'paragraph', 'document', 'title', 'near', 'list']);
const condition = v.object({ any: v.pipe(v.array(pattern), v.minLength(1)), scope: v.union([scope, v.pipe(v.array(scope), v.minLength(1))]) });
const triggers = v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1));
const base = {
  triggers,
  when: v.optional(v.array(condition)),
  unless: v.optional(v.array(condition)),
  negation: v.optional(v.boolean()),
};

const check = v.variant('type', [
  v.object({ type: v.literal('pattern'), patterns: v.pipe(v.array(pattern), v.minLength(1)), antecedent: v.optional(v.array(pattern)), ...base }),
  v.object({ type: v.literal('column'), header: pattern, value: pattern, ...base }),
  v.object({
    type: v.literal('ratio'),
    subject: v.pipe(v.array(pattern), v.minLength(1)),
    min: v.pipe(v.number(), v.minValue(0)),
    elevated: v.optional(v.object({ any: v.array(pattern), scope, min: v.number() })),
    ...base,
  }),
  v.object({
    type: v.literal('share'),
    subject: v.pipe(v.array(pattern), v.minLength(1)),
    min: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    tolerance: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
    ...base,
  }),
  v.object({
    type: v.literal('value'),
    subject: v.pipe(v.array(pattern), v.minLength(1)),
    unit: v.picklist(['percent', 'per100k', 'number']),
    min: v.optional(v.number()),
    max: v.optional(v.number()),
    ...base,
  }),
  v.object({
    type: v.literal('required'),
    docType: v.object({ id: v.pipe(v.string(), v.minLength(1)), any: v.pipe(v.array(pattern), v.minLength(1)), minHits: v.optional(v.number()) }),
    present: v.pipe(v.array(pattern), v.minLength(1)),
    triggers: v.optional(v.array(v.string())),
  }),
]);

const basis = v.object({
  plan: v.string(),
  section: v.string(),
  quote: v.string(),
  law: v.optional(v.string()),
});

export const RuleSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z]{2}\.[a-z0-9-]+\.[a-z0-9-]+$/, 'id must look like "cn.domain.name"')),
    domain: v.picklist(['employment', 'decision', 'rural', 'environment', 'health', 'education', 'social-security', 'family', 'law', 'children', 'language']),
    kind: v.picklist(['violation', 'threshold', 'missing']),
    severity: v.picklist(['high', 'medium', 'low']),
    lang: v.picklist(['zh', 'en']),
    title: text2,
    check,
    message: text2,
    suggestion: v.optional(text2),
    basis: v.pipe(v.array(basis), v.minLength(1)),
    requirement: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{1,3}-\d{2}$/, 'requirement ids look like "EC-01"')))),
    profiles: v.pipe(v.array(v.string()), v.minLength(1)),
    examples: v.object({
      flag: v.pipe(v.array(v.string()), v.minLength(5, 'at least 5 flag examples')),
      pass: v.pipe(v.array(v.string()), v.minLength(3, 'at least 3 pass examples')),
    }),
  }),
  v.check((r) => (r.kind === 'missing') === (r.check.type === 'required'), 'kind "missing" goes with check type "required" and only with it'),
  v.check((r) => r.basis.every((b) => b.quote.length > 0 || !!b.law), 'each basis needs a plan quote or a law'),
);

export const ProfileSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: text2,
  plan: v.optional(v.string()),
  description: text2,
  disable: v.optional(v.array(v.string())),
  params: v.optional(
    v.record(v.string(), v.object({ min: v.optional(v.number()), max: v.optional(v.number()), tolerance: v.optional(v.number()), elevatedMin: v.optional(v.number()) })),
  ),
});

export const RulePackSchema = v.array(RuleSchema);

export class RuleValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid rules:\n${problems.join('\n')}`);
  }
}

function issuesToStrings(prefix: string, issues: v.BaseIssue<unknown>[]): string[] {
  return issues.map((i) => {
    const path = i.path?.map((p) => String((p as { key: unknown }).key)).join('.') ?? '';
    return `${prefix}${path ? ' ' + path : ''}: ${i.message}`;
  });
}

/** Validate a rule pack; throws RuleValidationError listing every problem (rule id, field, what is wrong). */
export function validateRules(input: unknown): Rule[] {
  if (!Array.isArray(input)) throw new RuleValidationError(['a rule pack must be a JSON array of rules']);
  const problems: string[] = [];
  const seen = new Set<string>();
  input.forEach((r, i) => {
    const res = v.safeParse(RuleSchema, r);
    const id = (r as { id?: unknown })?.id;
    const label = `rule ${i}${typeof id === 'string' ? ` (${id})` : ''}`;
    if (!res.success) problems.push(...issuesToStrings(label, res.issues));
    if (typeof id === 'string') {
      if (seen.has(id)) problems.push(`${label}: duplicate id`);
      seen.add(id);
    }
  });
  if (problems.length) throw new RuleValidationError(problems);
  return input as Rule[];
}

export function validateProfiles(input: unknown, rules: Rule[]): Profile[] {
  const problems: string[] = [];
  const ids = new Set(rules.map((r) => r.id));
  if (!Array.isArray(input)) throw new RuleValidationError(['profiles must be an array']);
  input.forEach((p, i) => {
    const res = v.safeParse(ProfileSchema, p);
    if (!res.success) problems.push(...issuesToStrings(`profile ${i}`, res.issues));
    else {
      for (const id of [...(res.output.disable ?? []), ...Object.keys(res.output.params ?? {})])
        if (!ids.has(id)) problems.push(`profile ${res.output.id}: unknown rule ${id}`);
    }
  });
  if (problems.length) throw new RuleValidationError(problems);
  return input as Profile[];
}
