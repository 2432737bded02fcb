import { render } from 'preact';
import { Panel } from '@/components/Panel.tsx';
import { pinnedTabFromUrl, useSettings, useTabState } from '@/components/useTabState.ts';
import '@/components/page.css';

// `?tab=<id>` pins the panel to one tab (used by the end-to-end tests; otherwise it follows the active tab).
const pinned = pinnedTabFromUrl();

function App() {
  const settings = useSettings();
  const { tabId, state, unreachable, refresh } = useTabState(pinned);
  if (!settings) return null;
  document.documentElement.lang = settings.locale === 'en' ? 'en' : 'zh-CN';
  return <Panel tabId={tabId} state={state} unreachable={unreachable} settings={settings} refresh={() => refresh()} />;
}
render(<App />, document.getElementById('app')!);
