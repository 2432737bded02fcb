/**
 * Messages between the content script, the background and the extension pages (popup, side panel,
 * options). Everything stays inside the browser: there is no network code anywhere.
 */
import type { Basis, Domain, Kind, Severity } from '../engine/types.ts';
import type { Note, NoteStatus } from '../annotations/types.ts';
import type { VerdictRecord } from '../store/db.ts';

/** A finding as shown in the UI: engine finding + rule metadata + a stable id within the page. */
export interface UIFinding {
  id: string;
  ruleId: string;
  kind: Kind;
  severity: Severity;
  domain: Domain | '';
  title: string;
  start: number;
  end: number;
  quote: string;
  message: string;
  suggestion?: string;
  basis: Basis;
  /** Where it was found: the page text, or a text field (index into the page's field list). */
  source: 'page' | 'field';
  field?: number;
  fieldLabel?: string;
  /** Stable key across reloads (lib/report findingKey); verdicts and notes refer to it. */
  key: string;
  /** The reviewer's verdict, if any. */
  verdict?: { status: NoteStatus; reason?: string; storedKey?: string };
}

/** Where a note sits on the page now (UTF-16 offsets into the page text). */
export interface PlacedNote {
  id: string;
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
}

export interface ChecklistItem {
  ruleId: string;
  title: string;
  ok: boolean;
  severity: Severity;
  message?: string;
}

export interface DocTypeInfo {
  id: string;
  label: string;
  items: ChecklistItem[];
}

export interface ReviewResult {
  findings: UIFinding[];
  docTypes: DocTypeInfo[];
  ms: number;
}

export type PageStatus = 'idle' | 'scanning' | 'ready' | 'paused' | 'site-off' | 'waiting' | 'error';

export interface PageState {
  url: string;
  title: string;
  status: PageStatus;
  error?: string;
  findings: UIFinding[];
  docTypes: DocTypeInfo[];
  profileId: string;
  textLength: number;
  scannedAt: number;
  /** Whether highlights use the CSS Custom Highlight API (else DOM wrapping). */
  painter: 'highlights' | 'wrap';
  current: string | null;
  /** Document key (pageKey of the URL) notes and verdicts are stored under. */
  docKey: string;
  /** Notes of this document placed in the current text, in document order. */
  placedNotes: PlacedNote[];
  /** Ids of notes whose passage could not be found (listed with their quote, never dropped). */
  orphanNotes: string[];
  /** Id of the note open in the page, if any. */
  openNote: string | null;
}

/** content → background */
export type ToBackground =
  | { type: 'review'; text: string; url: string; scope: string; title?: string }
  | { type: 'ignore'; url: string; scope: string; text: string; finding: Pick<UIFinding, 'ruleId' | 'quote' | 'start' | 'end'> }
  | { type: 'disable-rule'; ruleId: string }
  | { type: 'enable-rule'; ruleId: string }
  | { type: 'report'; url: string; scope: string; text: string; note?: string; finding: Pick<UIFinding, 'ruleId' | 'quote' | 'start' | 'end'> }
  | { type: 'unignore'; id: number }
  | { type: 'delete-report'; id: number }
  | { type: 'user-data' }
  | { type: 'open-sidepanel' }
  | { type: 'doc-notes'; docKey: string }
  | { type: 'save-note'; note: Note }
  | { type: 'delete-notes'; ids: string[] }
  | { type: 'restore-notes'; notes: Note[] }
  | { type: 'set-verdict'; verdict: VerdictRecord; text?: string; finding?: Pick<UIFinding, 'ruleId' | 'quote' | 'start' | 'end'> }
  | { type: 'report-findings'; docKey: string };

export interface DocNotes {
  notes: Note[];
  verdicts: VerdictRecord[];
}

/** anything → content script (tabs.sendMessage) */
export type ToContent =
  | { type: 'get-state' }
  | { type: 'rescan' }
  | { type: 'goto'; id: string; open?: boolean }
  | { type: 'command'; name: CommandName }
  /** From the context menu ("为选中文字添加批注") or the keyboard command: note on the selection. */
  | { type: 'add-note'; from: 'selection' | 'command' }
  | { type: 'open-note'; id: string };

/** content → extension pages (runtime.sendMessage broadcast) */
export interface StateBroadcast {
  type: 'state';
  state: PageState;
}

export const COMMANDS = ['next-finding', 'prev-finding', 'open-card', 'add-note'] as const;
export type CommandName = (typeof COMMANDS)[number];
export const MENU_ADD_NOTE = 'gea-add-note';
