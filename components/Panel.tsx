/** Side panel: summary, document type + checklist, findings in document order with filters. */
import { useMemo, useState } from 'preact/hooks';
import { profiles } from '../rules/index.ts';
import type { PageState, UIFinding } from '../lib/ext/messages.ts';
import { updateSettings, type Settings } from '../lib/store/settings.ts';
import { domainLabel, planLabel, severityLabel, statusLabel, t, type Locale } from './i18n.ts';
import { NotesTab } from './NotesTab.tsx';
import { sendToTab } from './useTabState.ts';

const SEVS = ['high', 'medium', 'low'] as const;

export interface PanelProps {
  tabId: number | undefined;
  state: PageState | null;
  unreachable: boolean;
  settings: Settings;
  refresh: () => void;
}

export function Panel({ tabId, state, unreachable, settings, refresh }: PanelProps) {
  const L: Locale = settings.locale;
  const [sev, setSev] = useState<string>('');
  const [domain, setDomain] = useState<string>('');
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<'findings' | 'notes'>(new URLSearchParams(location.search).get('view') === 'notes' ? 'notes' : 'findings');
  const noteCount = (state?.placedNotes.length ?? 0) + (state?.orphanNotes.length ?? 0);

  const located = useMemo(() => (state?.findings ?? []).filter((f) => f.kind !== 'missing'), [state]);
  const shown = located.filter((f) => (!sev || f.severity === sev) && (!domain || f.domain === domain));
  const bySev = SEVS.map((s) => [s, located.filter((f) => f.severity === s).length] as const);
  const domains = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of state?.findings ?? []) m.set(f.domain, (m.get(f.domain) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]);
  }, [state]);

  const rescan = async () => {
    if (tabId === undefined) return;
    setBusy(true);
    try {
      await sendToTab(tabId, { type: 'rescan' });
    } catch {
      /* shown as unreachable */
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const go = (f: UIFinding) => {
    setSelected(f.id);
    if (tabId !== undefined) sendToTab(tabId, { type: 'goto', id: f.id, open: true }).catch(() => refresh());
  };

  const status = state?.status;
  return (
    <div class="panel">
      <header class="bar">
        <h1>{t(L, 'appName')}</h1>
        <div class="controls">
          <label>
            {t(L, 'profile')}{' '}
            <select
              value={settings.profileId}
              onChange={(e) => updateSettings({ profileId: (e.target as HTMLSelectElement).value })}
              aria-label={t(L, 'profile')}
            >
              {(profiles.length ? profiles : [{ id: 'baseline', name: { zh: '全国基线', en: 'National baseline' } }]).map((p) => (
                <option value={p.id}>{p.name[L]}</option>
              ))}
            </select>
          </label>
          <button type="button" onClick={rescan} disabled={busy || tabId === undefined} data-testid="rescan">
            {status === 'waiting' ? t(L, 'scanNow') : t(L, 'rescan')}
          </button>
        </div>
      </header>

      <div class="tabs" role="tablist" aria-label={t(L, 'appName')}>
        {(['findings', 'notes'] as const).map((k) => (
          <button
            type="button"
            role="tab"
            id={`tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`tp-${k}`}
            tabIndex={tab === k ? 0 : -1}
            data-testid={`tab-${k}`}
            onClick={() => setTab(k)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = tab === 'findings' ? 'notes' : 'findings';
                setTab(next);
                (document.getElementById(`tab-${next}`) as HTMLElement | null)?.focus();
              }
            }}
          >
            {k === 'findings' ? t(L, 'tabFindings') : t(L, 'tabNotes')}
            {k === 'findings' && state ? ` ${state.findings.length}` : ''}
            {k === 'notes' && noteCount ? ` ${noteCount}` : ''}
          </button>
        ))}
      </div>

      {unreachable && <p class="notice" role="status">{t(L, 'noPage')}</p>}
      {tab === 'notes' && (
        <div role="tabpanel" id="tp-notes" aria-labelledby="tab-notes">
          <NotesTab tabId={tabId} state={state} settings={settings} />
        </div>
      )}
      {state && status !== 'ready' && (
        <p class="notice" role="status">
          {status === 'scanning' && t(L, 'scanning')}
          {status === 'paused' && t(L, 'paused')}
          {status === 'site-off' && t(L, 'siteOff')}
          {status === 'waiting' && t(L, 'waiting')}
          {status === 'error' && t(L, 'error') + (state.error ?? '')}
        </p>
      )}

      {state && tab === 'findings' && (
        <div role="tabpanel" id="tp-findings" aria-labelledby="tab-findings">
          <section aria-labelledby="sum-h" class="summary">
            <h2 id="sum-h">{t(L, 'summary')}</h2>
            <p class="total" data-testid="total">
              {state.findings.length ? t(L, 'total', { n: state.findings.length }) : status === 'ready' ? t(L, 'none') : ''}
            </p>
            <div class="chips" role="group" aria-label={t(L, 'filterSeverity')}>
              <button type="button" aria-pressed={!sev} onClick={() => setSev('')}>
                {t(L, 'filterAll')} {located.length}
              </button>
              {bySev.map(([s, n]) => (
                <button type="button" class={`chip sev-${s}`} aria-pressed={sev === s} onClick={() => setSev(sev === s ? '' : s)}>
                  {severityLabel(s, L)} {n}
                </button>
              ))}
            </div>
            {domains.length > 0 && (
              <div class="chips" role="group" aria-label={t(L, 'filterDomain')}>
                {domains.map(([d, n]) => (
                  <button type="button" class="chip" aria-pressed={domain === d} onClick={() => setDomain(domain === d ? '' : d)}>
                    {domainLabel(d, L)} {n}
                  </button>
                ))}
              </div>
            )}
          </section>

          <section aria-labelledby="doc-h" class="doctype">
            <h2 id="doc-h">{t(L, 'docType')}</h2>
            {state.docTypes.length === 0 && <p class="muted">{t(L, 'docTypeNone')}</p>}
            {state.docTypes.map((d) => (
              <div class="dt" data-doctype={d.id}>
                <h3>{d.label}</h3>
                <ul class="checklist" aria-label={t(L, 'checklist')}>
                  {d.items.map((it) => (
                    <li class={it.ok ? 'ok' : 'miss'} data-rule={it.ruleId}>
                      <span aria-hidden="true">{it.ok ? '✓' : '✗'}</span> {it.title}{' '}
                      <span class="muted">({it.ok ? t(L, 'present') : t(L, 'missing')})</span>
                      {!it.ok && it.message && <div class="msg">{it.message}</div>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>

          <section aria-labelledby="list-h">
            <h2 id="list-h">
              {t(L, 'findings')} <span class="muted">{shown.length}</span>
            </h2>
            <ol class="findings" data-testid="findings">
              {shown.map((f) => {
                const open = selected === f.id || state.current === f.id;
                return (
                  <li class={`finding sev-${f.severity} ${open ? 'open' : ''} ${f.verdict ? `v-${f.verdict.status}` : ''}`} data-id={f.id} data-rule={f.ruleId} data-verdict={f.verdict?.status ?? 'open'}>
                    <button type="button" class="go" onClick={() => go(f)} aria-expanded={open}>
                      <span class={`badge sev-${f.severity}`}>{severityLabel(f.severity, L)}</span>
                      <span class="title">{f.title}</span>
                      {f.verdict && <span class={`stat st-${f.verdict.status}`}>{statusLabel(f.verdict.status, L)}</span>}
                      <span class="quote">
                        {f.source === 'field' && <em>[{t(L, 'fieldFinding')}: {f.fieldLabel}] </em>}
                        {f.quote}
                      </span>
                    </button>
                    {open && (
                      <div class="detail">
                        <p>{f.message}</p>
                        {f.suggestion && (
                          <p class="sugg">
                            <strong>{t(L, 'suggestion')}：</strong>
                            {f.suggestion}
                          </p>
                        )}
                        {f.basis.plan && (
                          <p class="muted">
                            {t(L, 'basis')}：{planLabel(f.basis.plan, L)} {f.basis.section && `› ${f.basis.section}`}
                            {f.basis.law && ` · ${f.basis.law}`}
                          </p>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        </div>
      )}
      <footer class="muted small">{t(L, 'privacy')}</footer>
    </div>
  );
}
