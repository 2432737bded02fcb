/**
 * English-specific judgement for the engine: negation scope, quoted mentions, and which noun a pronoun refers
 * back to. Pure and dependency-free, so the engine stays importable everywhere (content script included).
 *
 * Pronoun resolution can be improved by an NLP back end (lib/engine/english-nlp.ts, built on compromise): it
 * registers itself with setEnglishNlp() when imported. Without it, a small heuristic is used.
 */

/** Negators and prohibition words that, before a match in the same clause, cancel it. */
const PRE =
  /\b(?:not|never|no|nor|without|prohibit(?:s|ed|ing)?|forbid(?:s|den|ding)?|ban(?:s|ned|ning)?|avoid(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|regardless of|irrespective of|without regard to|may not|cannot|can't|shall not|must not|won't|don't|doesn't|against|unlawful(?:ly)?|illegal(?:ly)?|discriminat(?:e|es|ed|ion|ory)|(?:fined|penali[sz]ed|sued|punished|critici[sz]ed|condemned|sanctioned|reprimanded) (?:for|over|after))\b/i;
/** Whole-sentence statements of neutrality: nothing in the sentence is a restriction. */
const NEUTRAL =
  /\b(?:regardless of (?:gender|sex)|irrespective of (?:gender|sex)|without regard to (?:gender|sex)|all genders|any gender|(?:of )?either sex|equal opportunit(?:y|ies) employer|men and women alike|women and men alike|open to (?:all|both|everyone|men and women|women and men)|(?:men|women) and (?:women|men) are (?:equally )?(?:welcome|encouraged|eligible))\b/i;

/** Reported speech before the match: a news report or a ruling describes the wording, it does not use it. */
const REPORTED = /\b(?:reported|revealed|alleged|complained|ruled|found guilty|according to (?:the|a|an) (?:report|newspaper|complaint|ruling|judgment|court|tribunal|inspectors?|union))\b/i;
/** A sentence that reports a sanction for the wording ("… the company was fined"): a report, not a use. */
const SANCTIONED =
  /\b(?:was|were|has been|have been|had been|is being|are being)\s+(?:fined|penali[sz]ed|sued|prosecuted|sanctioned|ordered to (?:pay|apologi[sz]e|compensate|withdraw)|found (?:guilty|liable)|condemned|reprimanded)\b/i;

/** True when the match at [start, end) of `sentence` is negated or exempted. */
export function isNegatedEn(sentence: string, start: number, end: number): boolean {
  void end;
  const clauseStart = Math.max(sentence.lastIndexOf(',', start - 1), sentence.lastIndexOf(';', start - 1)) + 1;
  const before = sentence.slice(clauseStart, start);
  if (PRE.test(before)) return true;
  if (REPORTED.test(sentence.slice(0, start)) || SANCTIONED.test(sentence)) return true;
  return NEUTRAL.test(sentence);
}

// ---------------------------------------------------------------- quoted mentions

const OPEN_DOUBLE = new Set(['“', '«', '「', '『']);
const CLOSE_DOUBLE = new Set(['”', '»', '」', '』']);
const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

/**
 * True when [start, end) lies inside quotation marks in `sentence`: the words are mentioned ("the ad said
 * 'males only' and was fined", 'replace "chairman" with "chair"'), not used. Straight single quotes count only
 * where they cannot be apostrophes (men's, don't).
 */
export function isQuotedEn(sentence: string, start: number, end: number): boolean {
  let openAt = -1; // index of the currently open quote, -1 if none
  let openCh = '';
  for (let i = 0; i < start; i++) {
    const ch = sentence[i];
    if (openAt < 0) {
      if (OPEN_DOUBLE.has(ch) || ch === '"') {
        openAt = i;
        openCh = ch;
      } else if ((ch === '‘' || ch === "'") && !isWordChar(sentence[i - 1]) && isWordChar(sentence[i + 1])) {
        openAt = i;
        openCh = ch;
      }
    } else if (closes(openCh, ch, sentence, i)) {
      openAt = -1;
    }
  }
  if (openAt < 0) return false;
  // The quote must close after the match (in the same sentence).
  for (let i = end; i < sentence.length; i++) if (closes(openCh, sentence[i], sentence, i)) return true;
  return false;
}

function closes(openCh: string, ch: string, s: string, i: number): boolean {
  if (openCh === '"') return ch === '"';
  if (OPEN_DOUBLE.has(openCh)) return CLOSE_DOUBLE.has(ch);
  // single quotes: a closing one is not followed by a letter (men's, don't are apostrophes)
  return (ch === '’' || ch === "'") && !isWordChar(s[i + 1]);
}

// ---------------------------------------------------------------- pronoun antecedents

/** What a pronoun refers back to. */
export interface Antecedent {
  /** The antecedent's text as found. */
  text: string;
  /** A particular person (a name, Mr …) or a male noun (father, husband): the pronoun is not generic. */
  specific: boolean;
}

/** A back end that resolves pronouns (see lib/engine/english-nlp.ts). */
export interface EnglishNlp {
  /**
   * The antecedent of the pronoun at [start, end) of `text`, the pronoun's whole paragraph (only the text before
   * the pronoun is context). null when it cannot tell: the engine then falls back to its heuristic.
   */
  antecedent(text: string, start: number, end: number): Antecedent | null;
}

let backend: EnglishNlp | null = null;

/** Register (or with null, remove) the NLP back end used for pronoun resolution. */
export function setEnglishNlp(nlp: EnglishNlp | null): void {
  backend = nlp;
}

export function getEnglishNlp(): EnglishNlp | null {
  return backend;
}

/** Nouns that name a man, or a particular person: "he" referring to them is not a generic "he". */
export const MALE_NOUN =
  /\b(?:man|men|boy|boys|father|fathers|husband|husbands|son|sons|brother|brothers|gentleman|gentlemen|king|prince|uncle|nephew|grandfather|grandson|boyfriend|widower|mr|sir|lord)\b/i;
const HONORIFIC_NAME = /\b(?:mr|mrs|ms|miss|dr|prof|professor|sir|comrade)\.?\s+\p{Lu}[\p{L}'-]+/gu;
/** Two or more capitalised words: a personal name (John Smith, Zhang Wei) unless one is a common word. */
const CAP_NAME = /\b\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)+\b/gu;
const NOT_NAME =
  /^(?:The|A|An|Each|Every|Any|All|No|If|When|Where|Whereas|While|This|That|These|Those|Such|Our|Your|Their|His|Her|Its|We|You|They|He|She|It|In|On|At|For|Of|By|To|From|With|As|After|Before|Upon|Under|Article|Section|Part|Chapter|Clause|Rule|Act|Regulation|Regulations|Board|Committee|Council|Company|Department|Ministry|Office|Bureau|Commission|Association|Federation|University|School|Human|Resources|Chief|Executive|General|Deputy|Vice|Head|Senior|Junior|Chair|Chairman|Chairperson|President|Director|Manager|Officer|Secretary|Applicant|Applicants|Candidate|Candidates|Employee|Employees|Member|Members)$/;

/** Start of the sentence before the one containing `pos` (so the window is the previous and current sentence). */
function windowStart(text: string, pos: number): number {
  let k = pos;
  for (let n = 0; n < 2; n++) {
    const re = /[.!?。！？](?=\s)|\n/g;
    let last = -1;
    for (const m of text.slice(0, k).matchAll(re)) last = m.index!;
    if (last < 0) return 0;
    k = last;
  }
  return k + 1;
}

/**
 * The heuristic: in the current and previous sentence before the pronoun, any particular person (a name, an
 * honorific, a male noun) makes the pronoun specific; otherwise the nearest role noun is the antecedent.
 */
export function heuristicAntecedent(text: string, start: number, roles: RegExp[]): Antecedent | null {
  const win = text.slice(windowStart(text, start), start);
  if (MALE_NOUN.test(win)) return { text: MALE_NOUN.exec(win)![0], specific: true };
  for (const m of win.matchAll(HONORIFIC_NAME)) return { text: m[0], specific: true };
  for (const m of win.matchAll(CAP_NAME)) {
    const words = m[0].split(/\s+/);
    if (words.some((w) => NOT_NAME.test(w) || roles.some((re) => fullMatch(re, w)))) continue;
    return { text: m[0], specific: true };
  }
  let best: { text: string; end: number } | null = null;
  for (const re of roles) {
    re.lastIndex = 0;
    for (const m of win.matchAll(re)) {
      const e = m.index! + m[0].length;
      if (!best || e > best.end) best = { text: m[0], end: e };
    }
    re.lastIndex = 0;
  }
  return best ? { text: best.text, specific: false } : null;
}

function fullMatch(re: RegExp, word: string): boolean {
  re.lastIndex = 0;
  const m = re.exec(word);
  re.lastIndex = 0;
  return !!m && m[0].length === word.length;
}

/**
 * Does the pronoun at [start, end) of `text` refer to a role (one of `roles`: applicant, chairperson …) rather
 * than to a particular person? Uses the registered NLP back end first, then the heuristic.
 */
export function refersToRole(text: string, start: number, end: number, roles: RegExp[]): boolean {
  const ante = backend?.antecedent(text, start, end) ?? heuristicAntecedent(text, start, roles);
  if (!ante || ante.specific) return false;
  return roles.some((re) => {
    re.lastIndex = 0;
    const ok = re.test(ante.text);
    re.lastIndex = 0;
    return ok;
  });
}
