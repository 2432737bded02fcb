/**
 * Painting findings without touching the page: one CSS Custom Highlight per category × severity
 * (`gea-violation-high` …) plus `gea-active` for the finding being shown. Where the browser has no
 * CSS.highlights, ranges are wrapped in <mark> elements instead (the only case where we change the DOM).
 */
export const KINDS = ['violation', 'threshold'] as const;
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export const ACTIVE = 'gea-active';
/** Reviewer notes: their own style, whatever finding they sit on. */
export const NOTE = 'gea-note';
export const PREFIX = 'gea-';

export function highlightName(kind: string, severity: string): string {
  const k = kind === 'threshold' ? 'threshold' : 'violation';
  const s = severity === 'high' || severity === 'medium' ? severity : 'low';
  return `${PREFIX}${k}-${s}`;
}

export const ALL_NAMES = [
  ...KINDS.flatMap((k) => SEVERITIES.map((s) => highlightName(k, s))),
  NOTE,
  ACTIVE,
];

/** Colour + underline style per category; shared by ::highlight() and the <mark> fallback. */
const LOOK: Record<string, { bg: string; line: string; style: string }> = {
  'gea-violation-high': { bg: 'rgba(220, 38, 38, 0.20)', line: '#dc2626', style: 'wavy' },
  'gea-violation-medium': { bg: 'rgba(234, 88, 12, 0.18)', line: '#ea580c', style: 'wavy' },
  'gea-violation-low': { bg: 'rgba(202, 138, 4, 0.20)', line: '#ca8a04', style: 'dotted' },
  'gea-threshold-high': { bg: 'rgba(124, 58, 237, 0.18)', line: '#7c3aed', style: 'double' },
  'gea-threshold-medium': { bg: 'rgba(37, 99, 235, 0.16)', line: '#2563eb', style: 'dashed' },
  'gea-threshold-low': { bg: 'rgba(13, 148, 136, 0.16)', line: '#0d9488', style: 'dotted' },
  'gea-note': { bg: 'rgba(14, 165, 233, 0.22)', line: '#0369a1', style: 'solid' },
  'gea-active': { bg: 'rgba(250, 204, 21, 0.65)', line: '#111827', style: 'solid' },
};

