/**
 * User data that must stick, in the extension's own IndexedDB (background / extension pages), never in the
 * page's origin.
 *
 * Schema history (Dexie versions; never edit a released version, add a new one with an upgrade):
 * - v1 (first release, issue 4): ignored occurrences, rules turned off, false-positive reports.
 * - v2 (issue 5): documents (identity, fingerprint, first/last seen, conclusion), their latest text, reviewer
 *   notes and verdicts on findings. Upgrade: every page known from v1 data becomes a document record.
 * test/unit/store-migration.test.ts opens databases written with each earlier version.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import * as v from 'valibot';
import { mergeNotes, NoteSchema, type Note } from '../annotations/index.ts';
import type { Verdict } from '../report/model.ts';

export interface IgnoreEntry {
  id?: number;
  /** Page key: origin + pathname (query and hash dropped); for fields "…#field:<name>". */
  page: string;
  ruleId: string;
  quote: string;
  /** Up to CONTEXT chars before and after the quote, to tell occurrences apart. */
  before: string;
  after: string;
  createdAt: number;
}

export interface DisabledRule {
  ruleId: string;
  createdAt: number;
}

export interface ReportEntry {
  id?: number;
  page: string;
  ruleId: string;
  quote: string;
  before: string;
  after: string;
  note: string;
  createdAt: number;
}

/** A document the reviewer opened: a web page (by URL) or a local file. */
export interface DocumentRecord {
  /** Page key (origin + path; see pageKey). Notes and verdicts refer to it as `docKey`. */
  key: string;
  kind: 'url' | 'file';
  /** Full address when last seen (query kept, for reopening). */
  url: string;
  /** File name for local files. */
  file?: string;
  title: string;
  /** SHA-256 (hex) of the reviewed text: tells whether the text changed since last time. */
  textHash: string;
  textLength: number;
  /** Keys (lib/report findingKey) of the clause-level findings at the last review: the progress denominator. */
  findingKeys: string[];
  /** ms since epoch. */
  firstSeen: number;
  lastSeen: number;
  /** The 评估结论 the reviewer wrote on the report page. */
  conclusion?: string;
  conclusionUpdated?: number;
}

/** The latest reviewed text of a document (kept apart so listing documents stays light). */
export interface DocumentText {
  key: string;
  text: string;
}

/** A verdict on one finding of one document. */
export interface VerdictRecord extends Verdict {
  docKey: string;
  /** The finding's text, to show the verdict without the document. */
  quote?: string;
}

export const CONTEXT = 12;

/** Every released schema, by Dexie version. Exported for the migration tests. */
export const SCHEMA = {
  1: {
    ignores: '++id, page, ruleId, &[page+ruleId+quote+before+after]',
    disabledRules: 'ruleId',
    reports: '++id, page, ruleId, createdAt',
  },
  2: {
    documents: 'key, lastSeen',
    texts: 'key',
    notes: 'id, docKey, status, updated, *tags, ruleId, findingKey',
    verdicts: '[docKey+findingKey], docKey, ruleId, updated',
  },
} as const;

