/**
 * Offset conversion between JS string indices (UTF-16 code units) and Unicode code points.
 *
 * The W3C Web Annotation model counts TextPositionSelector offsets and TextQuoteSelector text in code points;
 * JavaScript strings, DOM ranges and engine findings use UTF-16 code units. They differ only for characters
 * outside the Basic Multilingual Plane (CJK Extension B such as 𠀀, emoji …), which take two code units.
 */

const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Converts offsets in one text in O(log n) after an O(n) scan; identity when the text has no astral characters. */
export class OffsetMap {
  /** UTF-16 index of the high surrogate of every astral character, ascending. */
  private readonly pairs: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(readonly text: string) {
    ASTRAL.lastIndex = 0;
    for (let m = ASTRAL.exec(text); m; m = ASTRAL.exec(text)) this.pairs.push(m.index);
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.pairs.length;
  }

  /** Number of astral pairs whose high surrogate index is < u. */
  private pairsBefore(u: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** UTF-16 offset → code point offset. An offset inside a surrogate pair rounds down to the character's start. */
  toCodePoint(u: number): number {
    const x = Math.max(0, Math.min(u, this.utf16Length));
    const k = this.pairsBefore(x);
    if (k > 0 && this.pairs[k - 1] + 1 === x) return this.pairs[k - 1] - (k - 1);
    return x - k;
  }

  /** Code point offset → UTF-16 offset (clamped to the text). */
  toUtf16(cp: number): number {
    const c = Math.max(0, Math.min(cp, this.codePointLength));
    // Pair i sits at code point index pairs[i] - i; count the pairs whose code point index is < c.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid] - mid < c) lo = mid + 1;
      else hi = mid;
    }
    return c + lo;
  }

  /** True when a UTF-16 offset falls between the two halves of a surrogate pair. */
  splitsPair(u: number): boolean {
    const k = this.pairsBefore(u);
    return k > 0 && this.pairs[k - 1] + 1 === u;
  }
}

/** UTF-16 offset in `text` → code point offset. */
export function utf16ToCodePoint(text: string, offset: number): number {
  return new OffsetMap(text).toCodePoint(offset);
}

/** Code point offset in `text` → UTF-16 offset. */
export function codePointToUtf16(text: string, offset: number): number {
  return new OffsetMap(text).toUtf16(offset);
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
