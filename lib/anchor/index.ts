/**
 * Text anchoring for reviewer notes: describe a passage with W3C selectors, and find it again after the text
 * changed. Pure TypeScript, no DOM.
 *
 * Conventions:
 * - Selectors are W3C Web Annotation selectors: TextPositionSelector offsets count Unicode code points.
 * - Ranges passed in and returned (`describe` arguments, `anchor` results) are JS string indices (UTF-16 code
 *   units), the same as `Finding.start/end` and DOM offsets.
 *
 * Order of attempts in `anchor`: position (only if it reproduces the exact quote), exact quote (all occurrences,
 * ranked by prefix/suffix context and closeness to the old position), then approximate matching
 * (approx-string-match) within an error budget. Candidates whose context does not support them are rejected, so a
 * note whose passage is gone becomes an orphan rather than moving to a look-alike passage.
 */
import search from 'approx-string-match';
import { OffsetMap } from './offsets.ts';
import { distanceToWindowEnd, distanceToWindowStart, firstCodePoints, lastCodePoints } from './similarity.ts';

export * from './offsets.ts';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** W3C TextPositionSelector: code point offsets, start inclusive, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorResult {
  /** UTF-16 indices into the text. */
  start: number;
  end: number;
  method: AnchorMethod;
  /** Confidence 0..1 (1 for a verified position or exact quote in matching context). */
  score: number;
}

export interface AnchorOptions {
  /** Context length for `describe`, in code points. Default 32. */
  contextLength?: number;
  /**
   * A quote of at least this many code points is specific enough to be trusted on its own when it occurs exactly
   * once; shorter quotes must also agree with their stored context. Default 12.
   */
  distinctiveLength?: number;
  /** Minimum prefix+suffix similarity (0..1) for a candidate that relies on context. Default 0.5. */
  minContext?: number;
  /** Override the fuzzy error budget (UTF-16 units). Default min(256, floor(len/4)), at least 1 for len ≥ 4. */
  maxErrors?: number;
  /** Reuse an offset map of the same text (anchorAll does this). */
  offsets?: OffsetMap;
}

const DEFAULT_CONTEXT = 32;
const DEFAULT_DISTINCTIVE = 12;
const DEFAULT_MIN_CONTEXT = 0.5;
/** Two candidates whose scores differ by less than this are indistinguishable. */
const TIE = 0.03;
/** Upper bound on approximate candidates scored per note. */
const MAX_CANDIDATES = 2000;

/**
 * Describe the passage text[start, end) (UTF-16 indices) by a TextQuoteSelector with 32 code points of prefix and
 * suffix and a TextPositionSelector in code points. Offsets inside a surrogate pair are widened to whole characters.
 */
