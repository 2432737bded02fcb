/** The finding card: what is wrong, why (basis), what to write instead, and actions. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UIFinding } from '../lib/ext/messages.ts';
import { domainLabel, planLabel, severityLabel, t, type Locale } from './i18n.ts';

export type CardAction = 'annotate' | 'ignore' | 'disable-rule' | 'report';

export interface CardProps {
  finding: UIFinding;
  locale: Locale;
  index?: number;
  total?: number;
  /** Move focus into the card when it opens (keyboard use). */
  autoFocus?: boolean;
  onAction: (a: CardAction) => Promise<string | void> | string | void;
  onClose: () => void;
}

export function Card({ finding: f, locale, index, total, autoFocus, onAction, onClose }: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const titleId = `gea-card-title-${f.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

  useEffect(() => {
    setNote('');
    if (autoFocus) ref.current?.focus();
  }, [f.id, autoFocus]);

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
        <button type="button" disabled={busy} onClick={() => act('report')}>
          {t(locale, 'falsePositive')}
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
