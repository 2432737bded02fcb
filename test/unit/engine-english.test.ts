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

describe('classes from held-out English wording (own examples)', () => {
  const has = (text: string, id: string) => ids(text).includes(id);

  it('generic he for a job title named earlier (foreman, team leader, driver …)', () => {
    for (const nlp of [null, compromiseNlp]) {
      setEnglishNlp(nlp);
      expect(quotes('- Hand the keys to the Site Foreman so that he can lock up.', 'en.language.generic-he')).toEqual(['he']);
      expect(quotes('The shift team leader signs the log before he leaves.', 'en.language.generic-he')).toEqual(['he']);
      expect(quotes('Our driver, Mr Wang, says he enjoys the early shift.', 'en.language.generic-he')).toEqual([]);
      expect(quotes('Each technician records the hours they spend on a job.', 'en.language.generic-he')).toEqual([]);
    }
    setEnglishNlp(null);
  });

  it('a bare sex item in a list of requirements', () => {
    const id = 'en.employment.sex-restriction';
    expect(has('Cashier wanted\nRequirements\n- Male, 20-30 years old, secondary school or above', id)).toBe(true);
    expect(has('Job requirements: women; under 30; good communication skills.', id)).toBe(true);
    expect(has('Requirements: male or female, aged 22-35, bachelor degree.', id)).toBe(false);
    expect(has('Job requirements: Male/Female, aged 20-35.', id)).toBe(false);
    expect(has('Applicants of any gender, aged 22-40, are welcome to apply.', id)).toBe(false);
    expect(has('Survey respondents: female, aged 30-40, employed full-time.', id)).toBe(false);
    expect(has('Our hiring team: women, 12; men, 9.', id)).toBe(false);
  });

  it('marital documents requested with an application', () => {
    const id = 'en.employment.marital-status-condition';
    expect(has('Applicants should email a CV, two photos and proof of marital status.', id)).toBe(true);
    expect(has('Bring your ID card and divorce papers, if any, to the interview.', id)).toBe(true);
    expect(has('Recruitment: we do not ask applicants for a marriage certificate.', id)).toBe(false);
    expect(has('Staff handbook. To claim marriage leave, give HR a copy of your marriage certificate.', id)).toBe(false);
    expect(has('Job ad. The company was fined after asking applicants for marriage certificates.', id)).toBe(false);
    expect(has('The paper reported that candidates had to send a marriage certificate with the CV.', id)).toBe(false);
  });

  it('care leave for mothers only', () => {
    const id = 'en.employment.care-leave-mothers-only';
    expect(has('Staff handbook. Sick-child leave is reserved for female employees only.', id)).toBe(true);
    expect(has('Staff handbook. Family care leave is granted to mothers; fathers may take annual leave.', id)).toBe(true);
    expect(has('Staff handbook. Parental leave is available to mothers and fathers.', id)).toBe(false);
    expect(has('Staff handbook. Maternity leave is available to mothers only.', id)).toBe(false);
    expect(has('Staff handbook. Fathers may also take unpaid leave after paternity leave.', id)).toBe(false);
  });

  it('penalties after maternity leave, also across a line break', () => {
    const id = 'en.employment.pregnancy-adverse-treatment';
    expect(has('Staff policy. On return from maternity leave, staff will be redeployed to the call centre.', id)).toBe(true);
    expect(has('Staff policy. Employees back from maternity leave will\nnot be considered for a pay rise that year.', id)).toBe(true);
    expect(has('Staff policy. Employees returning from maternity leave return to the same role.', id)).toBe(false);
    expect(has('Staff policy. After maternity leave, staff will be moved back to their previous post.', id)).toBe(false);
    expect(has('Staff policy. Employees returning from maternity leave will not be demoted or excluded from promotion.', id)).toBe(false);
  });

  it('sex-specific make-up and dress rules, looks in job ads', () => {
    const id = 'en.employment.appearance-requirement';
    expect(has('Dress code: women at reception are required to wear lipstick and a dress.', id)).toBe(true);
    expect(has('Receptionist wanted: attractive appearance essential.', id)).toBe(true);
    expect(has('Dress code: uniforms are provided for all staff.', id)).toBe(false);
    expect(has('Dress code: staff may wear trousers or skirts; make-up is optional for everyone.', id)).toBe(false);
    expect(has('Dress code: employees must not be required to wear make-up or heels.', id)).toBe(false);
  });
});
