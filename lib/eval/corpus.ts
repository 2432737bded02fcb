/**
 * Scores the engine against the labelled corpus in test/fixtures/corpus: recall over expected passages and the
 * false-alarm rate over must-not-flag passages. Used by the corpus test and by `npm run corpus` for a report.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../engine/review.ts';
import type { Finding, Rule } from '../engine/types.ts';
import { getProfile } from '../../rules/index.ts';

export interface Labels {
  title: string;
  docType: string;
  profile: string;
  expected: Array<{ quote: string; topic: string; note?: string }>;
  mustNotFlag: string[];
  missing?: string[];
}

export interface DocScore {
  file: string;
  misses: Array<{ quote: string; topic: string }>;
  falseAlarms: Array<{ passage: string; by: string[] }>;
  expected: number;
  mustNotFlag: number;
}

export interface CorpusScore {
  docs: DocScore[];
  expected: number;
  found: number;
  mustNotFlag: number;
  flagged: number;
  recall: number;
  falseAlarmRate: number;
  byTopic: Record<string, { expected: number; found: number }>;
}

function occurrences(text: string, s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push([i, i + s.length]);
  return out;
}

const overlaps = (f: Finding, [a, b]: [number, number]) => f.start < b && f.end > a;

export function scoreCorpus(dir: string, rules: Rule[]): CorpusScore {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const docs: DocScore[] = [];
  const byTopic: CorpusScore['byTopic'] = {};
  let expected = 0;
  let found = 0;
  let mnf = 0;
  let flagged = 0;
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const labels = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8')) as Labels;
    const profile = getProfile(labels.profile);
    const spans = review(text, { rules, profile }).filter((f) => f.kind !== 'missing');
    const d: DocScore = { file, misses: [], falseAlarms: [], expected: labels.expected.length, mustNotFlag: labels.mustNotFlag.length };
    for (const e of labels.expected) {
      const t = (byTopic[e.topic] ??= { expected: 0, found: 0 });
      t.expected++;
      expected++;
      const hit = occurrences(text, e.quote).some((occ) => spans.some((f) => overlaps(f, occ)));
      if (hit) {
        found++;
        t.found++;
      } else d.misses.push({ quote: e.quote, topic: e.topic });
    }
    for (const p of labels.mustNotFlag) {
      mnf++;
      const by = spans.filter((f) => occurrences(text, p).some((occ) => overlaps(f, occ)));
      if (by.length) {
        flagged++;
        d.falseAlarms.push({ passage: p, by: by.map((f) => `${f.ruleId} «${f.quote}»`) });
      }
    }
    docs.push(d);
  }
  return { docs, expected, found, mustNotFlag: mnf, flagged, recall: expected ? found / expected : 1, falseAlarmRate: mnf ? flagged / mnf : 0, byTopic };
}

export function formatScore(s: CorpusScore, verbose = true): string {
  const lines = [
    `recall ${(s.recall * 100).toFixed(1)}% (${s.found}/${s.expected}), false alarms ${(s.falseAlarmRate * 100).toFixed(1)}% (${s.flagged}/${s.mustNotFlag})`,
    'by topic: ' + Object.entries(s.byTopic).sort().map(([k, v]) => `${k} ${v.found}/${v.expected}`).join(', '),
  ];
  if (verbose) {
    for (const d of s.docs) {
      for (const m of d.misses) lines.push(`  MISS  ${d.file} [${m.topic}] «${m.quote.replace(/\n/g, '⏎')}»`);
      for (const f of d.falseAlarms) lines.push(`  FALSE ${d.file} «${f.passage.replace(/\n/g, '⏎')}» ← ${f.by.join('; ')}`);
    }
  }
  return lines.join('\n');
}
