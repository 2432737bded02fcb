import { render } from 'preact';
import { Popup } from '@/components/Popup.tsx';
import { pinnedTabFromUrl, useSettings, useTabState } from '@/components/useTabState.ts';
import '@/components/page.css';

function App() {
  const settings = useSettings();
  const { tabId, state, unreachable } = useTabState(pinnedTabFromUrl());
  if (!settings) return null;
  document.documentElement.lang = settings.locale === 'en' ? 'en' : 'zh-CN';
  return <Popup tabId={tabId} state={state} unreachable={unreachable} settings={settings} />;
}
render(<App />, document.getElementById('app')!);