export function highlightCss(): string {
  const out: string[] = [];
  for (const [name, l] of Object.entries(LOOK)) {
    const deco = `text-decoration: underline ${l.style} ${l.line}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
    out.push(`::highlight(${name}) { background-color: ${l.bg}; ${deco} }`);
    out.push(`mark.gea-mark[data-gea-hl="${name}"] { all: unset; background-color: ${l.bg}; ${deco} }`);
  }
  out.push('mark.gea-mark[data-gea-active] { background-color: rgba(250, 204, 21, 0.65); }');
  return out.join('\n');
}

export function hasHighlightApi(win: Window & typeof globalThis = window): boolean {
  const c = (win as any).CSS;
  return !!(c && c.highlights && typeof (win as any).Highlight === 'function');
}

export interface Painter {
  readonly mode: 'highlights' | 'wrap';
  /** Paint a finding (replacing what was painted for this id). */
  add(id: string, name: string, ranges: Range[]): void;
  remove(id: string): void;
  clear(): void;
  /** Atomically replace everything painted. */
  replaceAll(items: { id: string; name: string; ranges: Range[] }[]): void;
  setActive(ranges: Range[] | null): void;
  /** Ranges currently painted for a finding. */
  rangesOf(id: string): Range[];
  /** Re-register our highlights if the page removed or replaced them. Returns true if it had to. */
  ensure(): boolean;
  /** Finding ids painted at an element (wrap mode hit-testing). */
  idAt?(target: EventTarget | null): string | null;
  destroy(): void;
}

type Reg = Map<string, Highlight>;

export class HighlightPainter implements Painter {
  readonly mode = 'highlights' as const;
  private regs = new Map<Document, Reg>();
  private items = new Map<string, { name: string; ranges: Range[] }>();
  private active: Range[] = [];

  private reg(doc: Document): Reg {
    let r = this.regs.get(doc);
    if (!r) {
      r = new Map();
      const win = doc.defaultView as any;
      const H = (win && win.Highlight) || Highlight;
      for (const name of ALL_NAMES) {
        const h: Highlight = new H();
        if (name === ACTIVE) h.priority = 10;
        else if (name === NOTE) h.priority = 5;
        else h.priority = name.endsWith('high') ? 3 : name.endsWith('medium') ? 2 : 1;
        r.set(name, h);
        try {
          (win?.CSS ?? CSS).highlights.set(name, h);
        } catch {
          /* document gone */
        }
      }
      this.regs.set(doc, r);
    }
    return r;
  }

  private hl(range: Range, name: string): Highlight {
    const doc = range.startContainer.ownerDocument ?? document;
    return this.reg(doc).get(name)!;
  }

  add(id: string, name: string, ranges: Range[]): void {
    this.remove(id);
    for (const r of ranges) this.hl(r, name).add(r);
    this.items.set(id, { name, ranges });
  }

  remove(id: string): void {
    const it = this.items.get(id);
    if (!it) return;
    for (const r of it.ranges) this.hl(r, it.name).delete(r);
    this.items.delete(id);
  }

  clear(): void {
    for (const reg of this.regs.values()) for (const [name, h] of reg) if (name !== ACTIVE) h.clear();
    this.items.clear();
  }

  replaceAll(items: { id: string; name: string; ranges: Range[] }[]): void {
    this.clear();
    for (const it of items) this.add(it.id, it.name, it.ranges);
  }

  setActive(ranges: Range[] | null): void {
    for (const r of this.active) this.hl(r, ACTIVE).delete(r);
    this.active = ranges ?? [];
    for (const r of this.active) this.hl(r, ACTIVE).add(r);
  }

  rangesOf(id: string): Range[] {
    return this.items.get(id)?.ranges ?? [];
  }

  ensure(): boolean {
    let fixed = false;
    for (const [doc, reg] of this.regs) {
      const win = doc.defaultView as any;
      if (!win) {
        this.regs.delete(doc);
        continue;
      }
      const registry = win.CSS.highlights as HighlightRegistry;
      for (const [name, h] of reg) {
        if (registry.get(name) !== h) {
          registry.set(name, h);
          fixed = true;
        }
      }
    }
    return fixed;
  }

  destroy(): void {
    for (const [doc, reg] of this.regs) {
      const win = doc.defaultView as any;
      if (!win) continue;
      for (const [name, h] of reg) if (win.CSS.highlights.get(name) === h) win.CSS.highlights.delete(name);
    }
    this.regs.clear();
    this.items.clear();
  }
}

/** Fallback for browsers without CSS.highlights: wraps text in <mark class="gea-mark">. */
export class WrapPainter implements Painter {
  readonly mode = 'wrap' as const;
  private marks = new Map<string, HTMLElement[]>();
  private activeIds: HTMLElement[] = [];
  constructor(private onMutate: (fn: () => void) => void = (fn) => fn()) {}

  add(id: string, name: string, ranges: Range[]): void {
    this.remove(id);
    const marks: HTMLElement[] = [];
    this.onMutate(() => {
      for (const r of ranges) marks.push(...wrapRange(r, id, name));
    });
    this.marks.set(id, marks);
  }

  remove(id: string): void {
    const ms = this.marks.get(id);
    if (!ms) return;
    this.onMutate(() => ms.forEach(unwrap));
    this.marks.delete(id);
  }

  clear(): void {
    for (const id of [...this.marks.keys()]) this.remove(id);
  }

  replaceAll(items: { id: string; name: string; ranges: Range[] }[]): void {
    this.clear();
    for (const it of items) this.add(it.id, it.name, it.ranges);
  }

  setActive(ranges: Range[] | null): void {
    for (const m of this.activeIds) m.removeAttribute('data-gea-active');
    this.activeIds = [];
    if (!ranges) return;
    for (const ms of this.marks.values())
      for (const m of ms)
        if (ranges.some((r) => r.intersectsNode(m))) {
          m.setAttribute('data-gea-active', '');
          this.activeIds.push(m);
        }
  }

  rangesOf(id: string): Range[] {
    return (this.marks.get(id) ?? []).map((m) => {
      const r = m.ownerDocument.createRange();
      r.selectNodeContents(m);
      return r;
    });
  }

  idAt(target: EventTarget | null): string | null {
    const el = target instanceof Element ? target.closest('mark.gea-mark') : null;
    return el ? el.getAttribute('data-gea-id') : null;
  }

  ensure(): boolean {
    return false;
  }

  destroy(): void {
    this.clear();
  }
}

function wrapRange(range: Range, id: string, name: string): HTMLElement[] {
  const doc = range.startContainer.ownerDocument!;
  const texts: { node: Text; s: number; e: number }[] = [];
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root.nodeType === 3 ? root.parentNode! : root, 4 /* SHOW_TEXT */);
  let n: Node | null = walker.nextNode();
  while (n) {
    const t = n as Text;
    if (range.intersectsNode(t)) {
      const s = t === range.startContainer ? range.startOffset : 0;
      const e = t === range.endContainer ? range.endOffset : t.data.length;
      if (e > s) texts.push({ node: t, s, e });
    }
    n = walker.nextNode();
  }
  const out: HTMLElement[] = [];
  for (const { node, s, e } of texts) {
    let mid = node;
    if (s > 0) mid = mid.splitText(s);
    if (e - s < mid.data.length) mid.splitText(e - s);
    const mark = doc.createElement('mark');
    mark.className = 'gea-mark';
    mark.setAttribute('data-gea-id', id);
    mark.setAttribute('data-gea-hl', name);
    mid.parentNode!.insertBefore(mark, mid);
    mark.appendChild(mid);
    out.push(mark);
  }
  return out;
}

function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
  parent.normalize();
}

/** Adds our ::highlight styles to a shadow root or an iframe document (the top document gets them from the manifest CSS). */
const adopted = new WeakMap<Document | ShadowRoot, CSSStyleSheet>();
export function adoptHighlightStyles(root: Document | ShadowRoot): void {
  try {
    if (adopted.has(root)) {
      const sheet = adopted.get(root)!;
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    const win = doc.defaultView as any;
    const Sheet = (win && win.CSSStyleSheet) || CSSStyleSheet;
    const sheet: CSSStyleSheet = new Sheet();
    sheet.replaceSync(highlightCss());
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    adopted.set(root, sheet);
  } catch {
    /* constructable stylesheets unavailable */
  }
}
