/** npm run corpus: recall and false-alarm rate on the labelled corpus, with every miss and false alarm listed. */
import { fileURLToPath } from 'node:url';
import { rules } from '../../rules/index.ts';
import { formatScore, scoreCorpus } from '../eval/corpus.ts';

const dir = fileURLToPath(new URL('../../test/fixtures/corpus/', import.meta.url));
console.log(formatScore(scoreCorpus(dir, rules), !process.argv.includes('--quiet')));