/** The document a v1 page key belongs to (field scopes "…#field:N" belong to their page). */
export function docKeyOfPage(page: string): string {
  return page.replace(/#field:\d+$/, '');
}

/** v1 → v2: a document record for every page the user already made decisions on. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const seen = new Map<string, { first: number; last: number }>();
  const note = (page: string, at: number) => {
    const key = docKeyOfPage(page);
    const cur = seen.get(key);
    if (!cur) seen.set(key, { first: at, last: at });
    else {
      cur.first = Math.min(cur.first, at);
      cur.last = Math.max(cur.last, at);
    }
  };
  await tx.table('ignores').each((g: IgnoreEntry) => note(g.page, g.createdAt));
  await tx.table('reports').each((r: ReportEntry) => note(r.page, r.createdAt));
  const docs: DocumentRecord[] = [...seen].map(([key, t]) => ({
    key,
    kind: key.startsWith('file:') ? 'file' : 'url',
    url: key,
    ...(key.startsWith('file:') ? { file: decodeURIComponent(key.split('/').pop() ?? '') } : {}),
    title: '',
    textHash: '',
    textLength: 0,
    findingKeys: [],
    firstSeen: t.first,
    lastSeen: t.last,
  }));
  await tx.table('documents').bulkPut(docs);
}

export class GeaDB extends Dexie {
  ignores!: EntityTable<IgnoreEntry, 'id'>;
  disabledRules!: EntityTable<DisabledRule, 'ruleId'>;
  reports!: EntityTable<ReportEntry, 'id'>;
  documents!: EntityTable<DocumentRecord, 'key'>;
  texts!: EntityTable<DocumentText, 'key'>;
  notes!: EntityTable<Note, 'id'>;
  verdicts!: Dexie.Table<VerdictRecord, [string, string]>;
  constructor(name = 'gea', upTo: keyof typeof SCHEMA = 2) {
    super(name);
    this.version(1).stores(SCHEMA[1]);
    if (upTo >= 2) this.version(2).stores(SCHEMA[2]).upgrade(upgradeToV2);
  }
}

/** SHA-256 of a text as hex (the document's text fingerprint). */
export async function textFingerprint(text: string): Promise<string> {
  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface SeenDocument {
  key: string;
  url: string;
  title: string;
  text: string;
  findingKeys: string[];
}

export type ImportOutcome = { ok: true; added: number; updated: number; unchanged: number } | { ok: false; errors: string[] };

/** Page key for a URL: origin + path. file: URLs keep their path. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? `${u.protocol}//${u.pathname}` : u.origin + u.pathname;
  } catch {
    return url;
  }
}

export interface Occurrence {
  ruleId: string;
  quote: string;
  start: number;
  end: number;
}

export function contextOf(text: string, o: { start: number; end: number }): { before: string; after: string } {
  return {
    before: text.slice(Math.max(0, o.start - CONTEXT), o.start),
    after: text.slice(o.end, o.end + CONTEXT),
  };
}

export class Store {
  constructor(readonly db: GeaDB = new GeaDB()) {}

  async ignore(page: string, text: string, o: Occurrence): Promise<void> {
    const { before, after } = contextOf(text, o);
    await this.db.ignores
      .put({ page, ruleId: o.ruleId, quote: o.quote, before, after, createdAt: Date.now() })
      .catch((e) => {
        if ((e as Error)?.name !== 'ConstraintError') throw e; // already ignored
      });
  }

  async unignore(id: number): Promise<void> {
    await this.db.ignores.delete(id);
  }

  async ignoresFor(page: string): Promise<IgnoreEntry[]> {
    return this.db.ignores.where('page').equals(page).toArray();
  }

  /** Drop occurrences the user ignored on this page. Matches by rule, quote and surrounding text. */
  async filterIgnored<T extends Occurrence>(page: string, text: string, items: T[]): Promise<T[]> {
    const ignores = await this.ignoresFor(page);
    if (!ignores.length) return items;
    return items.filter((o) => {
      if (o.end <= o.start) return true;
      const { before, after } = contextOf(text, o);
      return !ignores.some(
        (g) =>
          g.ruleId === o.ruleId &&
          g.quote === o.quote &&
          (before.endsWith(g.before) || g.before.endsWith(before)) &&
          (after.startsWith(g.after) || g.after.startsWith(after)),
      );
    });
  }

  async disableRule(ruleId: string): Promise<void> {
    await this.db.disabledRules.put({ ruleId, createdAt: Date.now() });
  }

  async enableRule(ruleId: string): Promise<void> {
    await this.db.disabledRules.delete(ruleId);
  }

  async disabledRules(): Promise<string[]> {
    return (await this.db.disabledRules.toArray()).map((d) => d.ruleId);
  }

  async report(page: string, text: string, o: Occurrence, note = ''): Promise<void> {
    const { before, after } = contextOf(text, o);
    await this.db.reports.add({ page, ruleId: o.ruleId, quote: o.quote, before, after, note, createdAt: Date.now() });
  }

  async reports(): Promise<ReportEntry[]> {
    return this.db.reports.orderBy('createdAt').toArray();
  }

  async deleteReport(id: number): Promise<void> {
    await this.db.reports.delete(id);
  }

  async allIgnores(): Promise<IgnoreEntry[]> {
    return this.db.ignores.toArray();
  }

  // ---------------------------------------------------------------- documents

  /** Record that a document was reviewed: keeps firstSeen, updates title, fingerprint, text and lastSeen. */
  async seeDocument(d: SeenDocument, now = Date.now()): Promise<DocumentRecord> {
    const textHash = await textFingerprint(d.text);
    return this.db.transaction('rw', this.db.documents, this.db.texts, async () => {
      const old = await this.db.documents.get(d.key);
      const isFile = d.url.startsWith('file:');
      const rec: DocumentRecord = {
        ...(old ?? {}),
        key: d.key,
        kind: isFile ? 'file' : 'url',
        url: d.url,
        title: d.title || old?.title || '',
        textHash,
        textLength: d.text.length,
        findingKeys: [...new Set(d.findingKeys)],
        firstSeen: old?.firstSeen ?? now,
        lastSeen: now,
      };
      if (isFile) rec.file = decodeURIComponent(new URL(d.url).pathname.split('/').pop() ?? '');
      await this.db.documents.put(rec);
      if (!old || old.textHash !== textHash) await this.db.texts.put({ key: d.key, text: d.text });
      return rec;
    });
  }

  async document(key: string): Promise<DocumentRecord | undefined> {
    return this.db.documents.get(key);
  }

  async documentText(key: string): Promise<string | undefined> {
    return (await this.db.texts.get(key))?.text;
  }

  async documents(): Promise<DocumentRecord[]> {
    return this.db.documents.orderBy('lastSeen').reverse().toArray();
  }

  async setConclusion(key: string, conclusion: string, now = Date.now()): Promise<void> {
    const n = await this.db.documents.update(key, { conclusion, conclusionUpdated: now });
    if (!n) throw new Error(`未知文档 / Unknown document: ${key}`);
  }

  // ---------------------------------------------------------------- notes

  async notesFor(docKey: string): Promise<Note[]> {
    return this.db.notes.where('docKey').equals(docKey).toArray();
  }

  async allNotes(): Promise<Note[]> {
    return this.db.notes.toArray();
  }

  async note(id: string): Promise<Note | undefined> {
    return this.db.notes.get(id);
  }

  /** Create or replace a note. Validated first: an invalid note is never written. */
  async putNote(note: Note): Promise<Note> {
    const r = v.safeParse(NoteSchema, note);
    if (!r.success) throw new Error(`批注无效 / Invalid note: ${r.issues.map((i) => i.message).join('; ')}`);
    await this.db.notes.put(note);
    return note;
  }

  /** Delete notes; returns what was deleted (for undo). */
  async deleteNotes(ids: string[]): Promise<Note[]> {
    return this.db.transaction('rw', this.db.notes, async () => {
      const found = (await this.db.notes.bulkGet(ids)).filter((n): n is Note => !!n);
      await this.db.notes.bulkDelete(found.map((n) => n.id));
      return found;
    });
  }

  /** Put deleted notes back (undo). */
  async restoreNotes(notes: Note[]): Promise<void> {
    for (const n of notes) {
      const r = v.safeParse(NoteSchema, n);
      if (!r.success) throw new Error(`批注无效 / Invalid note: ${n.id}`);
    }
    await this.db.notes.bulkPut(notes);
  }

  /**
   * Merge already validated notes (lib/annotations parseWebAnnotations) by id in one transaction: unknown ids are
   * added, known ones replaced only by a newer copy, nothing is duplicated.
   */
  async importNotes(incoming: Note[]): Promise<ImportOutcome> {
    const errors: string[] = [];
    for (const [i, n] of incoming.entries()) {
      const r = v.safeParse(NoteSchema, n);
      if (!r.success) errors.push(`第 ${i + 1} 条批注无效 / Note #${i + 1} is invalid: ${r.issues.map((x) => x.message).join('; ')}`);
    }
    if (errors.length) return { ok: false, errors };
    return this.db.transaction('rw', this.db.notes, async () => {
      const existing = (await this.db.notes.bulkGet(incoming.map((n) => n.id))).filter((n): n is Note => !!n);
      const m = mergeNotes(existing, incoming);
      await this.db.notes.bulkPut([...m.added, ...m.updated]);
      return { ok: true as const, added: m.added.length, updated: m.updated.length, unchanged: m.unchanged.length };
    });
  }

  // ---------------------------------------------------------------- verdicts

  async verdictsFor(docKey: string): Promise<VerdictRecord[]> {
    return this.db.verdicts.where('docKey').equals(docKey).toArray();
  }

  async allVerdicts(): Promise<VerdictRecord[]> {
    return this.db.verdicts.toArray();
  }

  /** Set a verdict; status 'open' removes it. A false positive needs a reason. */
  async setVerdict(v: VerdictRecord): Promise<void> {
    if (v.status === 'open') {
      await this.db.verdicts.delete([v.docKey, v.findingKey]);
      return;
    }
    if (v.status === 'false-positive' && !v.reason?.trim()) {
      throw new Error('标记为误报时须填写理由 / A reason is required when marking a false positive');
    }
    const rec: VerdictRecord = { ...v };
    if (!rec.reason) delete rec.reason;
    await this.db.verdicts.put(rec);
  }
}
