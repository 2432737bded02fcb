/** Extension pages (popup, side panel): follow a tab and its page state, live. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageState, StateBroadcast, ToContent } from '../lib/ext/messages.ts';
import { getSettings, onSettingsChanged, type Settings } from '../lib/store/settings.ts';

export function pinnedTabFromUrl(): number | undefined {
  const v = new URLSearchParams(location.search).get('tab');
  const n = v ? Number(v) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function sendToTab<T>(tabId: number, msg: ToContent): Promise<T> {
  return browser.tabs.sendMessage(tabId, msg) as Promise<T>;
}

export function useSettings(): Settings | null {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => {
    getSettings().then(setS);
    return onSettingsChanged((next) => {
      if (next) setS(next);
    });
  }, []);
  return s;
}

export function useTabState(pinned?: number) {
  const [tabId, setTabId] = useState<number | undefined>(pinned);
  const [state, setState] = useState<PageState | null>(null);
  const [unreachable, setUnreachable] = useState(false);

  const refresh = useCallback(async (id = tabId) => {
    if (id === undefined) return;
    try {
      const s = await sendToTab<PageState>(id, { type: 'get-state' });
      setState(s ?? null);
      setUnreachable(!s);
    } catch {
      setState(null);
      setUnreachable(true);
    }
  }, [tabId]);

  useEffect(() => {
    if (pinned !== undefined) return;
    activeTabId().then(setTabId);
    const onActivated = (info: { tabId: number }) => setTabId(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);

  useEffect(() => {
    if (tabId === undefined) return;
    setState(null);
    void refresh(tabId);
    const onMsg = (msg: any, sender: any) => {
      const m = msg as StateBroadcast;
      if (m?.type === 'state' && sender?.tab?.id === tabId) {
        setState(m.state);
        setUnreachable(false);
      }
    };
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') setTimeout(() => void refresh(tabId), 300);
    };
    browser.runtime.onMessage.addListener(onMsg);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.runtime.onMessage.removeListener(onMsg);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  return { tabId, state, unreachable, refresh };
}
