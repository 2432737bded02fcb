/**
 * Small settings every context needs at once (content scripts included): kept in storage.local so
 * changes reach all tabs through storage.onChanged. `rev` is bumped whenever user data in the Dexie
 * store changes (ignores, rules turned off) so content scripts rescan.
 */
import { browser } from 'wxt/browser';

export type ScanMode = 'auto' | 'click';
export type Locale = 'zh' | 'en';

export interface Settings {
  /** Global pause: nothing is scanned or painted. */
  paused: boolean;
  /** auto: scan every page on load; click: only when asked from the popup or side panel. */
  mode: ScanMode;
  locale: Locale;
  /** Region profile id ('baseline' by default). */
  profileId: string;
  /** Hosts (or 'file://') switched off by the user. */
  disabledSites: string[];
  /** Reviewer name printed on notes and the 评估意见 (评估人). */
  reviewer: string;
  /** Reviewing body printed on the 评估意见 (评估单位), optional. */
  organisation: string;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  mode: 'auto',
  locale: 'zh',
  profileId: 'baseline',
  disabledSites: [],
  reviewer: '',
  organisation: '',
};

export const SETTINGS_KEY = 'settings';
export const REV_KEY = 'rev';
/** Bumped whenever notes or verdicts change (any context), so content scripts re-place notes without a rescan. */
export const NOTES_REV_KEY = 'notesRev';

export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  return {
    paused: typeof r.paused === 'boolean' ? r.paused : DEFAULT_SETTINGS.paused,
    mode: r.mode === 'click' ? 'click' : 'auto',
    locale: r.locale === 'en' ? 'en' : 'zh',
    profileId: typeof r.profileId === 'string' && r.profileId ? r.profileId : DEFAULT_SETTINGS.profileId,
    disabledSites: Array.isArray(r.disabledSites) ? r.disabledSites.filter((s) => typeof s === 'string') : [],
    reviewer: typeof r.reviewer === 'string' ? r.reviewer.trim().slice(0, 100) : '',
    organisation: typeof r.organisation === 'string' ? r.organisation.trim().slice(0, 200) : '',
  };
}

export async function getSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function bumpRev(): Promise<void> {
  const got = await browser.storage.local.get(REV_KEY);
  await browser.storage.local.set({ [REV_KEY]: (Number(got[REV_KEY]) || 0) + 1 });
}

export async function bumpNotesRev(): Promise<void> {
  const got = await browser.storage.local.get(NOTES_REV_KEY);
  await browser.storage.local.set({ [NOTES_REV_KEY]: (Number(got[NOTES_REV_KEY]) || 0) + 1 });
}

/** Called when notes or verdicts changed somewhere (content scripts; extension pages use Dexie liveQuery). */
export function onNotesChanged(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && changes[NOTES_REV_KEY]) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Site key of a URL: its host, or 'file://' for local files. */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'file:') return 'file://';
    return u.host;
  } catch {
    return '';
  }
}

export function siteEnabled(s: Settings, url: string): boolean {
  return !s.disabledSites.includes(siteOf(url));
}

export function onSettingsChanged(cb: (s: Settings | null, revChanged: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const s = changes[SETTINGS_KEY] ? normalizeSettings(changes[SETTINGS_KEY].newValue) : null;
    const rev = !!changes[REV_KEY];
    if (s || rev) cb(s, rev);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
