/**
 * The labelled corpus (documents written independently of the rules): recall at least 95 %, false alarms at most 2 %.
 * `npm run corpus` prints every miss and false alarm.
 */
import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { rules } from '../../rules/index.ts';
import { formatScore, scoreCorpus } from '../../lib/eval/corpus.ts';

it('finds ≥ 95 % of labelled problems with ≤ 2 % false alarms', () => {
  const s = scoreCorpus(fileURLToPath(new URL('../fixtures/corpus/', import.meta.url)), rules);
  console.log(formatScore(s, false));
  expect(s.expected).toBeGreaterThan(100);
  expect(s.mustNotFlag).toBeGreaterThan(150);
  expect(s.recall, formatScore(s)).toBeGreaterThanOrEqual(0.95);
  expect(s.falseAlarmRate, formatScore(s)).toBeLessThanOrEqual(0.02);
});
