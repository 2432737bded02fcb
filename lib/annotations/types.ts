import type { TextPositionSelector, TextQuoteSelector } from '../anchor/index.ts';

export type { TextPositionSelector, TextQuoteSelector };

/** Review status of a note or of a finding (verdict). */
export type NoteStatus = 'open' | 'confirmed' | 'false-positive' | 'fixed';

export const NOTE_STATUSES: readonly NoteStatus[] = ['open', 'confirmed', 'false-positive', 'fixed'];

export const STATUS_LABELS: Record<NoteStatus, { zh: string; en: string }> = {
  open: { zh: '待处理', en: 'Open' },
  confirmed: { zh: '确认问题', en: 'Confirmed' },
  'false-positive': { zh: '误报', en: 'False positive' },
  fixed: { zh: '已修改', en: 'Fixed' },
};

/** A reviewer note anchored to a passage of one document. */
export interface Note {
  /** UUID (exported as urn:uuid:…). Imported annotations with another IRI keep that IRI. */
  id: string;
  /** Identifies the document (URL or file key) the note belongs to. */
  docKey: string;
  quote: TextQuoteSelector;
  /** W3C position: Unicode code points. Optional for imported annotations that carry only a quote. */
  position?: TextPositionSelector;
  body: string;
  tags: string[];
  status: NoteStatus;
  /** Why the reviewer chose this status; expected for 'false-positive'. */
  reason?: string;
  reviewer: string;
  /** The rule the note is about, if any. */
  ruleId?: string;
  /** The finding the note belongs to (see lib/report findingKey), if any. */
  findingKey?: string;
  /** ISO 8601 timestamps. */
  created: string;
  updated: string;
}

/** How a document is named in exports. */
export interface DocRef {
  /** URL, or file name / file URI for local files. */
  source: string;
  title?: string;
}
