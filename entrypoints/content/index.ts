import { ContentApp } from '@/lib/ext/content-app.ts';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main() {
    if (window.top !== window) return; // same-origin iframes are scanned from the top frame
    void new ContentApp().start();
  },
});
