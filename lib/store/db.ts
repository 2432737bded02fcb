/**
 * User decisions that must stick: ignored occurrences, rules turned off, false-positive reports.
 * Lives in the extension's own IndexedDB (background / extension pages), never in the page's origin.
 */
import Dexie, { type EntityTable } from 'dexie';

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

export const CONTEXT = 12;

export class GeaDB extends Dexie {
  ignores!: EntityTable<IgnoreEntry, 'id'>;
  disabledRules!: EntityTable<DisabledRule, 'ruleId'>;
  reports!: EntityTable<ReportEntry, 'id'>;
  constructor(name = 'gea') {
    super(name);
    this.version(1).stores({
      ignores: '++id, page, ruleId, &[page+ruleId+quote+before+after]',
      disabledRules: 'ruleId',
      reports: '++id, page, ruleId, createdAt',
    });
  }
}

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
}
