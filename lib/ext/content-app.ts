/**
 * The content script's controller: scan → review (in the background, off the page's thread) → paint →
 * explain (card) → navigate, and keep it all current as the page and its fields change.
 *
 * The page's DOM is never changed (except in browsers without CSS.highlights, see WrapPainter); our UI
 * lives in one host element created lazily on first use and appended after <body>.
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { Card, CARD_CSS, type CardAction } from '../../components/Card.tsx';
import { NoteCard } from '../../components/NoteCard.tsx';
import type { NoteDraft } from '../../components/NoteEditor.tsx';
import { t } from '../../components/i18n.ts';
import { anchorAll } from '../anchor/index.ts';
import { createNote, matchVerdicts, updateNote, type Note, type NoteStatus } from '../annotations/index.ts';
import type { VerdictRecord } from '../store/db.ts';
import { caretFromPoint, frameOffset, rangeContainsPoint } from '../dom/hit.ts';
import { fieldLabel, FieldMirror, type Field } from '../dom/mirror.ts';
import {
  adoptHighlightStyles,
  hasHighlightApi,
  highlightCss,
  highlightName,
  HighlightPainter,
  NOTE,
  WrapPainter,
  type Painter,
} from '../dom/paint.ts';
import { Cancelled, RunToken, Slice, debounce } from '../dom/schedule.ts';
import { buildTextMapAsync, isMapLive, offsetOf, offsetsOfRange, rangesFor, type TextMap } from '../dom/textmap.ts';
import { getSettings, onNotesChanged, onSettingsChanged, siteEnabled, type Settings } from '../store/settings.ts';
import type {
  CommandName,
  DocNotes,
  DocTypeInfo,
  PageState,
  PageStatus,
  PlacedNote,
  ReviewResult,
  ToBackground,
  ToContent,
  UIFinding,
} from './messages.ts';

export const HOST_ID = 'gea-ext-host';
const MUTATION_DEBOUNCE = 300;
const FIELD_DEBOUNCE = 250;

interface FieldState {
  field: Field;
  index: number;
  mirror: FieldMirror | null;
  findings: UIFinding[];
  pending: ReturnType<typeof debounce> | null;
  text: string;
}

function send<T>(msg: ToBackground): Promise<T> {
  return browser.runtime.sendMessage(msg) as Promise<T>;
}

/** Like send, but a `{ error }` answer from the background becomes an exception. */
async function call<T>(msg: ToBackground): Promise<T> {
  const r = await send<T | { error: string }>(msg);
  if (r && typeof r === 'object' && 'error' in (r as object) && typeof (r as { error: unknown }).error === 'string') {
    throw new Error((r as { error: string }).error);
  }
  return r as T;
}

/** Same as lib/store pageKey (kept here so the content script does not bundle Dexie). */
function pageKeyOf(url: string): string {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? `${u.protocol}//${u.pathname}` : u.origin + u.pathname;
  } catch {
    return url;
  }
}

const NOTE_PREFIX = 'note:';

interface CardState {
  kind: 'finding' | 'note';
  /** Finding id, note id, or 'new' for a note not saved yet. */
  id: string;
  restoreFocus: Element | null;
  /** For a new note: its passage (page text offsets). */
  draft?: { start: number; end: number };
}

export class ContentApp {
  private settings!: Settings;
  private status: PageStatus = 'idle';
  private error = '';
  private map: TextMap | null = null;
  private pageFindings: UIFinding[] = [];
  private docTypes: DocTypeInfo[] = [];
  private ordered: UIFinding[] = [];
  private byId = new Map<string, UIFinding>();
  private painter: Painter;
  private token = new RunToken();
  private observer: MutationObserver | null = null;
  private observed = new Set<Node>();
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private cardRoot: HTMLElement | null = null;
  private mirrorLayer: HTMLElement | null = null;
  private fields = new Map<Field, FieldState>();
  private fieldCount = 0;
  private card: CardState | null = null;
  private docKey = '';
  private notes: Note[] = [];
  private verdictList: VerdictRecord[] = [];
  private placed: PlacedNote[] = [];
  private orphans: string[] = [];
  private paintedNotes: string[] = [];
  private noteFlush: (() => Promise<void>) | null = null;
  private toastRoot: HTMLElement | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private current: string | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private scannedAt = 0;
  private ignoreMutations = false;
  private rafPending = false;
  private scanning: Promise<void> | null = null;
  private rescanQueued = false;

  constructor(private readonly win: Window & typeof globalThis = window) {
    this.painter = hasHighlightApi(win)
      ? new HighlightPainter()
      : new WrapPainter((fn) => {
          this.ignoreMutations = true;
          try {
            fn();
          } finally {
            this.observer?.takeRecords();
            this.ignoreMutations = false;
          }
        });
  }

  private get doc(): Document {
    return this.win.document;
  }

  private get locale() {
    return this.settings?.locale ?? 'zh';
  }

  async start(): Promise<void> {
    this.settings = await getSettings();
    this.docKey = pageKeyOf(this.win.location.href);
    onSettingsChanged((s, rev) => this.onSettings(s, rev));
    onNotesChanged(() => void this.refreshNotes());
    browser.runtime.onMessage.addListener((msg: any, _sender: any, sendResponse: (r: unknown) => void) => {
      const m = msg as ToContent;
      if (!m || typeof m !== 'object') return;
      switch (m.type) {
        case 'get-state':
          sendResponse(this.state());
          return;
        case 'rescan':
          this.scan(true).then(() => sendResponse(this.state()));
          return true;
        case 'goto':
          sendResponse(this.goto(m.id, { open: !!m.open, focus: false }));
          return;
        case 'command':
          this.command(m.name);
          sendResponse(true);
          return;
        case 'add-note':
          sendResponse(this.addNote(m.from));
          return;
        case 'open-note':
          sendResponse(this.openNote(m.id, { focus: false, scroll: true }));
          return;
      }
    });
    this.win.addEventListener('click', this.onClick, true);
    this.win.addEventListener('keydown', this.onKeyDown, true);
    this.win.addEventListener('input', this.onInput, true);
    this.win.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.win.addEventListener('resize', this.onScroll, { passive: true });
    this.applySettings();
  }

