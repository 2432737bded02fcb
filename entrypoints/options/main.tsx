import { render } from 'preact';
import { Options } from '@/components/Options.tsx';
import { useSettings } from '@/components/useTabState.ts';
import '@/components/page.css';

function App() {
  const settings = useSettings();
  if (!settings) return null;
  document.documentElement.lang = settings.locale === 'en' ? 'en' : 'zh-CN';
  return <Options settings={settings} />;
}
render(<App />, document.getElementById('app')!);
