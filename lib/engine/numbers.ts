/**
 * Numbers as drafts write them: Arabic (3, 1.5, 30%), Chinese (三, 十二, 两, 百分之三十, 三分之一), ratios
 * (3:2, 3∶2 folded to 3:2, 三比二, 1.5:1). Works on the compact view (no whitespace).
 */

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Chinese numeral characters (for building patterns). */
export const ZH_NUM = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟';
/** A number token: Arabic with optional decimals, or Chinese numerals with optional 点 decimals. */
export const NUM = `(?:\\d+(?:\\.\\d+)?|[${ZH_NUM}]+(?:点[${ZH_NUM}]+)?)`;

/** Parse a Chinese numeral string below 10 000 (十二 → 12, 二十 → 20, 一百零五 → 105, 三点五 → 3.5). */
export function parseZh(s: string): number | null {
  const dot = s.indexOf('点');
  if (dot >= 0) {
    const ip = parseZh(s.slice(0, dot));
    if (ip === null) return null;
    let frac = '';
    for (const ch of s.slice(dot + 1)) {
      if (!(ch in DIGIT)) return null;
      frac += DIGIT[ch];
    }
    return Number(`${ip}.${frac}`);
  }
  if (!s) return null;
  // Plain digit sequence (二〇二五 → 2025)
  if ([...s].every((ch) => ch in DIGIT) && s.length > 1) {
    return Number([...s].map((ch) => DIGIT[ch]).join(''));
  }
  let total = 0;
  let cur = 0;
  let seen = false;
  for (const ch of s) {
    if (ch in DIGIT) {
      cur = DIGIT[ch];
      seen = true;
    } else if (ch in UNIT) {
      total += (seen ? cur : 1) * UNIT[ch];
      cur = 0;
      seen = false;
    } else return null;
  }
  return total + cur;
}

export function parseNum(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return parseZh(s);
}

export interface NumberToken {
  /** Compact start/end of the whole expression. */
  start: number;
  end: number;
  kind: 'ratio' | 'percent' | 'fraction' | 'count';
  /** ratio: [a, b] in text order; percent/fraction: the share 0..1; count: the number. */
  a: number;
  b?: number;
  /** Unit word after a count (名, 人, 个 …). */
  unit?: string;
}

const RATIO_RE = new RegExp(`(${NUM})(?::|比)(${NUM})(?!\\d|\\.\\d)`, "g");
const PERCENT_RE = new RegExp(`(\\d+(?:\\.\\d+)?)%|百分之(${NUM})`, 'g');
const FRACTION_RE = new RegExp(`([${ZH_NUM}\\d]+)分之([${ZH_NUM}\\d]+)|(?<![\\d.])(\\d+)/(\\d+)(?![\\d.万千])`, 'g');
const COUNT_RE = new RegExp(`(${NUM})(名|人|个|位|席|座|间|处)`, 'g');

/** All number expressions in `s` (compact), offsets relative to `base`. Ratios shadow the numbers inside them. */
export function findNumbers(s: string, base = 0): NumberToken[] {
  const out: NumberToken[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const push = (t: NumberToken) => {
    out.push(t);
    taken.push([t.start - base, t.end - base]);
  };
  for (const m of s.matchAll(RATIO_RE)) {
    const a = parseNum(m[1]);
    const b = parseNum(m[2]);
    if (a === null || b === null || b === 0) continue;
    // Skip times of day like 8:30 (minutes ≥ 10 with two digits after a colon and a number ≤ 24 before).
    if (/^\d{2}$/.test(m[2]) && m[0].includes(':') && a <= 24 && b >= 10 && b < 60 && !m[2].includes('.')) continue;
    push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'ratio', a, b });
  }
  for (const m of s.matchAll(PERCENT_RE)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const v = m[1] !== undefined ? Number(m[1]) : parseNum(m[2]);
    if (v === null) continue;
    push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'percent', a: v / 100 });
  }
  for (const m of s.matchAll(FRACTION_RE)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    let num: number | null;
    let den: number | null;
    if (m[1] !== undefined) {
      den = parseNum(m[1]);
      num = parseNum(m[2]);
    } else {
      num = Number(m[3]);
      den = Number(m[4]);
    }
    if (num === null || den === null || den === 0 || num > den) continue;
    push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'fraction', a: num / den });
  }
  for (const m of s.matchAll(COUNT_RE)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const v = parseNum(m[1]);
    if (v === null) continue;
    push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'count', a: v, unit: m[2] });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Format a female/male ratio the way drafts write it: 1.5 → "3:2", 1 → "1:1", 0.75 → "3:4", 1.3 → "1.3:1". */
export function fmtRatio(r: number): string {
  for (let den = 1; den <= 4; den++) {
    const num = r * den;
    if (Math.abs(num - Math.round(num)) < 1e-9 && Math.round(num) <= 12) return `${Math.round(num)}:${den}`;
  }
  return `${Math.round(r * 100) / 100}:1`;
}

export function fmtPercent(r: number): string {
  return `${Math.round(r * 1000) / 10}%`;
}
