import type { Note } from './types.ts';

export interface MergeResult {
  /** Existing notes (replaced where the incoming copy is newer) followed by the new ones; one note per id. */
  merged: Note[];
  /** Incoming notes whose id was not known. */
  added: Note[];
  /** Incoming notes that replaced an older copy. */
  updated: Note[];
  /** Incoming notes that changed nothing (identical, or not newer than the stored copy). */
  unchanged: Note[];
}

function time(s: string): number {
  const t = Date.parse(s);
  return Number.isNaN(t) ? -Infinity : t;
}

/** Key-order independent comparison of plain JSON-like values (undefined properties ignored). */
export function sameNote(a: Note, b: Note): boolean {
  return canon(a) === canon(b);
}

function canon(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canon).join(',')}]`;
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canon(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(x);
}

/**
 * Merge imported notes into stored ones by id: unknown ids are added, a known id is replaced only when the
 * incoming `updated` is later. Duplicate ids among the incoming notes collapse to the newest copy.
 */
export function mergeNotes(existing: readonly Note[], incoming: readonly Note[]): MergeResult {
  const byId = new Map<string, Note>();
  const order: string[] = [];
  for (const n of existing) {
    const prev = byId.get(n.id);
    if (!prev) order.push(n.id);
    if (!prev || time(n.updated) > time(prev.updated)) byId.set(n.id, n);
  }
  const known = new Set(order);
  const added: Note[] = [];
  const updated: Note[] = [];
  const unchanged: Note[] = [];
  // Collapse incoming duplicates first (newest wins).
  const inc = new Map<string, Note>();
  for (const n of incoming) {
    const prev = inc.get(n.id);
    if (!prev || time(n.updated) > time(prev.updated)) inc.set(n.id, n);
  }
  for (const n of inc.values()) {
    const cur = byId.get(n.id);
    if (!cur) {
      byId.set(n.id, n);
      order.push(n.id);
      added.push(n);
    } else if (known.has(n.id) && time(n.updated) > time(cur.updated) && !sameNote(n, cur)) {
      byId.set(n.id, n);
      updated.push(n);
    } else {
      unchanged.push(n);
    }
  }
  return { merged: order.map((id) => byId.get(id)!), added, updated, unchanged };
}