  // ------------------------------------------------------------------ settings

  private enabled(): boolean {
    return !this.settings.paused && siteEnabled(this.settings, this.win.location.href);
  }

  private applySettings(): void {
    if (this.settings.paused) return this.stop('paused');
    if (!siteEnabled(this.settings, this.win.location.href)) return this.stop('site-off');
    if (this.settings.mode === 'click' && this.status !== 'ready' && this.status !== 'scanning') {
      this.status = 'waiting';
      this.broadcast();
      return;
    }
    if (this.status !== 'ready' && this.status !== 'scanning') void this.scan();
  }

  private onSettings(s: Settings | null, rev: boolean): void {
    const prev = this.settings;
    if (s) this.settings = s;
    const wasOn = this.status === 'ready' || this.status === 'scanning';
    if (!this.enabled()) return this.applySettings();
    const changed = rev || (s && (s.profileId !== prev.profileId || s.locale !== prev.locale));
    if (wasOn && changed) void this.scan(true);
    else if (!wasOn) this.applySettings();
  }

  /** Remove everything we painted and stop watching the page. */
  private stop(status: PageStatus): void {
    this.token.cancel();
    this.observer?.disconnect();
    this.observer = null;
    this.observed.clear();
    this.painter.clear();
    this.painter.setActive(null);
    for (const fs of this.fields.values()) fs.mirror?.destroy();
    this.fields.clear();
    this.closeCard();
    this.pageFindings = [];
    this.docTypes = [];
    this.map = null;
    this.placed = [];
    this.orphans = [];
    this.paintedNotes = [];
    this.reorder();
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = undefined;
    this.status = status;
    this.broadcast();
  }

  // ------------------------------------------------------------------ scanning

  /** Full scan of the page. Concurrent calls coalesce. */
  async scan(force = false): Promise<void> {
    if (!this.enabled()) return;
    if (this.scanning) {
      this.rescanQueued = true;
      if (force) this.token.cancel();
      return this.scanning;
    }
    this.scanning = this.doScan(force).finally(() => {
      this.scanning = null;
      if (this.rescanQueued) {
        this.rescanQueued = false;
        void this.scan();
      }
    });
    return this.scanning;
  }

  private async doScan(force: boolean): Promise<void> {
    const check = this.token.start();
    const first = this.status !== 'ready';
    if (first) {
      this.status = 'scanning';
      this.broadcast();
    }
    try {
      const root = this.doc.body ?? this.doc.documentElement;
      const map = await buildTextMapAsync(root, { exclude: (el) => el === this.host }, check);
      check();
      const old = this.map;
      this.observe(map);
      this.syncFields(map.fields);
      if (!force && old && old.text === map.text && isMapLive(old)) {
        // nothing the engine would see has changed
        this.status = 'ready';
        return;
      }
      let result: ReviewResult;
      if (!force && old && old.text === map.text) {
        result = { findings: this.pageFindings, docTypes: this.docTypes, ms: 0 };
      } else {
        result = await send<ReviewResult>({ type: 'review', text: map.text, url: this.win.location.href, scope: 'page', title: this.doc.title });
        if (!result || !Array.isArray(result.findings)) throw new Error((result as any)?.error || 'no answer from the background');
      }
      check();
      this.docKey = pageKeyOf(this.win.location.href);
      await this.loadNotes();
      check();
      this.applyVerdicts(result.findings);
      await this.paint(map, result, first, check);
      check();
      this.map = map;
      this.placeNotes();
      this.pageFindings = result.findings;
      this.docTypes = result.docTypes;
      this.scannedAt = Date.now();
      this.status = 'ready';
      this.error = '';
      this.reorder();
      if (this.card?.kind === 'finding' && !this.byId.has(this.card.id)) this.closeCard();
      if (!this.watchdog) this.watchdog = setInterval(() => this.guard(), 1000);
    } catch (e) {
      if (e instanceof Cancelled) return;
      this.status = 'error';
      this.error = String((e as Error)?.message ?? e);
      console.warn('[性别平等评估助手] scan failed:', e);
    } finally {
      this.broadcast();
    }
  }

  /**
   * Build ranges for all page findings in slices. On the first paint, findings in the viewport are painted
   * first and the rest follow chunk by chunk; on rescans everything is swapped in at once (no flicker).
   */
  private async paint(map: TextMap, result: ReviewResult, progressive: boolean, check: () => void): Promise<void> {
    // findings the reviewer judged a false positive are not painted (they stay listed in the side panel)
    const items = result.findings.filter((f) => f.kind !== 'missing' && f.end > f.start && f.verdict?.status !== 'false-positive');
    const [va, vb] = this.viewportOffsets(map);
    const inView = (f: UIFinding) => f.end >= va && f.start <= vb;
    const order = progressive ? [...items.filter(inView), ...items.filter((f) => !inView(f))] : items;
    const slice = new Slice();
    const built: { id: string; name: string; ranges: Range[] }[] = [];
    if (progressive) this.painter.clear();
    let committed = 0;
    for (let i = 0; i < order.length; i++) {
      const f = order[i];
      built.push({ id: f.id, name: highlightName(f.kind, f.severity), ranges: rangesFor(map, f.start, f.end) });
      if (slice.expired()) {
        if (progressive) {
          for (; committed < built.length; committed++) this.painter.add(built[committed].id, built[committed].name, built[committed].ranges);
        }
        await slice.next();
        check();
      }
    }
    if (progressive) {
      for (; committed < built.length; committed++) this.painter.add(built[committed].id, built[committed].name, built[committed].ranges);
    } else this.painter.replaceAll(built);
    for (const sr of map.shadowRoots) adoptHighlightStyles(sr);
    for (const d of map.frames) adoptHighlightStyles(d);
  }

