/**
 * Engine speed: review() over the five seed plans (about 500 KB of real plan text) and a 1 MB concatenation of
 * samples and plans, under the baseline profile. Prints median wall time of several runs and throughput.
 * Run: npm run bench
 */
import { readFileSync, readdirSync } from 'node:fs';
import { rules, getProfile } from '../../rules/index.ts';
import { review } from '../../lib/engine/index.ts';
import { prepare } from '../../lib/engine/text.ts';
import { htmlToText } from '../../lib/extract/html.ts';

const seedsDir = new URL('../seeds/', import.meta.url);
const samplesDir = new URL('../../public/samples/', import.meta.url);
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.html')).map((f) => htmlToText(readFileSync(new URL(f, samplesDir), 'utf8')));

function mega(): string {
  const parts: string[] = [];
  let n = 0;
  while (n < 1_000_000) {
    for (const t of [...samples, ...seeds]) {
      parts.push(t);
      n += t.length;
    }
  }
  return parts.join('\n\n');
}

function time(label: string, text: string, fn: () => unknown, runs = 7): void {
  fn(); // warm-up (compiles rules, JIT)
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  const med = ts[Math.floor(ts.length / 2)];
  const chars = text.length;
  console.log(`${label.padEnd(34)} ${String(chars).padStart(9)} chars  median ${med.toFixed(1).padStart(7)} ms  ${((chars / 1e6) / (med / 1000)).toFixed(2)} M chars/s`);
}

const profile = getProfile('baseline');
console.log(`rules: ${rules.length}`);
const all = seeds.join('\n\n');
time('prepare() seeds', all, () => prepare(all));
time('review() one seed plan (000)', seeds[0], () => review(seeds[0], { rules, profile }));
time('review() five seed plans', all, () => review(all, { rules, profile }));
const big = mega();
time('prepare() 1 MB', big, () => prepare(big), 5);
const n = review(big, { rules, profile }).length;
time(`review() 1 MB (${n} findings)`, big, () => review(big, { rules, profile }), 5);
