/** Edit-distance helpers for comparing stored quote context with the text around a candidate. Code point based. */

/**
 * Edit distance between `pattern` and the best-matching *suffix* of `window`
 * (the start of `window` may be skipped at no cost; its end must be used).
 */
export function distanceToWindowEnd(pattern: string, window: string): number {
  const p = Array.from(pattern);
  const w = Array.from(window);
  if (p.length === 0) return 0;
  // prev[j]: distance of p[0..i) against a suffix of w[0..j).
  let prev = new Array<number>(w.length + 1).fill(0);
  let cur = new Array<number>(w.length + 1);
  for (let i = 1; i <= p.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= w.length; j++) {
      const sub = prev[j - 1] + (p[i - 1] === w[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[w.length];
}

function reverse(s: string): string {
  return Array.from(s).reverse().join('');
}

/** Edit distance between `pattern` and the best-matching *prefix* of `window`. */
export function distanceToWindowStart(pattern: string, window: string): number {
  return distanceToWindowEnd(reverse(pattern), reverse(window));
}

/** Take up to `n` code points from the end of `s`. */
export function lastCodePoints(s: string, n: number): string {
  const a = Array.from(s);
  return a.slice(Math.max(0, a.length - n)).join('');
}

/** Take up to `n` code points from the start of `s`. */
export function firstCodePoints(s: string, n: number): string {
  let out = '';
  let k = 0;
  for (const ch of s) {
    if (k++ >= n) break;
    out += ch;
  }
  return out;
}
