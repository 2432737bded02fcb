import { describe } from '../anchor/index.ts';
import type { Note, NoteStatus } from './types.ts';

function uuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string; getRandomValues?: (a: Uint8Array) => Uint8Array } })
    .crypto;
  if (c?.randomUUID) return c.randomUUID();
  const b = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface NewNote {
  docKey: string;
  /** The document text and the JS (UTF-16) range of the passage. */
  text: string;
  start: number;
  end: number;
  reviewer: string;
  body?: string;
  tags?: string[];
  status?: NoteStatus;
  reason?: string;
  ruleId?: string;
  findingKey?: string;
  /** ISO time; defaults to now. */
  now?: string;
  id?: string;
}

/** Create a note anchored to text[start, end). Throws RangeError for an empty range, Error for 误报 without reason. */
export function createNote(input: NewNote): Note {
  const { quote, position } = describe(input.text, input.start, input.end);
  const now = input.now ?? new Date().toISOString();
  const status = input.status ?? 'open';
  requireReason(status, input.reason);
  const note: Note = {
    id: input.id ?? uuid(),
    docKey: input.docKey,
    quote,
    position,
    body: input.body ?? '',
    tags: normaliseTags(input.tags ?? []),
    status,
    reviewer: input.reviewer,
    created: now,
    updated: now,
  };
  if (input.reason) note.reason = input.reason;
  if (input.ruleId) note.ruleId = input.ruleId;
  if (input.findingKey) note.findingKey = input.findingKey;
  return note;
}

export type NotePatch = Partial<Pick<Note, 'body' | 'tags' | 'status' | 'reason' | 'reviewer' | 'ruleId' | 'findingKey'>>;

/** Return an updated copy with a new `updated` time. Setting status 误报 requires a reason. */
export function updateNote(note: Note, patch: NotePatch, now: string = new Date().toISOString()): Note {
  const next: Note = { ...note, ...patch, updated: now };
  if (patch.tags) next.tags = normaliseTags(patch.tags);
  for (const k of ['reason', 'ruleId', 'findingKey'] as const) if (!next[k]) delete next[k];
  requireReason(next.status, next.reason);
  return next;
}

function requireReason(status: NoteStatus, reason: string | undefined): void {
  if (status === 'false-positive' && !reason?.trim()) {
    throw new Error('标记为误报时须填写理由 / A reason is required when marking a false positive');
  }
}

/** Trim, drop empties and duplicates, keep order. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const s = t.trim();
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}