export function describe(
  text: string,
  start: number,
  end: number,
  opts: { contextLength?: number; offsets?: OffsetMap } = {},
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describe: invalid range [${start}, ${end}) for text of length ${text.length}`);
  }
  const map = opts.offsets ?? new OffsetMap(text);
  const n = opts.contextLength ?? DEFAULT_CONTEXT;
  const cpStart = map.toCodePoint(start);
  // Round an end inside a pair up to the end of that character.
  const cpEnd = map.splitsPair(end) ? map.toCodePoint(end) + 1 : map.toCodePoint(end);
  const s = map.toUtf16(cpStart);
  const e = map.toUtf16(cpEnd);
  const prefix = lastCodePoints(text.slice(Math.max(0, s - 2 * n), s), n);
  const suffix = firstCodePoints(text.slice(e, e + 2 * n), n);
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix, suffix },
    position: { type: 'TextPositionSelector', start: cpStart, end: cpEnd },
  };
}

interface Ctx {
  text: string;
  quote: TextQuoteSelector;
  prefix: string;
  suffix: string;
  /** Old position (UTF-16) if any. */
  hint: number | null;
  quoteCp: number;
  distinctive: number;
  minContext: number;
}

/** Similarity (0..1) of stored prefix/suffix with the text around [start, end). 1 when nothing was stored. */
function contextSimilarity(c: Ctx, start: number, end: number): number {
  const pl = c.prefix.length;
  const sl = c.suffix.length;
  if (pl + sl === 0) return 1;
  const pCp = Array.from(c.prefix).length;
  const sCp = Array.from(c.suffix).length;
  // Window a bit longer than the stored context so insertions/deletions nearby still align.
  const slackP = Math.ceil(pl / 2) + 2;
  const slackS = Math.ceil(sl / 2) + 2;
  const before = c.text.slice(Math.max(0, start - pl - slackP), start);
  const after = c.text.slice(end, end + sl + slackS);
  const dp = pCp ? distanceToWindowEnd(c.prefix, before) : 0;
  const ds = sCp ? distanceToWindowStart(c.suffix, after) : 0;
  return Math.max(0, 1 - (dp + ds) / (pCp + sCp));
}

function closeness(c: Ctx, start: number): number {
  if (c.hint === null) return 0;
  return 1 - Math.min(1, Math.abs(start - c.hint) / Math.max(1, c.text.length));
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

interface Candidate {
  start: number;
  end: number;
  quoteSim: number;
  contextSim: number;
  score: number;
}

function best(cands: Candidate[]): { top: Candidate; rival: Candidate | null } {
  const sorted = [...cands].sort((a, b) => b.score - a.score || a.start - b.start);
  const top = sorted[0];
  const rival = sorted.find((x) => x.end <= top.start || x.start >= top.end) ?? null;
  return { top, rival };
}

/**
 * Exact occurrences. `accept`: an occurrence whose context confirms it. `fallback`: a unique, long occurrence in a
 * different context (a moved paragraph), used only if the approximate step finds nothing better.
 */
function exactStep(c: Ctx): { accept?: AnchorResult; fallback?: AnchorResult } | 'none' {
  const hits = allIndexes(c.text, c.quote.exact);
  if (hits.length === 0) return 'none';
  const len = c.quote.exact.length;
  const cands: Candidate[] = hits.map((start) => {
    const contextSim = contextSimilarity(c, start, start + len);
    return { start, end: start + len, quoteSim: 1, contextSim, score: contextSim + 0.05 * closeness(c, start) };
  });
  const { top, rival } = best(cands);
  if (top.contextSim >= c.minContext) {
    // Equal context and no old position to choose by: ambiguous, leave as orphan.
    if (rival && c.hint === null && top.score - rival.score < TIE) return {};
    return { accept: { start: top.start, end: top.end, method: 'quote', score: top.contextSim } };
  }
  if (cands.length === 1 && c.quoteCp >= c.distinctive) {
    return { fallback: { start: top.start, end: top.end, method: 'quote', score: 0.75 } };
  }
  return {};
}

function defaultBudget(len: number): number {
  if (len < 4) return 0;
  return Math.max(1, Math.min(256, Math.floor(len / 4)));
}

/** Snap UTF-16 offsets off the middle of surrogate pairs. */
function snap(text: string, i: number, dir: -1 | 1): number {
  const code = text.charCodeAt(i);
  if (i > 0 && i < text.length && code >= 0xdc00 && code <= 0xdfff) {
    const prev = text.charCodeAt(i - 1);
    if (prev >= 0xd800 && prev <= 0xdbff) return dir < 0 ? i - 1 : i + 1;
  }
  return i;
}

function fuzzyStep(c: Ctx, maxErrors: number): AnchorResult | null {
  const exact = c.quote.exact;
  const len = exact.length;
  if (maxErrors <= 0) return null;
  const raw: { start: number; end: number; errors: number }[] = [];
  // approx-string-match reports only the lowest-error matches, so search near the old position first:
  // the right passage with a few more errors must not be hidden by a better match elsewhere.
  if (c.hint !== null) {
    const from = Math.max(0, c.hint - len - 4 * maxErrors - 64);
    const to = Math.min(c.text.length, c.hint + 2 * len + 4 * maxErrors + 64);
    for (const m of search(c.text.slice(from, to), exact, maxErrors)) {
      raw.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    }
  }
  raw.push(...search(c.text, exact, maxErrors));
  const seen = new Set<string>();
  const cands: Candidate[] = [];
  // Thousands of equally good matches means the quote says nothing about where it was: orphan.
  if (raw.length > MAX_CANDIDATES) return null;
  for (const m of raw) {
    const start = snap(c.text, m.start, -1);
    const end = snap(c.text, m.end, 1);
    if (end <= start) continue;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const quoteSim = Math.max(0, 1 - m.errors / len);
    const contextSim = contextSimilarity(c, start, end);
    cands.push({ start, end, quoteSim, contextSim, score: 0.6 * quoteSim + 0.4 * contextSim + 0.05 * closeness(c, start) });
  }
  if (cands.length === 0) return null;
  const { top, rival } = best(cands);
  const tied = rival !== null && top.score - rival.score < TIE;
  const byContext = top.contextSim >= c.minContext;
  // A long quote that is nearly intact is evidence on its own, as long as nothing else competes with it.
  const byQuote = c.quoteCp >= 2 * c.distinctive && top.quoteSim >= 0.9 && rival === null;
  if (!byContext && !byQuote) return null;
  if (tied && c.hint === null) return null;
  return { start: top.start, end: top.end, method: 'fuzzy', score: Math.min(1, 0.6 * top.quoteSim + 0.4 * top.contextSim) };
}

/**
 * Find the passage described by `selectors` in `text`. Returns UTF-16 indices, or null when the passage cannot be
 * placed with confidence (the caller lists the note as an orphan).
 */
export function anchor(text: string, selectors: Selectors, opts: AnchorOptions = {}): AnchorResult | null {
  const quote = selectors.quote;
  if (!quote || typeof quote.exact !== 'string' || quote.exact.length === 0) return null;
  const map = opts.offsets ?? new OffsetMap(text);
  const pos = selectors.position;
  let hint: number | null = null;
  let posRange: [number, number] | null = null;
  if (
    pos &&
    Number.isInteger(pos.start) &&
    Number.isInteger(pos.end) &&
    pos.start >= 0 &&
    pos.end >= pos.start &&
    pos.start <= map.codePointLength
  ) {
    hint = map.toUtf16(pos.start);
    if (pos.end <= map.codePointLength) posRange = [hint, map.toUtf16(pos.end)];
  }
  const c: Ctx = {
    text,
    quote,
    prefix: quote.prefix ?? '',
    suffix: quote.suffix ?? '',
    hint,
    quoteCp: Array.from(quote.exact).length,
    distinctive: opts.distinctiveLength ?? DEFAULT_DISTINCTIVE,
    minContext: opts.minContext ?? DEFAULT_MIN_CONTEXT,
  };

  // 1. Position, if it still reproduces the quote (and, for short quotes, its context).
  if (posRange && text.slice(posRange[0], posRange[1]) === quote.exact) {
    const ctx = contextSimilarity(c, posRange[0], posRange[1]);
    if (c.quoteCp >= c.distinctive || ctx >= c.minContext) {
      return { start: posRange[0], end: posRange[1], method: 'position', score: 1 };
    }
  }

  // 2. Exact quote.
  // A rejected exact occurrence (short quote in foreign context) does not end the search: the real passage may
  // have been edited slightly, which only the approximate step can find.
  const ex = exactStep(c);
  if (ex !== 'none' && ex.accept) return ex.accept;

  // 3. Approximate quote.
  const fz = fuzzyStep(c, opts.maxErrors ?? defaultBudget(quote.exact.length));
  const fallback = ex !== 'none' ? ex.fallback : undefined;
  if (fz && fallback && fz.start === fallback.start && fz.end === fallback.end) return fallback;
  return fz ?? fallback ?? null;
}

export interface Anchorable {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export interface Placed<T> extends AnchorResult {
  note: T;
}

export interface Orphan<T> {
  note: T;
  /** The stored quote (exact + context), for showing the orphan to the reviewer. */
  quote: TextQuoteSelector;
}

/** Place every note in `text`. Placed notes come back in document order; the rest are orphans, never dropped. */
export function anchorAll<T extends Anchorable>(
  text: string,
  notes: readonly T[],
  opts: Omit<AnchorOptions, 'offsets'> = {},
): { placed: Placed<T>[]; orphans: Orphan<T>[] } {
  const offsets = new OffsetMap(text);
  const placed: Placed<T>[] = [];
  const orphans: Orphan<T>[] = [];
  for (const note of notes) {
    const r = anchor(text, { quote: note.quote, position: note.position }, { ...opts, offsets });
    if (r) placed.push({ note, ...r });
    else orphans.push({ note, quote: note.quote });
  }
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  return { placed, orphans };
}
