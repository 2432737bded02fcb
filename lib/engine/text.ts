/**
 * Text preparation: normalisation that keeps string length, a whitespace-free "compact" view with an offset map,
 * and segmentation into paragraphs, sentences and clauses.
 *
 * Drafts come as they are: full-width and ASCII punctuation mixed, line breaks inside sentences (PDF/Word
 * conversions), spaces between numbers and units. Chinese rules match on the compact view, so "限 男\n性" still
 * matches 限男性; every compact index maps back to an index of the input, so findings keep exact offsets.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph the sentence belongs to. */
  para: number;
  /** Clause boundaries inside the sentence (compact coordinates), ascending, first = start. */
  clauses: number[];
}

export interface Prepared {
  text: string;
  /** Same length as text: full-width ASCII folded to ASCII, ratio signs unified. */
  norm: string;
  /** norm without whitespace. */
  c: string;
  /** c index → text index. Has one extra slot: map[c.length] = text.length. */
  map: Int32Array;
  paragraphs: Span[];
  sentences: Sentence[];
  /** First non-empty line (compact coordinates): the document title where there is one. */
  title: Span;
}

/** Fold one UTF-16 unit; returns the same unit when nothing applies. Length-preserving by construction. */
function foldChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII
  switch (code) {
    case 0x3000: // ideographic space
    case 0x00a0: // nbsp
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x200b: // zero-width space: treated as whitespace
    case 0xfeff:
      return 0x20;
    case 0x2236: // ∶ RATIO
      return 0x3a;
    case 0xff61: // ｡
      return 0x3002;
    case 0x2014: // — (kept as dash)
      return 0x2014;
    default:
      return code;
  }
}

export function normalize(text: string): string {
  let out = '';
  let changed = false;
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const f = foldChar(code);
    if (f !== code) {
      changed = true;
      parts.push(text.slice(last, i), String.fromCharCode(f));
      last = i + 1;
    }
  }
  if (!changed) return text;
  parts.push(text.slice(last));
  out = parts.join('');
  return out;
}

const isSpace = (ch: string) => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v';

/** Characters that end a sentence. */
const SENT_END = new Set(['。', '！', '？', '!', '?', '…']);
/** Characters that end a clause. */
const CLAUSE_END = new Set(['，', ',', '；', ';']);
/** Closing quotes/brackets that may follow a sentence end and belong to the sentence. */
const CLOSERS = new Set(['”', '’', '」', '』', ')', '）', '"', "'", '】', '》']);

/**
 * A line that starts a new block: a heading (第一章, 第三条, 一、, （二）, 1. , ①), a list bullet, a field label
 * (性别：男), or a table row (contains a tab).
 */
const BLOCK_START =
  /^(?:第[一二三四五六七八九十百零〇\d]+[章节条款部分]|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,3}(?:[、．]|\.(?!\d))|[①-⑳]|[-•·*▪●◆■□]\s|[^\s，。；;,:：\d][^\s，。；;,:：]{0,7}[:：]|.*\t)/;

/** Soft line break: a wrap inside a sentence (PDF/Word conversions) rather than the end of a block. */
function isSoftBreak(prevLine: string, nextLine: string): boolean {
  const prev = prevLine.trim();
  const next = nextLine.trim();
  if (!prev || !next) return false;
  const lastCh = prev[prev.length - 1];
  if (SENT_END.has(lastCh) || lastCh === '；' || lastCh === ';' || lastCh === ':' || lastCh === '：') return false;
  if (CLOSERS.has(lastCh) && prev.length >= 2 && SENT_END.has(prev[prev.length - 2])) return false;
  if (BLOCK_START.test(next)) return false;
  if (prev.includes('\t')) return false;
  return true;
}

/** A soft break after a short line (a title, a field) still ends the clause; a wrapped long line does not. */
function isShortLine(line: string): boolean {
  return [...line.replace(/\s+/g, '')].length < 16;
}

/**
 * Prepare a text once; all checks then work on the compact view with sentence/clause boundaries.
 */
export function prepare(text: string): Prepared {
  const norm = normalize(text);
  const n = norm.length;
  const map = new Int32Array(n + 1);
  const cParts: string[] = [];
  let ci = 0;

  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  let paraStart = 0;
  let sentStart = 0;
  let clauses: number[] = [0];

  const endSentence = () => {
    if (ci > sentStart) sentences.push({ start: sentStart, end: ci, para: paragraphs.length, clauses });
    sentStart = ci;
    clauses = [ci];
  };
  const endParagraph = () => {
    endSentence();
    if (ci > paraStart) paragraphs.push({ start: paraStart, end: ci });
    paraStart = ci;
  };
  const clauseBreak = () => {
    if (clauses[clauses.length - 1] !== ci && ci > sentStart) clauses.push(ci);
  };

  // Line starts in norm, for soft-break decisions.
  let lineStart = 0;
  let title: Span | null = null;

  // Non-space runs are copied into the compact string in one slice each.
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart >= 0) cParts.push(norm.slice(runStart, end));
    runStart = -1;
  };

  for (let i = 0; i < n; i++) {
    const ch = norm[i];
    if (isSpace(ch)) {
      flush(i);
      if (ch === '\n') {
        // Look at the whole whitespace run that contains line breaks.
        let j = i;
        while (j < n && isSpace(norm[j])) j++;
        const prevLine = norm.slice(lineStart, i);
        const nlEnd = norm.indexOf('\n', j);
        const nextLine = norm.slice(j, nlEnd < 0 ? n : nlEnd);
        if (!title && prevLine.trim()) title = { start: ci - prevLine.replace(/\s+/g, '').length, end: ci };
        if (!isSoftBreak(prevLine, nextLine)) endParagraph();
        else if (isShortLine(prevLine)) clauseBreak();
        lineStart = norm.lastIndexOf('\n', j - 1) + 1;
        i = j - 1;
        continue;
      }
      if (ch === '\t') clauseBreak();
      continue;
    }
    if (runStart < 0) runStart = i;
    map[ci] = i;
    ci++;
    if (SENT_END.has(ch)) {
      // Swallow following sentence-end marks and closers into this sentence.
      let k = i + 1;
      while (k < n && (SENT_END.has(norm[k]) || CLOSERS.has(norm[k]))) {
        map[ci] = k;
        ci++;
        k++;
      }
      i = k - 1;
      endSentence();
    } else if (ch === '.' && (i + 1 >= n || isSpace(norm[i + 1])) && i > 0 && /[A-Za-z)]/.test(norm[i - 1])) {
      endSentence(); // English sentence end
    } else if (CLAUSE_END.has(ch)) {
      clauseBreak();
    }
  }
  flush(n);
  map[ci] = n;
  if (!title && ci > 0) {
    const line = norm.slice(lineStart);
    if (line.trim()) title = { start: ci - line.replace(/\s+/g, '').length, end: ci };
  }
  endParagraph();
  const c = cParts.join('');
  return { text, norm, c, map, paragraphs, sentences, title: title ?? { start: 0, end: 0 } };
}

/** The clause (compact span) of sentence `s` that contains compact index `pos`. */
export function clauseAt(s: Sentence, pos: number): Span {
  const b = s.clauses;
  let k = 0;
  for (let i = 1; i < b.length; i++) if (b[i] <= pos) k = i;
  return { start: b[k], end: k + 1 < b.length ? b[k + 1] : s.end };
}

/** Map a compact span to an input span. */
export function toInput(p: Prepared, start: number, end: number): Span {
  return { start: p.map[start], end: end > start ? p.map[end - 1] + 1 : p.map[start] };
}
