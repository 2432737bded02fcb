/**
 * Messages between the content script, the background and the extension pages (popup, side panel,
 * options). Everything stays inside the browser: there is no network code anywhere.
 */
import type { Basis, Domain, Kind, Severity } from '../engine/types.ts';

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
}

/** content → background */
export type ToBackground =
  | { type: 'review'; text: string; url: string; scope: string }
  | { type: 'ignore'; url: string; scope: string; text: string; finding: Pick<UIFinding, 'ruleId' | 'quote' | 'start' | 'end'> }
  | { type: 'disable-rule'; ruleId: string }
  | { type: 'enable-rule'; ruleId: string }
  | { type: 'report'; url: string; scope: string; text: string; note?: string; finding: Pick<UIFinding, 'ruleId' | 'quote' | 'start' | 'end'> }
  | { type: 'unignore'; id: number }
  | { type: 'delete-report'; id: number }
  | { type: 'user-data' }
  | { type: 'open-sidepanel' };

/** anything → content script (tabs.sendMessage) */
export type ToContent =
  | { type: 'get-state' }
  | { type: 'rescan' }
  | { type: 'goto'; id: string; open?: boolean }
  | { type: 'command'; name: 'next-finding' | 'prev-finding' | 'open-card' };

/** content → extension pages (runtime.sendMessage broadcast) */
export interface StateBroadcast {
  type: 'state';
  state: PageState;
}

export const COMMANDS = ['next-finding', 'prev-finding', 'open-card'] as const;