  /** Text offsets at the top-left and bottom-right of the viewport (approximate; for paint order). */
  private viewportOffsets(map: TextMap): [number, number] {
    const w = this.win.innerWidth;
    const hgt = this.win.innerHeight;
    const a = caretFromPoint(this.doc, 1, 1, map.shadowRoots);
    const b = caretFromPoint(this.doc, w - 2, hgt - 2, map.shadowRoots);
    const oa = a ? offsetOf(map, a.node, a.offset) : -1;
    const ob = b ? offsetOf(map, b.node, b.offset) : -1;
    return [oa < 0 ? 0 : oa, ob < 0 ? Math.min(map.text.length, (oa < 0 ? 0 : oa) + 20000) : ob];
  }

  /** Re-register highlights the page removed; re-attach our host if the page dropped it. */
  private guard(): void {
    if (this.status !== 'ready') return;
    this.painter.ensure();
    if (this.host && !this.host.isConnected && (this.card || this.fields.size)) this.doc.documentElement.appendChild(this.host);
  }

  // ------------------------------------------------------------------ dynamic pages

  private observe(map: TextMap): void {
    if (!this.observer) {
      this.observer = new MutationObserver((records) => {
        if (this.ignoreMutations) return;
        for (const r of records) {
          if (this.host && (r.target === this.host || this.host.contains(r.target))) continue;
          if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === this.host)) continue;
          this.onMutation();
          return;
        }
      });
    }
    const targets: Node[] = [this.doc.documentElement, ...map.shadowRoots, ...map.frames.map((d) => d.documentElement)];
    for (const t of targets) {
      if (!t || this.observed.has(t)) continue;
      this.observed.add(t);
      this.observer.observe(t, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['hidden', 'aria-hidden', 'open'],
      });
    }
  }

  private onMutation = debounce(() => {
    if (this.status === 'ready' || this.status === 'error') void this.scan();
  }, MUTATION_DEBOUNCE);

  // ------------------------------------------------------------------ text fields

  private syncFields(list: Field[]): void {
    const seen = new Set(list);
    for (const [f, fs] of this.fields)
      if (!seen.has(f) || !f.isConnected) {
        fs.mirror?.destroy();
        fs.pending?.cancel();
        this.fields.delete(f);
      }
    for (const f of list) {
      if (this.fields.has(f)) continue;
      if ((f as HTMLInputElement).type === 'password') continue;
      const fs: FieldState = { field: f, index: this.fieldCount++, mirror: null, findings: [], pending: null, text: '' };
      this.fields.set(f, fs);
      if (f.value.trim()) void this.reviewField(fs);
    }
  }

  private onInput = (e: Event) => {
    const target = (e.composedPath?.()[0] ?? e.target) as Element;
    if (!target || !this.enabled() || this.status !== 'ready') return;
    const tag = target.tagName;
    if (tag !== 'TEXTAREA' && tag !== 'INPUT') return; // contenteditable is covered by the MutationObserver
    let fs = this.fields.get(target as Field);
    if (!fs) {
      this.syncFields([...this.fields.keys(), target as Field]);
      fs = this.fields.get(target as Field);
      if (!fs) return;
    }
    if (!fs.pending) fs.pending = debounce(() => void this.reviewField(fs!), FIELD_DEBOUNCE);
    fs.pending();
    // keep the copy aligned while typing (its old ranges collapse safely until the new review arrives)
    fs.mirror?.sync();
  };

  private async reviewField(fs: FieldState): Promise<void> {
    const text = fs.field.value;
    fs.text = text;
    let result: ReviewResult = { findings: [], docTypes: [], ms: 0 };
    if (text.trim()) {
      try {
        result = await send<ReviewResult>({ type: 'review', text, url: this.win.location.href, scope: `field:${fs.index}` });
      } catch (e) {
        console.warn('[性别平等评估助手] field review failed:', e);
        return;
      }
    }
    if (fs.field.value !== text || !this.fields.has(fs.field)) return; // stale; a newer review follows
    const label = fieldLabel(fs.field);
    fs.findings = result.findings
      .filter((f) => f.kind !== 'missing' && f.end > f.start)
      .map((f) => ({ ...f, id: `field${fs.index}:${f.id}`, source: 'field' as const, field: fs.index, fieldLabel: label }));
    this.applyVerdicts(fs.findings);
    for (const id of this.painterIdsOfField(fs)) this.painter.remove(id);
    if (fs.findings.length) {
      if (!fs.mirror) fs.mirror = new FieldMirror(fs.field, this.ensureHost().mirrorLayer);
      fs.mirror.sync();
      for (const f of fs.findings) {
        if (f.verdict?.status === 'false-positive') {
          this.painter.remove(f.id);
          continue;
        }
        const r = fs.mirror.rangeFor(f.start, f.end);
        if (r) this.painter.add(f.id, highlightName(f.kind, f.severity), [r]);
      }
    } else if (fs.mirror) {
      fs.mirror.destroy();
      fs.mirror = null;
    }
    if (this.card?.id.startsWith(`field${fs.index}:`) && !fs.findings.some((f) => f.id === this.card!.id)) this.closeCard();
    this.reorder();
    this.broadcast();
  }

  private fieldPainted = new Map<FieldState, string[]>();
  private painterIdsOfField(fs: FieldState): string[] {
    const old = this.fieldPainted.get(fs) ?? [];
    this.fieldPainted.set(fs, fs.findings.map((f) => f.id));
    return old.filter((id) => !fs.findings.some((f) => f.id === id));
  }

  private onScroll = () => {
    if (this.rafPending || !this.fields.size) return;
    this.rafPending = true;
    requestAnimationFrame(() => {
      this.rafPending = false;
      for (const fs of this.fields.values()) fs.mirror?.sync();
      if (this.card) this.positionCard();
    });
  };

  // ------------------------------------------------------------------ order & state

  /** All findings in document order: page findings and field findings merged by DOM position. */
  private reorder(): void {
    const page = this.pageFindings.filter((f) => f.kind !== 'missing');
    const fieldLists = [...this.fields.values()].filter((fs) => fs.findings.length).sort((a, b) => this.cmpNodes(a.field, b.field));
    let merged = page;
    if (fieldLists.length && this.map) {
      merged = [];
      let i = 0;
      for (const fs of fieldLists) {
        while (i < page.length) {
          const r = this.painter.rangesOf(page[i].id)[0];
          if (r && this.cmpNodes(r.startContainer, fs.field) > 0) break;
          merged.push(page[i++]);
        }
        merged.push(...fs.findings);
      }
      merged.push(...page.slice(i));
    } else if (fieldLists.length) merged = [...page, ...fieldLists.flatMap((fs) => fs.findings)];
    this.ordered = merged;
    this.byId = new Map(merged.map((f) => [f.id, f]));
    for (const f of this.pageFindings) if (f.kind === 'missing') this.byId.set(f.id, f);
  }

  private cmpNodes(a: Node, b: Node): number {
    if (a === b) return 0;
    const p = a.compareDocumentPosition(b);
    if (p & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (p & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }

  state(): PageState {
    return {
      url: this.win.location.href,
      title: this.doc.title,
      status: this.status,
      error: this.error || undefined,
      findings: [...this.ordered, ...this.pageFindings.filter((f) => f.kind === 'missing')],
      docTypes: this.docTypes,
      profileId: this.settings?.profileId ?? 'baseline',
      textLength: this.map?.text.length ?? 0,
      scannedAt: this.scannedAt,
      painter: this.painter.mode,
      current: this.current,
      docKey: this.docKey,
      placedNotes: this.placed,
      orphanNotes: this.orphans,
      openNote: this.card?.kind === 'note' ? this.card.id : null,
    };
  }

  private broadcast = debounce(() => {
    browser.runtime.sendMessage({ type: 'state', state: this.state() }).catch(() => {
      /* no page listening */
    });
  }, 50);

  // ------------------------------------------------------------------ our UI host

  private ensureHost(): { shadow: ShadowRoot; cardRoot: HTMLElement; mirrorLayer: HTMLElement } {
    if (!this.host) {
      const host = this.doc.createElement('div');
      host.id = HOST_ID;
      host.setAttribute('data-gea', '');
      host.style.cssText =
        'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; display: block !important; contain: layout style !important;';
      const shadow = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = `${CARD_CSS}\n${highlightCss()}\n.gea-mirror { position: absolute; }`;
      shadow.appendChild(style);
      const mirrorLayer = this.doc.createElement('div');
      mirrorLayer.className = 'mirrors';
      const cardRoot = this.doc.createElement('div');
      cardRoot.className = 'card-root';
      const toastRoot = this.doc.createElement('div');
      toastRoot.className = 'toast-root';
      shadow.append(mirrorLayer, cardRoot, toastRoot);
      this.toastRoot = toastRoot;
      this.host = host;
      this.shadow = shadow;
      this.cardRoot = cardRoot;
      this.mirrorLayer = mirrorLayer;
    }
    if (!this.host.isConnected) {
      // after <body>, never inside it: the page's own markup stays as it was
      this.doc.documentElement.appendChild(this.host);
    }
    return { shadow: this.shadow!, cardRoot: this.cardRoot!, mirrorLayer: this.mirrorLayer! };
  }

  // ------------------------------------------------------------------ notes & verdicts

  private verdictDocKey(f: UIFinding): string {
    return f.source === 'field' ? `${this.docKey}#field:${f.field}` : this.docKey;
  }

  /** Fetch this document's notes and verdicts from the background (its IndexedDB). Keeps the old ones on failure. */
  private async loadNotes(): Promise<void> {
    try {
      const r = await call<DocNotes>({ type: 'doc-notes', docKey: this.docKey });
      if (!r || !Array.isArray(r.notes)) return;
      this.notes = r.notes;
      this.verdictList = r.verdicts;
    } catch (e) {
      console.warn('[性别平等评估助手] could not load notes:', e);
    }
  }

  private applyVerdicts(list: UIFinding[]): void {
    const groups = new Map<string, UIFinding[]>();
    for (const f of list) {
      const dk = this.verdictDocKey(f);
      groups.set(dk, [...(groups.get(dk) ?? []), f]);
    }
    for (const [dk, fs] of groups) {
      const m = matchVerdicts(
        this.verdictList.filter((v) => v.docKey === dk),
        fs.filter((f) => f.kind !== 'missing').map((f) => ({ key: f.key, ruleId: f.ruleId, quote: f.quote })),
      );
      for (const f of fs) {
        const v = m.get(f.key);
        if (v && v.status !== 'open') {
          f.verdict = { status: v.status, ...(v.reason ? { reason: v.reason } : {}), ...(v.findingKey !== f.key ? { storedKey: v.findingKey } : {}) };
        } else delete f.verdict;
      }
    }
  }

  /** Anchor every note of this document in the current text and paint the placed ones; the rest are orphans. */
  private placeNotes(): void {
    const map = this.map;
    for (const id of this.paintedNotes) this.painter.remove(id);
    this.paintedNotes = [];
    if (!map) {
      this.placed = [];
      this.orphans = this.notes.map((n) => n.id);
      return;
    }
    const { placed, orphans } = anchorAll(map.text, this.notes);
    this.placed = placed.map((p) => ({ id: p.note.id, start: p.start, end: p.end, method: p.method }));
    this.orphans = orphans.map((o) => o.note.id);
    for (const p of this.placed) {
      const id = NOTE_PREFIX + p.id;
      this.painter.add(id, NOTE, rangesFor(map, p.start, p.end));
      this.paintedNotes.push(id);
    }
    if (this.card?.kind === 'note' && this.card.id !== 'new') {
      if (!this.notes.some((n) => n.id === this.card!.id)) this.closeCard(false, false);
      else this.painter.setActive(this.cardRanges());
    }
  }

  /** Notes or verdicts changed (here or in another tab / the side panel): re-read, repaint what changed. */
  private async refreshNotes(): Promise<void> {
    if (this.status !== 'ready' || !this.map) return;
    if (this.scanning) await this.scanning;
    const map = this.map;
    if (!map) return;
    await this.loadNotes();
    this.applyVerdicts(this.pageFindings);
    const wrong = this.pageFindings.some(
      (f) => f.kind !== 'missing' && f.end > f.start && (f.verdict?.status !== 'false-positive') !== this.painter.rangesOf(f.id).length > 0,
    );
    if (wrong) await this.paint(map, { findings: this.pageFindings, docTypes: this.docTypes, ms: 0 }, false, () => {});
    for (const fs of this.fields.values()) {
      const before = fs.findings.map((f) => f.verdict?.status).join();
      this.applyVerdicts(fs.findings);
      if (fs.findings.map((f) => f.verdict?.status).join() !== before) void this.reviewField(fs);
    }
    this.placeNotes();
    this.reorder();
    if (this.card?.kind === 'finding' && this.byId.has(this.card.id)) this.renderFindingCard(this.card.id, false);
    this.broadcast();
  }

  private noteIdsAt(off: number, x: number, y: number): string[] {
    return this.placed
      .filter((p) => p.start <= off && p.end >= off)
      .filter((p) => this.painter.rangesOf(NOTE_PREFIX + p.id).some((r) => rangeContainsPoint(r, x, y)))
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((p) => p.id);
  }

  private rangesOfNote(id: string): Range[] {
    return this.painter.rangesOf(NOTE_PREFIX + id);
  }

  /** Add a note: on the page selection, else (keyboard command) on the current finding. Returns what happened. */
  addNote(from: 'selection' | 'command'): 'ok' | 'no-doc' | 'no-selection' | 'not-in-text' {
    const L = this.locale;
    if (!this.map || this.status !== 'ready') {
      this.toast(t(L, 'noDoc'));
      return 'no-doc';
    }
    const sel = this.win.getSelection();
    const active = this.doc.activeElement;
    const inField = active && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT');
    if (sel && !sel.isCollapsed && sel.rangeCount && !inField) {
      const off = offsetsOfRange(this.map, sel.getRangeAt(0));
      if (!off) {
        this.toast(t(L, 'selectionNotInText'));
        return 'not-in-text';
      }
      const f = this.pageFindings.find((x) => x.kind !== 'missing' && x.start === off.start && x.end === off.end);
      this.openNewNote(off.start, off.end, f, true);
      return 'ok';
    }
    if (inField && from === 'selection') {
      this.toast(t(L, 'selectionNotInText'));
      return 'not-in-text';
    }
    if (from === 'command') {
      const id = this.card?.kind === 'finding' ? this.card.id : this.current;
      const f = id ? this.byId.get(id) : undefined;
      if (f && f.source === 'page' && f.end > f.start) {
        this.openNewNote(f.start, f.end, f, true);
        return 'ok';
      }
    }
    this.toast(t(L, 'noSelection'));
    return 'no-selection';
  }

  /** Open the editor for a new note on text[start, end). Saved on 保存 (or when closed with something typed). */
  private openNewNote(start: number, end: number, finding: UIFinding | undefined, focus: boolean): void {
    const map = this.map;
    if (!map) return;
    this.closeCard(false, true);
    const { cardRoot } = this.ensureHost();
    this.card = { kind: 'note', id: 'new', restoreFocus: this.doc.activeElement, draft: { start, end } };
    const token = this.card;
    const text = map.text;
    const docKey = this.docKey;
    let saved: Note | null = null;
    let chain: Promise<void> = Promise.resolve();
    const onSave = (d: NoteDraft): Promise<void> =>
      (chain = chain.then(async () => {
        const note = saved
          ? updateNote(saved, { body: d.body, tags: d.tags, status: d.status, reason: d.reason })
          : createNote({
              docKey,
              text,
              start,
              end,
              reviewer: this.settings.reviewer,
              body: d.body,
              tags: d.tags,
              status: d.status,
              reason: d.reason,
              ruleId: finding?.ruleId,
              findingKey: finding?.key,
            });
        await call({ type: 'save-note', note });
        saved = note;
        this.notes = [...this.notes.filter((n) => n.id !== note.id), note];
        if (this.card === token) {
          this.card.id = note.id;
          this.placeNotes();
        }
        this.broadcast();
      }));
    render(
      h(NoteCard, {
        key: 'new',
        note: null,
        quote: text.slice(start, end),
        ruleTitle: finding?.title,
        locale: this.locale,
        autoFocus: focus,
        onSave,
        onClose: () => this.closeCard(true, false),
        registerFlush: (f: () => Promise<void>) => (this.noteFlush = f),
      }),
      cardRoot,
    );
    this.positionCard();
    this.painter.setActive(rangesFor(map, start, end));
    this.broadcast();
  }

  /** Open a stored note in the page (its passage highlighted, or at the corner if it is an orphan). */
  openNote(id: string, opts: { focus?: boolean; scroll?: boolean } = {}): boolean {
    const note = this.notes.find((n) => n.id === id);
    if (!note) return false;
    this.closeCard(false, true);
    const { cardRoot } = this.ensureHost();
    this.card = { kind: 'note', id, restoreFocus: this.doc.activeElement };
    const token = this.card;
    const p = this.placed.find((x) => x.id === id);
    if (p && opts.scroll) {
      const r = this.rangesOfNote(id)[0];
      r?.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    const L = this.locale;
    const onSave = async (d: NoteDraft) => {
      const cur = this.notes.find((n) => n.id === id) ?? note;
      const next = updateNote(cur, { body: d.body, tags: d.tags, status: d.status, reason: d.reason });
      await call({ type: 'save-note', note: next });
      this.notes = this.notes.map((n) => (n.id === id ? next : n));
      this.broadcast();
    };
    const onDelete = async () => {
      try {
        const gone = await call<Note[]>({ type: 'delete-notes', ids: [id] });
        this.notes = this.notes.filter((n) => n.id !== id);
        if (this.card === token) this.closeCard(true, false);
        this.placeNotes();
        this.broadcast();
        this.toast(t(L, 'noteDeleted'), {
          label: t(L, 'undo'),
          run: async () => {
            await call({ type: 'restore-notes', notes: gone });
            await this.refreshNotes();
          },
        });
      } catch (e) {
        this.toast(t(L, 'actionFailed') + String((e as Error)?.message ?? e));
      }
    };
    const rule = note.ruleId ? this.pageFindings.find((f) => f.ruleId === note.ruleId)?.title ?? note.ruleId : undefined;
    render(
      h(NoteCard, {
        key: id,
        note,
        quote: note.quote.exact,
        ruleTitle: rule,
        locale: L,
        autoFocus: !!opts.focus,
        method: p?.method,
        onSave,
        onDelete: () => void onDelete(),
        onClose: () => this.closeCard(true, false),
        registerFlush: (f: () => Promise<void>) => (this.noteFlush = f),
      }),
      cardRoot,
    );
    this.positionCard();
    this.painter.setActive(this.cardRanges());
    this.broadcast();
    return true;
  }

  private async setVerdict(f: UIFinding, status: NoteStatus, reason?: string): Promise<void> {
    const v: VerdictRecord = {
      docKey: this.verdictDocKey(f),
      findingKey: f.key,
      ruleId: f.ruleId,
      status,
      reviewer: this.settings.reviewer,
      updated: new Date().toISOString(),
      quote: f.quote,
      ...(reason ? { reason } : {}),
    };
    await call({
      type: 'set-verdict',
      verdict: v,
      text: this.textOf(f),
      finding: { ruleId: f.ruleId, quote: f.quote, start: f.start, end: f.end },
    });
    // a verdict carried over from the finding's old key now lives under the new key only
    const stored = f.verdict?.storedKey;
    if (stored) await call({ type: 'set-verdict', verdict: { ...v, findingKey: stored, status: 'open' } });
    this.verdictList = this.verdictList.filter((x) => !(x.docKey === v.docKey && (x.findingKey === f.key || x.findingKey === stored)));
    if (status !== 'open') this.verdictList.push(v);
    // every finding sharing the key (same rule, quote and context) shares the verdict
    this.applyVerdicts(this.pageFindings);
    for (const fs of this.fields.values()) this.applyVerdicts(fs.findings);
    if (status === 'false-positive') this.painter.remove(f.id);
    else if (!this.rangesOfFinding(f).length && f.source === 'page' && this.map) {
      this.painter.add(f.id, highlightName(f.kind, f.severity), rangesFor(this.map, f.start, f.end));
    }
    if (this.card?.kind === 'finding' && this.card.id === f.id) this.renderFindingCard(f.id, false);
    this.broadcast();
  }

  private toast(text: string, action?: { label: string; run: () => Promise<void> | void }): void {
    this.ensureHost();
    const root = this.toastRoot;
    if (!root) return;
    if (this.toastTimer) clearTimeout(this.toastTimer);
    const hide = () => render(null, root);
    render(
      h(
        'div',
        { class: 'toast', role: 'status', 'aria-live': 'polite' },
        text,
        action
          ? h(
              'button',
              {
                type: 'button',
                class: 'undo',
                style: 'margin-left:8px;font:inherit;color:#fff;background:#0969da;border:0;border-radius:4px;padding:1px 8px;cursor:pointer',
                onClick: async () => {
                  hide();
                  await action.run();
                },
              },
              action.label,
            )
          : null,
      ),
      root,
    );
    this.toastTimer = setTimeout(hide, action ? 10000 : 5000);
  }

  // ------------------------------------------------------------------ card

  private onClick = (e: MouseEvent) => {
    if (this.status !== 'ready' || e.button !== 0) return;
    const path = e.composedPath();
    if (this.host && path.includes(this.host)) return;
    const sel = this.win.getSelection();
    if (sel && !sel.isCollapsed && sel.toString().length > 0) return; // the user is selecting text
    const target = path[0] as Element;
    const fs = target && this.fields.get(target as Field);
    if (fs) {
      const pos = fs.field.selectionStart ?? -1;
      const f = fs.findings.find((x) => pos >= x.start && pos <= x.end && x.verdict?.status !== 'false-positive');
      if (f) this.openCard(f.id, false);
      else this.closeCard();
      return;
    }
    const hit = this.hitAt(e.clientX, e.clientY, target);
    const editable = (target as HTMLElement)?.isContentEditable;
    if (hit.finding) this.openCard(hit.finding, !editable);
    else if (hit.notes.length) this.openNote(hit.notes[0], { focus: !editable });
    else if (this.card) this.closeCard(false);
  };

  /** The finding painted at a viewport point, if any (the most severe when several overlap). */
  findingAt(x: number, y: number, target?: EventTarget | null): string | null {
    return this.hitAt(x, y, target ?? null).finding;
  }

  /** What is painted at a viewport point: the most severe finding, and the notes (smallest first). */
  private hitAt(x: number, y: number, target: EventTarget | null): { finding: string | null; notes: string[] } {
    if (this.painter.idAt) {
      const id = this.painter.idAt(target);
      if (!id) return { finding: null, notes: [] };
      if (id.startsWith(NOTE_PREFIX)) return { finding: null, notes: [id.slice(NOTE_PREFIX.length)] };
      return { finding: id, notes: [] };
    }
    const map = this.map;
    if (!map) return { finding: null, notes: [] };
    let doc = this.doc;
    let px = x;
    let py = y;
    // descend into same-origin iframes
    for (let depth = 0; depth < 5; depth++) {
      const el = doc.elementFromPoint(px, py);
      if (!el || (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME')) break;
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (!inner) break;
      const off = frameOffset(inner);
      px = x - off.x;
      py = y - off.y;
      doc = inner;
    }
    const c = caretFromPoint(doc, px, py, map.shadowRoots);
    if (!c) return { finding: null, notes: [] };
    const off = offsetOf(map, c.node, c.offset);
    if (off < 0) return { finding: null, notes: [] };
    const rank = { high: 3, medium: 2, low: 1 } as const;
    let best: UIFinding | null = null;
    for (const f of this.pageFindings) {
      if (f.kind === 'missing' || f.start > off || f.end < off) continue;
      if (!this.painter.rangesOf(f.id).some((r) => rangeContainsPoint(r, px, py))) continue;
      if (!best || rank[f.severity] > rank[best.severity] || (rank[f.severity] === rank[best.severity] && f.end - f.start < best.end - best.start)) best = f;
    }
    return { finding: best?.id ?? null, notes: this.noteIdsAt(off, px, py) };
  }

  openCard(id: string, focus: boolean): boolean {
    const f = this.byId.get(id);
    if (!f) return false;
    if (this.card?.kind === 'note') this.closeCard(false, true);
    return this.renderFindingCard(id, focus);
  }

  private renderFindingCard(id: string, focus: boolean): boolean {
    const f = this.byId.get(id);
    if (!f) return false;
    const { cardRoot } = this.ensureHost();
    const active = this.doc.activeElement;
    this.card = { kind: 'finding', id, restoreFocus: this.card ? this.card.restoreFocus : active };
    this.current = id;
    const index = this.ordered.findIndex((x) => x.id === id);
    const here =
      f.source === 'page'
        ? this.notes.filter((n) => {
            const p = this.placed.find((x) => x.id === n.id);
            return n.findingKey === f.key || (p && p.start < f.end && p.end > f.start);
          })
        : [];
    render(
      h(Card, {
        finding: f,
        locale: this.locale,
        index: index >= 0 ? index : undefined,
        total: this.ordered.length,
        autoFocus: focus,
        onAction: (a: CardAction) => this.action(f, a),
        onVerdict: (s: NoteStatus, reason?: string) => this.setVerdict(f, s, reason),
        notes: here.map((n) => ({ id: n.id, excerpt: (n.body || n.quote.exact).slice(0, 40), status: n.status })),
        onOpenNote: (nid: string) => this.openNote(nid, { focus: true }),
        onClose: () => this.closeCard(),
      }),
      cardRoot,
    );
    this.positionCard();
    this.painter.setActive(this.rangesOfFinding(f));
    this.broadcast();
    return true;
  }

  /**
   * Close the card. A note card first saves what was typed (nothing is lost); `quiet` skips that when the note is
   * gone anyway or the caller already handles it.
   */
  closeCard(restore = true, flush = true): void {
    if (!this.card) return;
    const back = this.card.restoreFocus;
    const pending = this.noteFlush;
    this.noteFlush = null;
    if (flush && pending) void pending();
    this.card = null;
    if (this.cardRoot) render(null, this.cardRoot);
    this.painter.setActive(null);
    this.broadcast();
    if (restore && back && (back as HTMLElement).focus && back !== this.doc.body) {
      try {
        (back as HTMLElement).focus({ preventScroll: true });
      } catch {
        /* ignore */
      }
    }
  }

  private cardRanges(): Range[] {
    const c = this.card;
    if (!c) return [];
    if (c.kind === 'finding') {
      const f = this.byId.get(c.id);
      return f ? this.rangesOfFinding(f) : [];
    }
    if (c.draft && this.map && c.id === 'new') return rangesFor(this.map, c.draft.start, c.draft.end);
    return this.rangesOfNote(c.id);
  }

  private positionCard(): void {
    if (!this.card || !this.cardRoot) return;
    const el = this.cardRoot.querySelector('.card') as HTMLElement | null;
    if (!el) return;
    const rs = this.cardRanges();
    let rect = rs[0]?.getBoundingClientRect();
    if (rect && rs[0].startContainer.ownerDocument !== this.doc) {
      const o = frameOffset(rs[0].startContainer.ownerDocument!);
      rect = new DOMRect(rect.left + o.x, rect.top + o.y, rect.width, rect.height);
    }
    const vw = this.win.innerWidth;
    const vh = this.win.innerHeight;
    const w = el.offsetWidth || 420;
    const hh = el.offsetHeight || 300;
    let left = 8;
    let top = 8;
    if (rect && rect.width + rect.height > 0) {
      // below the text, else above, else beside it; never on top of the text it explains if avoidable
      left = Math.min(Math.max(8, rect.left), vw - w - 8);
      const clampTop = (y: number) => Math.min(Math.max(8, y), Math.max(8, vh - hh - 8));
      if (rect.bottom + 8 + hh <= vh - 8) top = rect.bottom + 8;
      else if (rect.top - hh - 8 >= 8) top = rect.top - hh - 8;
      else if (vw - rect.right - 16 >= w) {
        left = rect.right + 16;
        top = clampTop(rect.top - 40);
      } else if (rect.left - 16 - w >= 8) {
        left = rect.left - 16 - w;
        top = clampTop(rect.top - 40);
      } else top = clampTop(rect.bottom + 8);
    } else left = Math.max(8, vw - w - 16); // an orphan note: top right
    el.style.left = `${Math.max(8, left)}px`;
    el.style.top = `${top}px`;
  }

  private rangesOfFinding(f: UIFinding): Range[] {
    if (f.source === 'field') {
      const fs = [...this.fields.values()].find((x) => x.index === f.field);
      const r = fs?.mirror?.rangeFor(f.start, f.end);
      return r ? [r] : [];
    }
    const painted = this.painter.rangesOf(f.id);
    if (painted.length || !this.map) return painted;
    return rangesFor(this.map, f.start, f.end); // not painted (a false positive) but still shown when opened
  }

  private textOf(f: UIFinding): string {
    if (f.source === 'field') return [...this.fields.values()].find((x) => x.index === f.field)?.text ?? '';
    return this.map?.text ?? '';
  }

  private async action(f: UIFinding, a: CardAction): Promise<string> {
    const L = this.locale;
    const url = this.win.location.href;
    const scope = f.source === 'field' ? `field:${f.field}` : 'page';
    const occ = { ruleId: f.ruleId, quote: f.quote, start: f.start, end: f.end };
    switch (a) {
      case 'annotate':
        if (f.source === 'field' || !this.map) return t(L, 'annotateField');
        this.openNewNote(f.start, f.end, f, true);
        return '';
      case 'ignore':
        await send({ type: 'ignore', url, scope, text: this.textOf(f), finding: occ });
        this.dropFinding(f);
        return t(L, 'ignored');
      case 'disable-rule':
        await send({ type: 'disable-rule', ruleId: f.ruleId });
        this.closeCard();
        return t(L, 'ruleDisabled');
      case 'report':
        await send({ type: 'report', url, scope, text: this.textOf(f), finding: occ });
        this.dropFinding(f);
        return t(L, 'reported');
    }
  }

  /** Remove one finding at once (the rescan that follows confirms it). */
  private dropFinding(f: UIFinding): void {
    this.painter.remove(f.id);
    this.pageFindings = this.pageFindings.filter((x) => x.id !== f.id);
    for (const fs of this.fields.values()) fs.findings = fs.findings.filter((x) => x.id !== f.id);
    this.reorder();
    setTimeout(() => {
      if (this.card?.id === f.id) this.closeCard();
    }, 900);
    this.broadcast();
  }

  // ------------------------------------------------------------------ navigation

  goto(id: string, opts: { open?: boolean; focus?: boolean } = {}): boolean {
    const f = this.byId.get(id);
    if (!f) return false;
    this.current = id;
    const rs = this.rangesOfFinding(f);
    if (f.source === 'field') {
      const fs = [...this.fields.values()].find((x) => x.index === f.field);
      fs?.field.scrollIntoView({ block: 'center', inline: 'nearest' });
      fs?.mirror?.sync();
    } else if (rs[0]) {
      const r = rs[0];
      const fe = r.startContainer.ownerDocument?.defaultView?.frameElement as HTMLElement | null;
      fe?.scrollIntoView({ block: 'center' });
      const el = r.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    this.flash(rs);
    if (opts.open) this.openCard(id, !!opts.focus);
    else if (this.card?.kind === 'finding') this.openCard(id, false);
    this.broadcast();
    return true;
  }

  private flash(rs: Range[]): void {
    if (this.flashTimer) clearTimeout(this.flashTimer);
    let n = 0;
    const step = () => {
      this.painter.setActive(n % 2 === 0 ? rs : null);
      n++;
      if (n < 6) this.flashTimer = setTimeout(step, 220);
      else {
        this.flashTimer = undefined;
        this.painter.setActive(this.card ? this.cardRanges() : null);
      }
    };
    step();
  }

  command(name: CommandName): void {
    if (name === 'add-note') {
      this.addNote('command');
      return;
    }
    // false positives are not painted, so keyboard navigation skips them
    const list = this.ordered.filter((f) => f.verdict?.status !== 'false-positive');
    if (!list.length) return;
    let i = this.current ? list.findIndex((f) => f.id === this.current) : -1;
    if (name === 'open-card') {
      const id = i >= 0 ? list[i].id : list[0].id;
      this.goto(id, { open: true, focus: true });
      return;
    }
    if (name === 'next-finding') i = i < 0 ? 0 : (i + 1) % list.length;
    else i = i < 0 ? list.length - 1 : (i - 1 + list.length) % list.length;
    this.goto(list[i].id);
  }

  private onKeyDown = (e: KeyboardEvent) => {
    // a note card handles Escape itself (it saves first)
    if (e.key !== 'Escape' || !this.card) return;
    if (this.card.kind === 'finding') this.closeCard();
    else if (!(this.host && e.composedPath().includes(this.host))) this.closeCard();
  };
}
