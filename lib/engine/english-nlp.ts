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

/** Paragraphs longer than this are parsed in a window before each pronoun instead of whole (and cached). */
const MAX_WHOLE = 6000;
const WINDOW = 1500;

type View = ReturnType<typeof nlp>;
/** The last paragraph parsed, with its he/him/his pronouns by character offset. */
let cache: { text: string; prons: Map<number, View> } | null = null;

function pronounsOf(text: string): Map<number, View> {
  if (cache?.text === text) return cache.prons;
  const prons = new Map<number, View>();
  nlp(text)
    .pronouns()
    .forEach((p) => {
      const off = (p.json({ offset: true }) as Array<{ offset?: { start: number } }>)[0]?.offset;
      if (off) prons.set(off.start, p as View);
    });
  cache = { text, prons };
  return prons;
}

function resolve(pron: View): Antecedent | null {
  if (!/^(?:he|him|his|himself)$/i.test(pron.text('normal').replace(/[^a-z]/gi, ''))) return null;
  const ref = (pron as View & { refersTo(): View }).refersTo();
  if (!ref.found) return null;
  const refText = ref.text().replace(/[\s,;:]+$/, '');
  const specific = ref.people().found || ref.has('#Honorific') || ref.has('#MaleName') || MALE_NOUN.test(refText);
  return { text: refText, specific };
}

export const compromiseNlp: EnglishNlp = {
  antecedent(text: string, start: number, end: number): Antecedent | null {
    init();
    if (text.length <= MAX_WHOLE) {
      const pron = pronounsOf(text).get(start);
      return pron ? resolve(pron) : null;
    }
    const from = Math.max(0, start - WINDOW);
    const prons = nlp(text.slice(from, end)).pronouns();
    return prons.found ? resolve(prons.last() as View) : null;
  },
};

setEnglishNlp(compromiseNlp);
