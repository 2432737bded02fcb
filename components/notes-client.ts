/**
 * Notes and verdicts from extension pages (side panel, report, options): read and written directly in the
 * extension's IndexedDB (same origin as the background). Every write bumps `notesRev` so content scripts re-place
 * notes; other extension pages follow through Dexie liveQuery.
 */
import { parseWebAnnotations, toCsv, toWebAnnotations, type DocRef, type Note } from '../lib/annotations/index.ts';
import { Store, type DocumentRecord, type ImportOutcome } from '../lib/store/db.ts';
import { bumpNotesRev } from '../lib/store/settings.ts';

let shared: Store | null = null;
export function store(): Store {
  return (shared ??= new Store());
}

export async function saveNote(n: Note): Promise<void> {
  await store().putNote(n);
  await bumpNotesRev();
}

export async function deleteNotes(ids: string[]): Promise<Note[]> {
  const gone = await store().deleteNotes(ids);
  await bumpNotesRev();
  return gone;
}

export async function restoreNotes(notes: Note[]): Promise<void> {
  await store().restoreNotes(notes);
  await bumpNotesRev();
}

/** Validate a W3C Web Annotation file, then merge it; nothing is written when anything in it is wrong. */
export async function importAnnotations(text: string): Promise<ImportOutcome> {
  const parsed = parseWebAnnotations(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const r = await store().importNotes(parsed.notes);
  if (r.ok && r.added + r.updated > 0) await bumpNotesRev();
  return r;
}

export function docRefs(docs: DocumentRecord[]): Map<string, DocRef> {
  return new Map(docs.map((d) => [d.key, { source: d.kind === 'file' ? d.url : d.url || d.key, ...(d.title ? { title: d.title } : {}) }]));
}

export function exportJson(notes: Note[], docs: DocumentRecord[]): string {
  return JSON.stringify(toWebAnnotations(notes, docRefs(docs)), null, 2);
}

export function exportCsv(notes: Note[], docs: DocumentRecord[]): string {
  return toCsv(notes, docRefs(docs));
}

/** Save text as a file through a local blob: URL (no permission, no network). */
export function download(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

/** A file name part from a title or URL: no path separators or reserved characters. */
export function fileStem(s: string): string {
  const clean = s.replace(/^https?:\/\//, '').replace(/[\\/:*?"<>|#\s]+/g, '_').replace(/^_+|_+$/g, '');
  return clean.slice(0, 60) || 'document';
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
