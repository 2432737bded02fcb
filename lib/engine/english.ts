/**
 * Negation scope for English texts: "must not be limited to men", "regardless of gender", "prohibits … males only".
 */
const PRE = /\b(?:not|never|no|nor|prohibit(?:s|ed)?|forbid(?:s|den)?|ban(?:s|ned)?|avoid|eliminat(?:e|es|ed)|regardless of|irrespective of|without regard to|may not|cannot|can't|shall not|must not|won't|against)\b/i;
const NEUTRAL = /\b(?:regardless of (?:gender|sex)|irrespective of (?:gender|sex)|all genders|any gender|equal opportunit(?:y|ies) employer|men and women alike|open to (?:all|both))\b/i;

/** True when the match at [start, end) of `sentence` is negated or exempted. */
export function isNegatedEn(sentence: string, start: number, end: number): boolean {
  const clauseStart = Math.max(sentence.lastIndexOf(',', start - 1), sentence.lastIndexOf(';', start - 1)) + 1;
  const before = sentence.slice(clauseStart, start);
  if (PRE.test(before)) return true;
  if (NEUTRAL.test(sentence)) return true;
  void end;
  return false;
}
