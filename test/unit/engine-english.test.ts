/**
 * English side of the engine: multi-word triggers, quoted mentions, negation, {match} in messages, and pronoun
 * antecedents with and without the compromise back end (lib/engine/english-nlp.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { review } from '../../lib/engine/index.ts';
import type { Rule } from '../../lib/engine/types.ts';
import { getEnglishNlp, isNegatedEn, isQuotedEn, setEnglishNlp } from '../../lib/engine/english.ts';
import { compromiseNlp } from '../../lib/engine/english-nlp.ts';
import { rules } from '../../rules/index.ts';

const en = rules.filter((r) => r.lang === 'en');
const ids = (text: string, rs: Rule[] = en) => review(text, { rules: rs, locale: 'en' }).map((f) => f.ruleId);
const quotes = (text: string, id: string) =>
  review(text, { rules: en, locale: 'en' })
    .filter((f) => f.ruleId === id)
    .map((f) => f.quote);

const toyRule = (over: Partial<Rule['check']> = {}): Rule =>
  ({
    id: 'en.test.toy',
    domain: 'employment',
    kind: 'violation',
    severity: 'low',
    lang: 'en',
    title: { zh: '测试', en: 'test' },
    check: { type: 'pattern', triggers: ['males only'], patterns: [String.raw`\bmales\s+only\b`], ...over },
    message: { zh: '“{match}”', en: '"{match}" found' },
    basis: [{ plan: '', section: '', quote: '', law: 'test' }],
    profiles: ['*'],
    examples: { flag: [], pass: [] },
  }) as Rule;

afterAll(() => setEnglishNlp(null));

describe('English triggers and messages', () => {
  it('matches multi-word triggers across spaces and line breaks', () => {
    expect(ids('Warehouse staff: males only.', [toyRule()])).toEqual(['en.test.toy']);
    expect(ids('Warehouse staff: Males\n  only.', [toyRule()])).toEqual(['en.test.toy']);
    expect(ids('Warehouse staff: all welcome.', [toyRule()])).toEqual([]);
  });

  it('fills {match} with the matched text', () => {
    const [f] = review('Requirements: Males only.', { rules: [toyRule()], locale: 'en' });
    expect(f.message).toBe('"Males only" found');
  });
});

describe('quoted mentions', () => {
  it('finds quotation marks around a span', () => {
    const s = "The ad said 'males only' and was fined.";
    const i = s.indexOf('males');
    expect(isQuotedEn(s, i, i + 10)).toBe(true);
    const t = 'The ad said “males only” and was fined.';
    expect(isQuotedEn(t, t.indexOf('males'), t.indexOf('males') + 10)).toBe(true);
    const u = "The men's team needs males only, it's said.";
    expect(isQuotedEn(u, u.indexOf('males'), u.indexOf('males') + 10)).toBe(false);
  });

  it('does not flag quoted wording, even with negation off', () => {
    expect(ids('The newspaper reported that the ad said "males only" and the company was fined.', [toyRule()])).toEqual([]);
    expect(ids('The newspaper reported that the ad said "males only".', [toyRule({ negation: false })])).toEqual([]);
    expect(quotes("Replace 'chairman' with 'chair'; the chairman signs.", 'en.language.gendered-term')).toEqual(['chairman']);
  });
});

describe('negation and neutral statements', () => {
  it.each([
    'The post must not be limited to men.',
    'Candidates are selected regardless of gender; men preferred is not a criterion we use.',
    'We do not ask about marital status, and applicants need not be single.',
    'We are an equal opportunity employer: men preferred wording is never used.',
    "The ad said 'males only' and was fined.",
    'The company was fined for advertising a job for males only.',
  ])('does not flag: %s', (s) => {
    expect(ids(`Recruitment policy. ${s}`).filter((id) => id.startsWith('en.employment'))).toEqual([]);
  });

  it('a negator only reaches back within its clause', () => {
    const s = 'We do not offer relocation, males only.';
    expect(isNegatedEn(s, s.indexOf('males'), s.length - 1)).toBe(false);
  });
});

describe('generic he: antecedents', () => {
  const he = (text: string) => quotes(text, 'en.language.generic-he');

  it('uses the heuristic when no NLP back end is registered', () => {
    setEnglishNlp(null);
    expect(he('The applicant shall submit his CV.')).toEqual(['his']);
    expect(he('The father of the applicant said he would attend.')).toEqual([]);
    expect(he('Mr. Zhang, the chairperson, said he would resign.')).toEqual([]);
    expect(he('Each employee must notify his or her manager.')).toEqual([]);
    // The heuristic stays cautious: a named person anywhere before the pronoun suppresses it.
    expect(he('Mr Li will chair the meeting. Each member shall declare his interests before the vote.')).toEqual([]);
  });

  it('resolves pronouns with compromise when registered', () => {
    setEnglishNlp(compromiseNlp);
    expect(getEnglishNlp()).toBe(compromiseNlp);
    expect(he('The applicant shall submit his CV.')).toEqual(['his']);
    expect(he('The Chairman shall preside over meetings. He shall have a casting vote.')).toEqual(['He']);
    // compromise finds the real antecedent where the heuristic gives up or guesses wrong
    expect(he('Mr Li will chair the meeting. Each member shall declare his interests before the vote.')).toEqual(['his']);
    expect(he('John was hired as an officer last year. He works in the finance team.')).toEqual([]);
    expect(he('The father of the applicant said he would attend.')).toEqual([]);
    setEnglishNlp(null);
  });

  it('keeps every English rule example true with the compromise back end', () => {
    setEnglishNlp(compromiseNlp);
    try {
      for (const r of en) {
        for (const s of r.examples.flag) expect(ids(s, rules).includes(r.id), `${r.id} flags: ${s}`).toBe(true);
        for (const s of r.examples.pass) expect(ids(s, rules).includes(r.id), `${r.id} passes: ${s}`).toBe(false);
      }
    } finally {
      setEnglishNlp(null);
    }
  });
});
