/**
 * Pronoun resolution for English rules, built on compromise's coreference (full build: its tagger and the
 * people/#Actor lexicon are what make "he" → "the applicant" / "John Smith" work).
 *
 * Importing this module registers it with the engine (setEnglishNlp). Import it only where the engine runs on
 * whole documents and bundle size matters little (background worker, CLI, tests), never from the content
 * script: compromise adds ~139 KB gzip. The engine works without it (heuristic resolution).
 *
 * compromise only runs when a rule with an `antecedent` condition has matched a pronoun in a sentence whose
 * paragraph names a role — so texts with no English pronoun findings never parse anything.
 */
import nlp from 'compromise';
import { MALE_NOUN, setEnglishNlp, type Antecedent, type EnglishNlp } from './english.ts';

/** Office and role nouns compromise does not tag as #Actor by itself (so its coreference skips them). */
const ROLE_WORDS = [
  'applicant',
  'candidate',
  'employee',
  'officer',
  'chairperson',
  'chairman',
  'member',
  'appointee',
  'nominee',
  'trustee',
  'claimant',
  'beneficiary',
  'holder',
  'jobholder',
  'licensee',
  'contractor',
  'worker',
  'staff member',
  'supervisor',
  'inspector',
  'employer',
  'tenant',
  'student',
  'recipient',
  'registrant',
  'president',
  'secretary',
];
let ready = false;
function init(): void {
  if (ready) return;
  const words: Record<string, string> = {};
  for (const w of ROLE_WORDS) {
    words[w] = 'Actor';
    if (!w.includes(' ')) words[w + 's'] = 'Actor';
  }
  nlp.addWords(words);
  ready = true;
}

/** Limit of text given to compromise: the pronoun's paragraph up to the pronoun, at most this many chars. */
const MAX_CONTEXT = 1200;

export const compromiseNlp: EnglishNlp = {
  antecedent(text: string, start: number, end: number): Antecedent | null {
    init();
    const from = Math.max(0, start - MAX_CONTEXT);
    const doc = nlp(text.slice(from, end));
    const pron = doc.pronouns().last();
    if (!pron.found || !/^(?:he|him|his|himself)$/i.test(pron.text('normal').replace(/[^a-z]/gi, ''))) return null;
    const ref = pron.refersTo();
    if (!ref.found) return null;
    const refText = ref.text().replace(/[\s,;:]+$/, '');
    const specific = ref.people().found || ref.has('#Honorific') || ref.has('#MaleName') || MALE_NOUN.test(refText);
    return { text: refText, specific };
  },
};

setEnglishNlp(compromiseNlp);
