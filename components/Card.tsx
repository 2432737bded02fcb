/** The finding card: what is wrong, why (basis), what to write instead, and actions. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NoteStatus } from '../lib/annotations/types.ts';
import type { UIFinding } from '../lib/ext/messages.ts';
import { domainLabel, planLabel, QUICK_REASONS, severityLabel, statusLabel, t, type Locale } from './i18n.ts';

export type CardAction = 'annotate' | 'ignore' | 'disable-rule' | 'report';

const VERDICTS: NoteStatus[] = ['confirmed', 'false-positive', 'fixed'];

export interface CardProps {
  finding: UIFinding;
  locale: Locale;
  index?: number;
  total?: number;
  /** Move focus into the card when it opens (keyboard use). */
  autoFocus?: boolean;
  onAction: (a: CardAction) => Promise<string | void> | string | void;
  /** Set the verdict on this finding ('open' clears it). Omitted: no verdict buttons. */
  onVerdict?: (status: NoteStatus, reason?: string) => Promise<string | void>;
  /** Notes on this finding's passage. */
  notes?: { id: string; excerpt: string; status: NoteStatus }[];
  onOpenNote?: (id: string) => void;
  onClose: () => void;
}

export function Card({ finding: f, locale, index, total, autoFocus, onAction, onVerdict, notes, onOpenNote, onClose }: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState('');
  const titleId = `gea-card-title-${f.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const current = f.verdict?.status ?? 'open';

  // layout effect: focus moves as soon as the card is in the page (keyboard users, screen readers)
  useLayoutEffect(() => {
    setNote('');
    setAskReason(false);
    setReason('');
    if (autoFocus) ref.current?.focus();
  }, [f.id, autoFocus]);

  useEffect(() => {
    if (askReason) reasonRef.current?.focus();
  }, [askReason]);

  const verdict = async (s: NoteStatus, why?: string) => {
    if (!onVerdict || busy) return;
    if (s === 'false-positive' && !why?.trim()) {
      setAskReason(true);
      return;
    }
    setBusy(true);
    try {
      const msg = await onVerdict(s, why?.trim());
      setAskReason(false);
      setReason('');
      setNote(msg || (s === 'open' ? t(locale, 'verdictCleared') : t(locale, 'verdictSaved', { s: statusLabel(s, locale) })));
    } catch (e) {
      setNote(t(locale, 'actionFailed') + String((e as Error)?.message ?? e));
    } finally {
      setBusy(false);
    }
  };

  const act = async (a: CardAction) => {
    if (busy) return;
    setBusy(true);
    try {
      const msg = await onAction(a);
      if (msg) setNote(msg);
    } catch (e) {
      setNote(t(locale, 'actionFailed') + String((e as Error)?.message ?? e));
    } finally {
      setBusy(false);
    }
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={ref}
      class={`card sev-${f.severity} kind-${f.kind}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKey}
      data-finding={f.id}
      data-rule={f.ruleId}
    >
      <header>
        <span class={`badge sev-${f.severity}`}>{severityLabel(f.severity, locale)}</span>
        <span class="kind">{t(locale, `kind_${f.kind}` as any)}</span>
        {f.domain && <span class="domain">{domainLabel(f.domain, locale)}</span>}
        {index !== undefined && total ? <span class="pos">{t(locale, 'of', { i: index + 1, n: total })}</span> : null}
        <button class="x" type="button" aria-label={t(locale, 'close')} title={`${t(locale, 'close')} (Esc)`} onClick={onClose}>
          ×
        </button>
      </header>
      <h2 id={titleId}>{f.title}</h2>
      {f.quote && (
        <p class="quote">
          <span class="label">{t(locale, 'quoteLabel')}：</span>
          <mark>{f.quote}</mark>
        </p>
      )}
      <p class="message">{f.message}</p>
      {f.suggestion && (
        <div class="suggestion">
          <div class="label">{t(locale, 'suggestion')}</div>
          <p>{f.suggestion}</p>
        </div>
      )}
      {(f.basis.plan || f.basis.law) && (
        <details class="basis" open>
          <summary>{t(locale, 'basis')}</summary>
          {f.basis.plan && (
            <p>
              <span class="label">{t(locale, 'plan')}：</span>
              {planLabel(f.basis.plan, locale)}
              {f.basis.section && <span class="section"> › {f.basis.section}</span>}
            </p>
          )}
          {f.basis.quote && <blockquote>{f.basis.quote}</blockquote>}
          {f.basis.law && (
            <p>
              <span class="label">{t(locale, 'law')}：</span>
              {f.basis.law}
            </p>
          )}
        </details>
      )}
      {onVerdict && (
        <div class="verdicts" role="group" aria-label={t(locale, 'verdict')} data-verdict={current}>
          <span class="label">{t(locale, 'verdict')}：</span>
          {VERDICTS.map((s) => (
            <button
              type="button"
              class={`v v-${s}`}
              data-status={s}
              aria-pressed={current === s}
              disabled={busy}
              title={current === s ? t(locale, 'undo') : undefined}
              onClick={() => (current === s ? verdict('open') : verdict(s, s === 'false-positive' ? f.verdict?.reason : undefined))}
            >
              {statusLabel(s, locale)}
            </button>
          ))}
        </div>
      )}
      {current === 'false-positive' && f.verdict?.reason && !askReason && (
        <p class="why">
          <span class="label">{t(locale, 'reason')}：</span>
          {f.verdict.reason}
        </p>
      )}
      {askReason && (
        <form
          class="reason"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) setNote(t(locale, 'reasonRequired'));
            else void verdict('false-positive', reason);
          }}
        >
          <input
            ref={reasonRef}
            type="text"
            value={reason}
            aria-label={t(locale, 'reasonPlaceholder')}
            placeholder={t(locale, 'reasonPlaceholder')}
            onInput={(e) => setReason((e.target as HTMLInputElement).value)}
          />
          <button type="submit" disabled={busy}>
            {t(locale, 'save')}
          </button>
          <div class="quick">
            {QUICK_REASONS[locale].map((r) => (
              <button type="button" class="chip" disabled={busy} onClick={() => verdict('false-positive', r)}>
                {r}
              </button>
            ))}
          </div>
        </form>
      )}
      {notes && notes.length > 0 && (
        <div class="notes">
          <div class="label">{t(locale, 'notesHere')}</div>
          <ul>
            {notes.map((n) => (
              <li>
                <button type="button" class="linkish" data-note={n.id} onClick={() => onOpenNote?.(n.id)}>
                  [{statusLabel(n.status, locale)}] {n.excerpt || t(locale, 'noteTitle')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions" role="group">
        <button type="button" disabled={busy} onClick={() => act('annotate')}>
          {t(locale, 'annotate')}
        </button>
        <button type="button" disabled={busy} onClick={() => act('ignore')}>
          {t(locale, 'ignoreHere')}
        </button>
        <button type="button" disabled={busy} onClick={() => act('disable-rule')}>
          {t(locale, 'disableRule')}
        </button>
      </div>
      <p class="note" role="status" aria-live="polite">
        {note}
      </p>
      <p class="hint">{t(locale, 'closeHint')}</p>
    </div>
  );
}

/** Styles for the card inside the shadow root (page CSS cannot reach it; nothing inherits in). */
export const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 1; box-sizing: border-box; width: min(420px, calc(100vw - 16px));
  max-height: min(70vh, 560px); overflow: auto; pointer-events: auto;
  font: 14px/1.6 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif;
  color: #1f2328; background: #fff; border: 1px solid #d0d7de; border-left: 5px solid #888; border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 10px 14px 8px; text-align: left; }
.card:focus { outline: 2px solid #2563eb; outline-offset: 2px; }
.card.sev-high { border-left-color: #dc2626; } .card.sev-medium { border-left-color: #ea580c; } .card.sev-low { border-left-color: #ca8a04; }
.card.kind-threshold.sev-high { border-left-color: #7c3aed; } .card.kind-threshold.sev-medium { border-left-color: #2563eb; } .card.kind-threshold.sev-low { border-left-color: #0d9488; }
header { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; font-size: 12px; color: #57606a; }
.badge { color: #fff; border-radius: 10px; padding: 0 8px; font-weight: 600; background: #888; }
.badge.sev-high { background: #dc2626; } .badge.sev-medium { background: #ea580c; } .badge.sev-low { background: #a16207; }
.pos { margin-left: auto; }
.x { margin-left: 4px; border: 0; background: transparent; font-size: 20px; line-height: 1; cursor: pointer; color: #57606a; padding: 2px 6px; border-radius: 4px; }
.pos + .x { margin-left: 4px; } header > .x:first-child { margin-left: auto; }
.x:hover, .x:focus-visible { background: #eaeef2; color: #1f2328; }
h2 { font-size: 16px; margin: 6px 0 4px; line-height: 1.4; }
.label { color: #57606a; font-size: 12px; }
.quote mark { background: #fde2e2; color: inherit; padding: 0 2px; border-radius: 2px; }
p { margin: 4px 0; }
.suggestion { background: #ecfdf3; border: 1px solid #abefc6; border-radius: 6px; padding: 6px 8px; margin: 6px 0; }
.suggestion p { margin: 2px 0 0; }
.basis { margin: 6px 0; font-size: 13px; }
.basis summary { cursor: pointer; color: #57606a; }
blockquote { margin: 4px 0; padding: 2px 8px; border-left: 3px solid #d0d7de; color: #424a53; }
.verdicts, .reason { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; }
.verdicts button, .reason button, .notes button { font: inherit; font-size: 13px; padding: 3px 10px; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; color: #1f2328; cursor: pointer; }
.verdicts button[aria-pressed="true"] { color: #fff; }
.v-confirmed[aria-pressed="true"] { background: #b42318; border-color: #b42318; }
.v-false-positive[aria-pressed="true"] { background: #57606a; border-color: #57606a; }
.v-fixed[aria-pressed="true"] { background: #1a7f37; border-color: #1a7f37; }
.reason input, .nc input, .nc textarea, .nc select { font: inherit; font-size: 13px; padding: 3px 6px; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; color: #1f2328; box-sizing: border-box; }
.reason input { flex: 1 1 12em; }
.reason .quick { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 4px; }
.reason .chip { font-size: 12px; padding: 1px 8px; border-radius: 10px; background: #f6f8fa; }
.why { font-size: 13px; }
.notes ul { list-style: none; padding: 0; margin: 2px 0; }
.notes .linkish { border: 0; background: transparent; color: #0969da; padding: 0; text-align: left; }
.nc label { display: block; font-size: 12px; color: #57606a; margin-top: 6px; }
.nc textarea { width: 100%; min-height: 5.5em; resize: vertical; }
.nc input, .nc select { width: 100%; }
.nc .row { display: flex; gap: 8px; } .nc .row > * { flex: 1; }
.card.note-card { border-left-color: #0369a1; }
.badge.nbadge { background: #0369a1; color: #fff; }
.note-card header .x { margin-left: auto; }
.nc .actions button.primary { background: #2563eb; color: #fff; border-color: #2563eb; }
.nc .actions button.primary:hover { background: #1d4ed8; }
.toast { position: fixed; right: 16px; bottom: 16px; z-index: 2; pointer-events: auto; max-width: 360px; background: #1f2328; color: #fff; border-radius: 8px; padding: 8px 12px; font: 13px/1.5 system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.actions button { font: inherit; font-size: 13px; padding: 3px 10px; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; color: #1f2328; cursor: pointer; }
.actions button:hover { background: #eaeef2; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
button:disabled { opacity: .6; cursor: default; }
.note { min-height: 1em; font-size: 12px; color: #1a7f37; margin: 4px 0 0; }
.hint { font-size: 11px; color: #8c959f; margin: 0; text-align: right; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2328; color: #e6edf3; border-color: #444c56; }
  header, .label, .basis summary, .hint { color: #9198a1; }
  .suggestion { background: #12261e; border-color: #2ea04366; }
  .quote mark { background: #5c1d1d; }
  blockquote { color: #c9d1d9; border-left-color: #444c56; }
  .actions button { background: #2d333b; color: #e6edf3; border-color: #444c56; }
  .x:hover, .x:focus-visible { background: #2d333b; color: #e6edf3; }
}
`;
