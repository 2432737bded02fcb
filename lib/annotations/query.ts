/** Searching, filtering and counting notes for the side panel (pure). */
import type { Note, NoteStatus } from './types.ts';

export interface NoteFilter {
  /** Free text: matched against quote, body, tags, reason, rule and reviewer (case-insensitive, all words). */
  q?: string;
  status?: NoteStatus | '';
  tag?: string;
  ruleId?: string;
  docKey?: string;
}

function haystack(n: Note): string {
  return [n.quote.exact, n.body, n.tags.join(' '), n.reason ?? '', n.ruleId ?? '', n.reviewer]
    .join('\n')
    .toLowerCase();
}

export function filterNotes(notes: readonly Note[], f: NoteFilter): Note[] {
  const words = (f.q ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
  return notes.filter(
    (n) =>
      (!f.status || n.status === f.status) &&
      (!f.tag || n.tags.includes(f.tag)) &&
      (!f.ruleId || n.ruleId === f.ruleId) &&
      (!f.docKey || n.docKey === f.docKey) &&
      (!words.length || words.every((w) => haystack(n).includes(w))),
  );
}

/** Distinct values with counts, most frequent first (ties alphabetical). */
function tally(values: Iterable<string>): [string, number][] {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function tagsOf(notes: readonly Note[]): [string, number][] {
  return tally(notes.flatMap((n) => n.tags));
}

export function rulesOf(notes: readonly Note[]): [string, number][] {
  return tally(notes.flatMap((n) => (n.ruleId ? [n.ruleId] : [])));
}

export interface Progress {
  /** Findings (distinct keys). */
  total: number;
  /** Findings with a verdict other than open. */
  decided: number;
  byStatus: Record<NoteStatus, number>;
}

/** How many of a document's findings have a verdict. Verdicts for findings no longer present are not counted. */
export function progressOf(findingKeys: readonly string[], verdicts: readonly { findingKey: string; status: NoteStatus }[]): Progress {
  const keys = new Set(findingKeys);
  const byKey = new Map<string, NoteStatus>();
  for (const v of verdicts) if (keys.has(v.findingKey)) byKey.set(v.findingKey, v.status);
  const byStatus: Record<NoteStatus, number> = { open: keys.size, confirmed: 0, 'false-positive': 0, fixed: 0 };
  for (const s of byKey.values()) {
    if (s === 'open') continue;
    byStatus[s]++;
    byStatus.open--;
  }
  return { total: keys.size, decided: keys.size - byStatus.open, byStatus };
}

/** Notes sorted for a list: by position in the document when known, then newest first. */
export function sortNotes(notes: readonly Note[], placed?: ReadonlyMap<string, number>): Note[] {
  return [...notes].sort((a, b) => {
    const pa = placed?.get(a.id) ?? a.position?.start ?? Infinity;
    const pb = placed?.get(b.id) ?? b.position?.start ?? Infinity;
    if (a.docKey !== b.docKey) return a.docKey.localeCompare(b.docKey);
    if (pa !== pb) return pa - pb;
    return b.updated.localeCompare(a.updated);
  });
}

/**
 * Which verdict belongs to which current finding. A verdict whose key is among the findings goes to that finding.
 * A verdict whose finding changed context (an edit just before the passage changes its key) is carried over when
 * its rule and quote identify exactly one finding without a verdict, and no other stray verdict claims it;
 * otherwise it is kept aside, never given to a look-alike finding. Returns finding key → verdict (the verdict keeps
 * its stored `findingKey`, so the caller can tell a carried-over one).
 */
export function matchVerdicts<V extends { findingKey: string; ruleId: string; quote?: string }>(
  verdicts: readonly V[],
  findings: readonly { key: string; ruleId: string; quote: string }[],
): Map<string, V> {
  const out = new Map<string, V>();
  const keys = new Set(findings.map((f) => f.key));
  const loose: V[] = [];
  for (const v of verdicts) {
    if (keys.has(v.findingKey)) out.set(v.findingKey, v);
    else if (v.quote) loose.push(v);
  }
  if (!loose.length) return out;
  const sig = (ruleId: string, quote: string) => `${ruleId}\u0000${quote}`;
  const free = new Map<string, Set<string>>();
  for (const f of findings) {
    if (out.has(f.key)) continue;
    const s = sig(f.ruleId, f.quote);
    if (!free.has(s)) free.set(s, new Set());
    free.get(s)!.add(f.key);
  }
  const strays = new Map<string, V[]>();
  for (const v of loose) {
    const s = sig(v.ruleId, v.quote!);
    strays.set(s, [...(strays.get(s) ?? []), v]);
  }
  for (const [s, vs] of strays) {
    const cands = free.get(s);
    if (vs.length === 1 && cands?.size === 1) out.set([...cands][0], vs[0]);
  }
  return out;
}
