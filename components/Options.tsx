/** Settings: scanning mode, language, region profile, and the user's stored decisions (restorable). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { profiles, rules } from '../rules/index.ts';
import type { IgnoreEntry, ReportEntry } from '../lib/store/db.ts';
import { updateSettings, type Settings } from '../lib/store/settings.ts';
import { t } from './i18n.ts';

interface UserData {
  disabledRules: string[];
  ignores: IgnoreEntry[];
  reports: ReportEntry[];
}

const send = (m: unknown) => browser.runtime.sendMessage(m);

export function Options({ settings }: { settings: Settings }) {
  const L = settings.locale;
  const [data, setData] = useState<UserData | null>(null);
  const [err, setErr] = useState('');
  const load = () =>
    send({ type: 'user-data' })
      .then((d: any) => (d?.error ? setErr(d.error) : setData(d)))
      .catch((e: Error) => setErr(e.message));
  useEffect(() => {
    void load();
  }, []);
  const title = (id: string) => rules.find((r) => r.id === id)?.title[L] ?? id;
  const act = (m: unknown) => send(m).then(load, (e: Error) => setErr(e.message));

  const exportReports = () => {
    const blob = new Blob([JSON.stringify(data?.reports ?? [], null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'gea-false-positives.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <main class="options">
      <h1>
        {t(L, 'appName')} · {t(L, 'settings')}
      </h1>
      {err && <p class="notice" role="alert">{t(L, 'actionFailed') + err}</p>}
      <fieldset>
        <legend>{t(L, 'mode')}</legend>
        <label>
          <input type="radio" name="mode" checked={settings.mode === 'auto'} onChange={() => updateSettings({ mode: 'auto' })} />
          {t(L, 'modeAuto')}
        </label>
        <label>
          <input type="radio" name="mode" checked={settings.mode === 'click'} onChange={() => updateSettings({ mode: 'click' })} />
          {t(L, 'modeClick')}
        </label>
      </fieldset>
      <p>
        <label>
          {t(L, 'language')}{' '}
          <select value={L} onChange={(e) => updateSettings({ locale: (e.target as HTMLSelectElement).value as any })}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>{' '}
        <label>
          {t(L, 'profile')}{' '}
          <select value={settings.profileId} onChange={(e) => updateSettings({ profileId: (e.target as HTMLSelectElement).value })}>
            {profiles.map((p) => (
              <option value={p.id}>{p.name[L]}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          <input type="checkbox" checked={settings.paused} onChange={() => updateSettings({ paused: !settings.paused })} />
          {t(L, 'pauseAll')}
        </label>
      </p>

      <fieldset>
        <legend>{t(L, 'reviewer')}</legend>
        <p>
          <label>
            {t(L, 'reviewer')}{' '}
            <input
              type="text"
              data-testid="reviewer"
              defaultValue={settings.reviewer}
              onChange={(e) => updateSettings({ reviewer: (e.target as HTMLInputElement).value })}
            />
          </label>{' '}
          <label>
            {t(L, 'organisation')}{' '}
            <input
              type="text"
              defaultValue={settings.organisation}
              onChange={(e) => updateSettings({ organisation: (e.target as HTMLInputElement).value })}
            />
          </label>
        </p>
        <p class="muted small">{t(L, 'reviewerHint')}</p>
      </fieldset>

      <section>
        <h2>{t(L, 'disabledSites')}</h2>
        {settings.disabledSites.length === 0 && <p class="muted">{t(L, 'empty')}</p>}
        <ul>
          {settings.disabledSites.map((s) => (
            <li>
              {s}{' '}
              <button type="button" onClick={() => updateSettings({ disabledSites: settings.disabledSites.filter((x) => x !== s) })}>
                {t(L, 'enable')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>{t(L, 'disabledRules')}</h2>
        {data && data.disabledRules.length === 0 && <p class="muted">{t(L, 'empty')}</p>}
        <ul data-testid="disabled-rules">
          {data?.disabledRules.map((id) => (
            <li>
              {title(id)} <code>{id}</code>{' '}
              <button type="button" onClick={() => act({ type: 'enable-rule', ruleId: id })}>
                {t(L, 'enable')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>{t(L, 'ignoredList')}</h2>
        {data && data.ignores.length === 0 && <p class="muted">{t(L, 'empty')}</p>}
        <ul>
          {data?.ignores.map((g) => (
            <li>
              <q>
                {g.before}
                <mark>{g.quote}</mark>
                {g.after}
              </q>{' '}
              <span class="muted">
                {title(g.ruleId)} · {g.page}
              </span>{' '}
              <button type="button" onClick={() => act({ type: 'unignore', id: g.id })}>
                {t(L, 'restore')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>{t(L, 'reports')}</h2>
        {data && data.reports.length === 0 && <p class="muted">{t(L, 'empty')}</p>}
        {data && data.reports.length > 0 && (
          <button type="button" onClick={exportReports}>
            {t(L, 'export')}
          </button>
        )}
        <ul>
          {data?.reports.map((r) => (
            <li>
              <q>
                {r.before}
                <mark>{r.quote}</mark>
                {r.after}
              </q>{' '}
              <span class="muted">
                {title(r.ruleId)} · {r.page} · {new Date(r.createdAt).toLocaleString()}
              </span>{' '}
              <button type="button" onClick={() => act({ type: 'delete-report', id: r.id })}>
                {t(L, 'delete')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>{t(L, 'keyboard')}</h2>
        <ul>
          <li>
            <kbd>Alt+Shift+J</kbd> {t(L, 'kbNext')}
          </li>
          <li>
            <kbd>Alt+Shift+K</kbd> {t(L, 'kbPrev')}
          </li>
          <li>
            <kbd>Alt+Shift+L</kbd> {t(L, 'kbOpen')}
          </li>
          <li>
            <kbd>Alt+Shift+N</kbd> {t(L, 'kbAdd')}
          </li>
          <li>
            <kbd>Esc</kbd> {t(L, 'closeHint')}
          </li>
        </ul>
      </section>
      <p class="muted">{t(L, 'privacy')}</p>
    </main>
  );
}
