import { Store } from '@/lib/store/db.ts';
import { bumpRev, getSettings } from '@/lib/store/settings.ts';
import { runReview, storeKey } from '@/lib/ext/review-service.ts';
import type { ToBackground } from '@/lib/ext/messages.ts';
import { COMMANDS } from '@/lib/ext/messages.ts';

export default defineBackground(() => {
  const store = new Store();

  async function handle(msg: ToBackground, sender: { tab?: { id?: number; windowId?: number } }): Promise<unknown> {
    switch (msg.type) {
      case 'review':
        return runReview(store, await getSettings(), msg.text, msg.url, msg.scope);
      case 'ignore':
        await store.ignore(storeKey(msg.url, msg.scope), msg.text, msg.finding);
        await bumpRev();
        return true;
      case 'report':
        await store.report(storeKey(msg.url, msg.scope), msg.text, msg.finding, msg.note ?? '');
        await store.ignore(storeKey(msg.url, msg.scope), msg.text, msg.finding);
        await bumpRev();
        return true;
      case 'disable-rule':
        await store.disableRule(msg.ruleId);
        await bumpRev();
        return true;
      case 'enable-rule':
        await store.enableRule(msg.ruleId);
        await bumpRev();
        return true;
      case 'unignore':
        await store.unignore(msg.id);
        await bumpRev();
        return true;
      case 'delete-report':
        await store.deleteReport(msg.id);
        return true;
      case 'user-data':
        return {
          disabledRules: await store.disabledRules(),
          ignores: await store.allIgnores(),
          reports: await store.reports(),
        };
      case 'open-sidepanel': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined && (browser as any).sidePanel?.open) await (browser as any).sidePanel.open({ tabId });
        return true;
      }
    }
    return undefined;
  }

  browser.runtime.onMessage.addListener((msg: any, sender: any, sendResponse: (r: unknown) => void) => {
    if (!msg || typeof msg !== 'object' || msg.type === 'state') return; // state broadcasts are for pages
    handle(msg as ToBackground, sender).then(sendResponse, (e) => sendResponse({ error: String(e?.message ?? e) }));
    return true;
  });

  browser.commands?.onCommand.addListener(async (name: string) => {
    if (!(COMMANDS as readonly string[]).includes(name)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      browser.tabs.sendMessage(tab.id, { type: 'command', name }).catch(() => {
        /* no content script on this tab */
      });
  });

  // Chrome: the toolbar button opens the popup; the popup has the side panel button.
  (browser as any).sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch?.(() => {});
});
