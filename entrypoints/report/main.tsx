import { render } from 'preact';
import { Report } from '@/components/Report.tsx';
import { useSettings } from '@/components/useTabState.ts';
import '@/components/report.css';

function App() {
  const settings = useSettings();
  if (!settings) return null;
  document.documentElement.lang = settings.locale === 'en' ? 'en' : 'zh-CN';
  return <Report docKey={new URLSearchParams(location.search).get('doc') ?? ''} settings={settings} />;
}
render(<App />, document.getElementById('app')!);
