import { Store } from '@/lib/store/db.ts';
import { bumpNotesRev, bumpRev, getSettings } from '@/lib/store/settings.ts';
import { runReview, storeKey } from '@/lib/ext/review-service.ts';
import type { DocNotes, ToBackground, ToContent } from '@/lib/ext/messages.ts';
import { COMMANDS, MENU_ADD_NOTE } from '@/lib/ext/messages.ts';

export default defineBackground(() => {
  const store = new Store();

  async function handle(msg: ToBackground, sender: { tab?: { id?: number; windowId?: number } }): Promise<unknown> {
    switch (msg.type) {
      case 'review':
        return runReview(store, await getSettings(), msg.text, msg.url, msg.scope, { title: msg.title });
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
      case 'doc-notes':
        return { notes: await store.notesFor(msg.docKey), verdicts: await store.verdictsFor(msg.docKey) } satisfies DocNotes;
      case 'save-note': {
        const n = await store.putNote(msg.note);
        await bumpNotesRev();
        return n;
      }
      case 'delete-notes': {
        const gone = await store.deleteNotes(msg.ids);
        await bumpNotesRev();
        return gone;
      }
      case 'restore-notes':
        await store.restoreNotes(msg.notes);
        await bumpNotesRev();
        return true;
      case 'set-verdict': {
        await store.setVerdict(msg.verdict);
        // A false positive also goes to the false-positive list in the settings (feedback on the rule).
        if (msg.verdict.status === 'false-positive' && msg.finding && msg.text !== undefined) {
          await store.report(msg.verdict.docKey, msg.text, msg.finding, msg.verdict.reason ?? '');
        }
        await bumpNotesRev();
        return true;
      }
      case 'report-findings': {
        const doc = await store.document(msg.docKey);
        const text = await store.documentText(msg.docKey);
        if (!doc || text === undefined) return { error: 'no-text' };
        // Chinese messages for the 评估意见, whatever the UI language; the user's decisions (rules off, ignores) apply.
        return runReview(store, await getSettings(), text, doc.url, 'page', { locale: 'zh', record: false });
      }
    }
    return undefined;
  }

  browser.runtime.onMessage.addListener((msg: any, sender: any, sendResponse: (r: unknown) => void) => {
    if (!msg || typeof msg !== 'object' || msg.type === 'state') return; // state broadcasts are for pages
    handle(msg as ToBackground, sender).then(sendResponse, (e) => sendResponse({ error: String(e?.message ?? e) }));
    return true;
  });

  function toTab(tabId: number | undefined, msg: ToContent): void {
    if (tabId === undefined || tabId < 0) return;
    browser.tabs.sendMessage(tabId, msg).catch(() => {
      /* no content script on this tab (browser page, or the site is off) */
    });
  }

  browser.commands?.onCommand.addListener(async (name: string) => {
    if (!(COMMANDS as readonly string[]).includes(name)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (name === 'add-note') toTab(tab?.id, { type: 'add-note', from: 'command' });
    else toTab(tab?.id, { type: 'command', name: name as 'next-finding' });
  });

  // Context menu on a text selection: "为选中文字添加批注". The content script reads the selection itself
  // (it knows the page text map), so the menu only says which tab.
  const menus = (browser as any).contextMenus ?? (browser as any).menus;
  const createMenu = () => {
    if (!menus) return;
    Promise.resolve(menus.removeAll())
      .then(() => menus.create({ id: MENU_ADD_NOTE, title: '为选中文字添加批注 / Add a note to the selection', contexts: ['selection'] }))
      .catch((e: unknown) => console.warn('[性别平等评估助手] context menu:', e));
  };
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup?.addListener(createMenu);
  menus?.onClicked.addListener((info: { menuItemId: string | number }, tab?: { id?: number }) => {
    if (info.menuItemId === MENU_ADD_NOTE) toTab(tab?.id, { type: 'add-note', from: 'selection' });
  });

  // Chrome: the toolbar button opens the popup; the popup has the side panel button.
  (browser as any).sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch?.(() => {});
});
