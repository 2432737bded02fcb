/**
 * Every rule, like an ESLint rule with valid/invalid cases: its flag examples are flagged by that rule, its pass
 * examples are not; its basis quotes are exact text of the seed plans; the rule survives a JSON round trip.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rules, profiles, getProfile } from '../../rules/index.ts';
import { review } from '../../lib/engine/index.ts';
import { validateRules } from '../../lib/engine/schema.ts';

const seedText = (file: string) => readFileSync(new URL(`../seeds/${file}`, import.meta.url), 'utf8').replace(/\s+/g, '');

/** A profile the rule applies to: the baseline when it applies everywhere, else its first profile. */
const profileFor = (profilesOfRule: string[]) => getProfile(profilesOfRule.includes('*') ? 'baseline' : profilesOfRule[0]);

describe('rule set', () => {
  it('validates against the rule-pack schema and survives JSON', () => {
    const copy = JSON.parse(JSON.stringify(rules));
    expect(copy).toEqual(rules);
    expect(() => validateRules(copy)).not.toThrow();
  });

  it('has unique ids and known profiles', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    const known = new Set(['*', ...profiles.map((p) => p.id)]);
    for (const r of rules) for (const p of r.profiles) expect(known, `${r.id} profile ${p}`).toContain(p);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  const profile = profileFor(rule.profiles);

  it.each(rule.examples.flag)('flags: %s', (sentence) => {
    const fs = review(sentence, { rules, profile }).filter((f) => f.ruleId === rule.id);
    expect(fs.length, `expected ${rule.id} to flag`).toBeGreaterThan(0);
    for (const f of fs) expect(sentence.slice(f.start, f.end)).toBe(f.quote);
  });

  it.each(rule.examples.pass)('passes: %s', (sentence) => {
    const fs = review(sentence, { rules, profile }).filter((f) => f.ruleId === rule.id);
    expect(fs.map((f) => f.quote)).toEqual([]);
  });

  it('cites exact plan quotes', () => {
    for (const b of rule.basis) {
      if (!b.plan) {
        expect(b.law, 'a basis without a plan needs a law').toBeTruthy();
        continue;
      }
      expect(seedText(b.plan), `${b.plan}: ${b.quote}`).toContain(b.quote.replace(/\s+/g, ''));
      expect(b.section.length).toBeGreaterThan(0);
    }
  });
});
