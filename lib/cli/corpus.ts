/**
 * npm run corpus [-- holdout] [--quiet]: recall and false-alarm rate on a labelled corpus
 * (test/fixtures/corpus by default, or test/fixtures/holdout), with every miss and false alarm listed.
 */
import { fileURLToPath } from 'node:url';
import { rules } from '../../rules/index.ts';
import { formatScore, scoreCorpus } from '../eval/corpus.ts';

const name = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'corpus';
const dir = fileURLToPath(new URL(`../../test/fixtures/${name}/`, import.meta.url));
console.log(formatScore(scoreCorpus(dir, rules), !process.argv.includes('--quiet')));
