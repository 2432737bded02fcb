/** Toolbar popup: this site on/off, global pause, counts, open the side panel. */
import { browser } from 'wxt/browser';
import type { PageState } from '../lib/ext/messages.ts';
import { siteOf, updateSettings, type Settings } from '../lib/store/settings.ts';
import { severityLabel, t } from './i18n.ts';
import { sendToTab } from './useTabState.ts';

export interface PopupProps {
  tabId: number | undefined;
  state: PageState | null;
  unreachable: boolean;
  settings: Settings;
}

export async function openSidePanel(tabId: number | undefined): Promise<void> {
  const b = browser as any;
  if (b.sidePanel?.open && tabId !== undefined) await b.sidePanel.open({ tabId });
  else if (b.sidebarAction?.open) await b.sidebarAction.open();
}

export function Popup({ tabId, state, unreachable, settings }: PopupProps) {
  const L = settings.locale;
  const site = state ? siteOf(state.url) : '';
  const siteOn = site ? !settings.disabledSites.includes(site) : true;
  const counts = (['high', 'medium', 'low'] as const).map((s) => [s, (state?.findings ?? []).filter((f) => f.severity === s).length] as const);

  const toggleSite = () => {
    if (!site) return;
    const next = siteOn ? [...settings.disabledSites, site] : settings.disabledSites.filter((s) => s !== site);
    void updateSettings({ disabledSites: next });
  };

  return (
    <div class="popup">
      <h1>{t(L, 'appName')}</h1>
      {unreachable && <p class="notice">{t(L, 'noPage')}</p>}
      <label class="switch">
        <input type="checkbox" checked={siteOn} disabled={!site} onChange={toggleSite} data-testid="site-toggle" />
        {t(L, 'thisSite')} {site && <span class="muted">({site})</span>}
      </label>
      <label class="switch">
        <input type="checkbox" checked={settings.paused} onChange={() => updateSettings({ paused: !settings.paused })} data-testid="pause" />
        {t(L, 'pauseAll')}
      </label>
      {state && (
        <section aria-label={t(L, 'counts')} class="counts" data-testid="counts">
          <strong>{state.status === 'ready' ? (state.findings.length ? t(L, 'total', { n: state.findings.length }) : t(L, 'none')) : ''}</strong>
          {state.status === 'scanning' && t(L, 'scanning')}
          {state.status === 'waiting' && t(L, 'waiting')}
          {state.status === 'error' && t(L, 'error') + (state.error ?? '')}
          <div class="chips">
            {counts.map(([s, n]) => (
              <span class={`chip sev-${s}`}>
                {severityLabel(s, L)} {n}
              </span>
            ))}
          </div>
        </section>
      )}
      <div class="buttons">
        <button type="button" onClick={() => openSidePanel(tabId).then(() => window.close())}>
          {t(L, 'openPanel')}
        </button>
        {state && (state.status === 'waiting' || state.status === 'ready' || state.status === 'error') && tabId !== undefined && (
          <button type="button" onClick={() => sendToTab(tabId, { type: 'rescan' })}>
            {state.status === 'waiting' ? t(L, 'scanNow') : t(L, 'rescan')}
          </button>
        )}
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          {t(L, 'settings')}
        </button>
      </div>
      <p class="muted small">{t(L, 'privacy')}</p>
    </div>
  );
}
