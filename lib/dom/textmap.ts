/**
 * Text map: the visible text of a page as one string, as the engine expects it, with an exact
 * mapping from string offsets back to DOM positions.
 *
 * Conventions (shared with lib/engine):
 * - block elements and <br> end a line: '\n'
 * - table cells are separated by '\t', table rows end with '\n'
 * - collapsible whitespace is collapsed as the browser renders it (one ' '), and dropped at line starts
 *
 * Skipped: script/style/noscript/template (and other non-text elements), display:none, [hidden],
 * aria-hidden="true", visibility:hidden text, form fields (handled by the field mirrors), and our own UI host.
 * Included: open shadow roots (following slots) and same-origin iframes.
 *
 * The page is never modified: only read.
 */
import { Slice } from './schedule.ts';

/** One run of output characters taken from one text node. */
export interface Segment {
  /** Output range [start, end). */
  start: number;
  end: number;
  node: Text;
  /** Source range in node.data. Equal length to the output range except for collapsed whitespace (output length 1). */
  nodeStart: number;
  nodeEnd: number;
  /** The tree the node lives in (a Document or a ShadowRoot): ranges cannot cross trees. */
  root: Node;
}

export interface TextMap {
  text: string;
  segments: Segment[];
  /** Open shadow roots walked (to observe them and for hit-testing). */
  shadowRoots: ShadowRoot[];
  /** Same-origin iframe documents walked. */
  frames: Document[];
  /** Text fields met while walking (textarea, text inputs), in document order. */
  fields: (HTMLTextAreaElement | HTMLInputElement)[];
}

export interface TextMapOptions {
  /** Elements to skip entirely (our own UI host). */
  exclude?: (el: Element) => boolean;
  /** Include same-origin iframes (default true). */
  frames?: boolean;
}

/** Elements whose content is never rendered text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE',
  'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'IMG', 'PICTURE', 'SOURCE', 'TRACK',
  'SELECT', 'OPTION', 'OPTGROUP', 'DATALIST', 'BUTTON', 'METER', 'PROGRESS', 'MAP', 'AREA',
]);
/** Used when computed style is not available (tests, detached documents). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'THEAD',
  'TBODY', 'TFOOT', 'UL', 'CENTER', 'LISTING', 'XMP', 'PLAINTEXT',
]);
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

type Layout = 'inline' | 'block' | 'row' | 'cell' | 'none';
type WS = 'collapse' | 'pre' | 'pre-line';

interface State {
  visible: boolean;
  ws: WS;
  root: Node;
}

interface Leave {
  leave: true;
  layout: Layout;
  state: boolean; // whether a State was pushed
  row: boolean; // whether a row counter was pushed
  cell: boolean;
}

const isWs = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

function layoutOf(el: Element, style: CSSStyleDeclaration | null): Layout {
  const d = style?.display || '';
  if (d) {
    if (d === 'none') return 'none';
    if (d === 'table-cell') return 'cell';
    if (d === 'table-row') return 'row';
    if (d === 'contents') return 'inline';
    if (d.startsWith('inline') || d === 'ruby' || d === 'ruby-text') return 'inline';
    return 'block'; // block, flex, grid, list-item, table, flow-root, table-caption, table-row-group …
  }
  const t = el.tagName;
  if (t === 'TD' || t === 'TH') return 'cell';
  if (t === 'TR') return 'row';
  return BLOCK_TAGS.has(t) ? 'block' : 'inline';
}

function wsOf(style: CSSStyleDeclaration | null, el: Element, parent: WS): WS {
  const v = style?.whiteSpace || style?.getPropertyValue?.('white-space') || '';
  if (v) {
    if (v === 'pre' || v === 'pre-wrap' || v === 'break-spaces') return 'pre';
    if (v === 'pre-line') return 'pre-line';
    if (v === 'normal' || v === 'nowrap') return 'collapse';
  }
  const t = el.tagName;
  if (t === 'PRE' || t === 'LISTING' || t === 'XMP' || t === 'PLAINTEXT') return 'pre';
  return parent;
}

/**
 * Incremental builder. Feed it with `run(slice?)`; it walks the tree with an explicit stack so it can stop
 * at any node and resume in a later task.
 */
export class TextMapBuilder {
  private parts: string[] = [];
  private len = 0;
  /** Last output char code (0 at start). */
  private last = 0;
  /** Whether the last output char is a collapsible space that we emitted (and may drop before a break). */
  private lastIsSoftSpace = false;
  private segments: Segment[] = [];
  private stack: (Node | Leave)[] = [];
  private states: State[] = [];
  private rows: number[] = [];
  private cellDepth = 0;
  readonly shadowRoots: ShadowRoot[] = [];
  readonly frames: Document[] = [];
  readonly fields: (HTMLTextAreaElement | HTMLInputElement)[] = [];
  private exclude: (el: Element) => boolean;
  private withFrames: boolean;
  done = false;

  constructor(root: Node, opts: TextMapOptions = {}) {
    this.exclude = opts.exclude ?? (() => false);
    this.withFrames = opts.frames ?? true;
    const r = root.getRootNode ? root.getRootNode() : root;
    this.states.push({ visible: true, ws: 'collapse', root: r });
    this.stack.push(root);
  }

  /** Process nodes until the stack is empty or the slice is spent. Returns true when finished. */
  run(slice?: Slice): boolean {
    const stack = this.stack;
    let n = 0;
    while (stack.length) {
      const item = stack.pop()!;
      if ((item as Leave).leave === true) this.leave(item as Leave);
      else this.visit(item as Node);
      if (slice && (++n & 63) === 0 && slice.expired()) return false;
    }
    this.done = true;
    return true;
  }

  /** Build to completion in one go. */
  finish(): TextMap {
    this.run();
    return this.result();
  }

  /** Build in slices, yielding between them. `check` may throw to cancel. */
  async finishAsync(check?: () => void, slice = new Slice()): Promise<TextMap> {
    while (!this.run(slice)) {
      await slice.next();
      check?.();
    }
    return this.result();
  }

  result(): TextMap {
    // Trailing soft space and line breaks carry no meaning.
    return {
      text: this.parts.join(''),
      segments: this.segments,
      shadowRoots: this.shadowRoots,
      frames: this.frames,
      fields: this.fields,
    };
  }

  private get state(): State {
    return this.states[this.states.length - 1];
  }

  private visit(node: Node): void {
    const type = node.nodeType;
    if (type === 3) {
      this.text(node as Text);
      return;
    }
    if (type === 11 || type === 9) {
      // shadow root or document
      this.pushChildren(node);
      return;
    }
    if (type !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (this.exclude(el)) return;
    if (el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') {
      this.hardBreak();
      return;
    }
    if (tag === 'TEXTAREA') {
      this.fields.push(el as HTMLTextAreaElement);
      return;
    }
    if (tag === 'INPUT') {
      const t = ((el as HTMLInputElement).getAttribute('type') || '').toLowerCase();
      if (TEXT_INPUT_TYPES.has(t)) this.fields.push(el as HTMLInputElement);
      return;
    }
    const view = el.ownerDocument?.defaultView;
    let style: CSSStyleDeclaration | null = null;
    try {
      style = view ? view.getComputedStyle(el) : null;
    } catch {
      style = null;
    }
    const layout = layoutOf(el, style);
    if (layout === 'none') return;
    if (el.hasAttribute('hidden') && el.getAttribute('hidden') !== 'until-found') return;
    if (tag === 'IFRAME' || tag === 'FRAME') {
      if (!this.withFrames) return;
      let doc: Document | null = null;
      try {
        doc = (el as HTMLIFrameElement).contentDocument;
      } catch {
        doc = null; // cross-origin
      }
      if (!doc || !doc.body) return;
      this.frames.push(doc);
      this.block();
      this.stack.push({ leave: true, layout: 'block', state: true, row: false, cell: false });
      this.states.push({ visible: true, ws: 'collapse', root: doc });
      this.stack.push(doc.body);
      return;
    }
    const parent = this.state;
    const visibility = style?.visibility || '';
    const visible = visibility ? visibility === 'visible' : parent.visible;
    const ws = wsOf(style, el, parent.ws);
    const sr = (el as HTMLElement).shadowRoot;
    const pushState = visible !== parent.visible || ws !== parent.ws || !!sr;

    // enter
    let row = false;
    let cell = false;
    if (layout === 'row') {
      this.block();
      this.rows.push(0);
      row = true;
    } else if (layout === 'cell') {
      const r = this.rows.length - 1;
      if (r >= 0) {
        if (this.rows[r] > 0) this.sep('\t');
        this.rows[r]++;
      } else this.softSpace();
      this.cellDepth++;
      cell = true;
    } else if (layout === 'block') {
      this.block();
    }
    this.stack.push({ leave: true, layout, state: pushState, row, cell });
    if (pushState) this.states.push({ visible, ws, root: sr ? sr : parent.root });
    if (sr) {
      this.shadowRoots.push(sr);
      this.pushChildren(sr);
    } else if (tag === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length) {
        // slotted nodes live in the light tree of the host
        this.stack.push({ leave: true, layout: 'inline', state: true, row: false, cell: false });
        const host = (parent.root as ShadowRoot).host;
        this.states.push({ visible, ws, root: host ? host.getRootNode() : parent.root });
        for (let i = assigned.length - 1; i >= 0; i--) this.stack.push(assigned[i]);
      } else this.pushChildren(el);
    } else this.pushChildren(el);
  }

  private pushChildren(node: Node): void {
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) this.stack.push(kids[i]);
  }

  private leave(l: Leave): void {
    if (l.state) this.states.pop();
    if (l.layout === 'block') this.block();
    else if (l.layout === 'row') {
      this.rows.pop();
      this.block();
    } else if (l.cell) this.cellDepth--;
  }

  /** A block boundary: '\n' (inside a table cell only a space, to keep the row on one line). */
  private block(): void {
    if (this.cellDepth > 0) this.softSpace();
    else this.sep('\n');
  }

  private hardBreak(): void {
    if (this.cellDepth > 0) {
      this.softSpace();
      return;
    }
    this.dropSoftSpace();
    this.push('\n');
  }

  private sep(ch: '\n' | '\t'): void {
    if (this.len === 0) return;
    this.dropSoftSpace();
    if (ch === '\n' && this.last === 10) return;
    this.push(ch);
  }

  private softSpace(): void {
    if (this.len === 0 || isWs(this.last)) return;
    this.push(' ');
    this.lastIsSoftSpace = true;
  }

  private dropSoftSpace(): void {
    if (!this.lastIsSoftSpace) return;
    // the soft space is always the last part, pushed alone
    this.parts.pop();
    this.len--;
    const seg = this.segments[this.segments.length - 1];
    if (seg && seg.end > this.len) this.segments.pop();
    const prev = this.parts[this.parts.length - 1];
    this.last = prev ? prev.charCodeAt(prev.length - 1) : 0;
    this.lastIsSoftSpace = false;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
    this.last = s.charCodeAt(s.length - 1);
    this.lastIsSoftSpace = false;
  }

  private text(node: Text): void {
    const st = this.state;
    if (!st.visible) return;
    const data = node.data;
    const n = data.length;
    if (!n) return;
    const root = st.root;
    if (st.ws === 'pre') {
      // keep every char; tabs would read as table cells, so they become spaces (same length)
      let s = data.replace(/\r/g, ' ').replace(/\t/g, ' ').replace(/\f/g, ' ');
      const start = this.len;
      this.push(s);
      this.segments.push({ start, end: start + n, node, nodeStart: 0, nodeEnd: n, root });
      return;
    }
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isWs(c)) {
        let j = i + 1;
        let nl = c === 10;
        while (j < n && isWs(data.charCodeAt(j))) {
          if (data.charCodeAt(j) === 10) nl = true;
          j++;
        }
        if (st.ws === 'pre-line' && nl) {
          this.dropSoftSpace();
          const start = this.len;
          this.push('\n');
          this.segments.push({ start, end: start + 1, node, nodeStart: i, nodeEnd: j, root });
        } else if (this.len > 0 && !isWs(this.last)) {
          const start = this.len;
          this.push(' ');
          this.lastIsSoftSpace = true;
          this.segments.push({ start, end: start + 1, node, nodeStart: i, nodeEnd: j, root });
        }
        i = j;
      } else {
        let j = i + 1;
        while (j < n && !isWs(data.charCodeAt(j))) j++;
        const start = this.len;
        this.push(i === 0 && j === n ? data : data.slice(i, j));
        // merge with the previous segment when contiguous in the same node
        const prev = this.segments[this.segments.length - 1];
        if (prev && prev.node === node && prev.end === start && prev.nodeEnd === i && prev.end - prev.start === prev.nodeEnd - prev.nodeStart) {
          prev.end = start + (j - i);
          prev.nodeEnd = j;
        } else this.segments.push({ start, end: start + (j - i), node, nodeStart: i, nodeEnd: j, root });
        i = j;
      }
    }
  }
}

export function buildTextMap(root: Node, opts?: TextMapOptions): TextMap {
  return new TextMapBuilder(root, opts).finish();
}

export function buildTextMapAsync(root: Node, opts?: TextMapOptions, check?: () => void): Promise<TextMap> {
  return new TextMapBuilder(root, opts).finishAsync(check);
}

/** Index of the first segment whose end is > off (segments are sorted and disjoint). */
function firstEndAfter(segs: Segment[], off: number): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].end > off) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

function pointIn(seg: Segment, off: number, bias: 'start' | 'end'): number {
  const outLen = seg.end - seg.start;
  const srcLen = seg.nodeEnd - seg.nodeStart;
  if (outLen === srcLen) return seg.nodeStart + (off - seg.start);
  // collapsed whitespace: one output char for a run
  if (off <= seg.start) return seg.nodeStart;
  if (off >= seg.end) return seg.nodeEnd;
  return bias === 'start' ? seg.nodeStart : seg.nodeEnd;
}

/**
 * DOM ranges covering output [start, end). Usually one; several when the span crosses a shadow root or
 * an iframe boundary (a Range cannot). Synthetic characters (line breaks, tabs) map to nothing.
 */
export function rangesFor(map: TextMap, start: number, end: number): Range[] {
  const segs = map.segments;
  if (end <= start) return [];
  let i = firstEndAfter(segs, start);
  const out: Range[] = [];
  let groupStart: DomPoint | null = null;
  let groupEnd: DomPoint | null = null;
  let groupRoot: Node | null = null;
  const flush = () => {
    if (!groupStart || !groupEnd) return;
    const doc = groupStart.node.ownerDocument!;
    const r = doc.createRange();
    r.setStart(groupStart.node, groupStart.offset);
    r.setEnd(groupEnd.node, groupEnd.offset);
    if (!r.collapsed) out.push(r);
    groupStart = groupEnd = null;
  };
  for (; i < segs.length && segs[i].start < end; i++) {
    const seg = segs[i];
    const s = Math.max(start, seg.start);
    const e = Math.min(end, seg.end);
    if (e <= s) continue;
    if (groupRoot !== seg.root) {
      flush();
      groupRoot = seg.root;
    }
    if (!groupStart) groupStart = { node: seg.node, offset: pointIn(seg, s, 'start') };
    groupEnd = { node: seg.node, offset: pointIn(seg, e, 'end') };
  }
  flush();
  return out;
}

/** Output offset of a DOM position (node, offset), or -1 if the node is not mapped. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const segs = map.segments;
  if (node.nodeType !== 3) {
    // an element position: use the text node just after it, if any
    const child = node.childNodes[offset] ?? null;
    if (child && child.nodeType === 3) return offsetOf(map, child, 0);
    return -1;
  }
  const index = indexOfNode(map);
  const list = index.get(node as Text);
  if (!list) return -1;
  for (const k of list) {
    const seg = segs[k];
    if (offset >= seg.nodeStart && offset <= seg.nodeEnd) {
      if (seg.end - seg.start === seg.nodeEnd - seg.nodeStart) return seg.start + (offset - seg.nodeStart);
      return seg.start;
    }
  }
  // offset inside dropped whitespace: nearest segment of the node
  const seg = segs[list[0]];
  return offset < seg.nodeStart ? seg.start : segs[list[list.length - 1]].end;
}

const nodeIndex = new WeakMap<TextMap, Map<Text, number[]>>();
function indexOfNode(map: TextMap): Map<Text, number[]> {
  let m = nodeIndex.get(map);
  if (!m) {
    m = new Map();
    map.segments.forEach((s, i) => {
      const l = m!.get(s.node);
      if (l) l.push(i);
      else m!.set(s.node, [i]);
    });
    nodeIndex.set(map, m);
  }
  return m;
}

/** Whether every mapped node is still in its document (a re-rendered page makes old maps stale). */
export function isMapLive(map: TextMap): boolean {
  for (const s of map.segments) if (!s.node.isConnected) return false;
  return true;
}

/**
 * Output offsets [start, end) covered by a DOM range (a user's selection), or null when it covers no mapped text.
 * Works for element boundaries too (triple-click selections end at an element position).
 */
export function offsetsOfRange(map: TextMap, range: Range): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const seg of map.segments) {
    const node = seg.node;
    if (node.ownerDocument !== range.startContainer.ownerDocument) continue;
    let hit = false;
    try {
      hit = range.intersectsNode(node);
    } catch {
      hit = false;
    }
    if (!hit) continue;
    const s = node === range.startContainer ? Math.max(range.startOffset, seg.nodeStart) : seg.nodeStart;
    const e = node === range.endContainer ? Math.min(range.endOffset, seg.nodeEnd) : seg.nodeEnd;
    if (e <= s && !(seg.nodeEnd === seg.nodeStart)) continue;
    const same = seg.end - seg.start === seg.nodeEnd - seg.nodeStart;
    const os = same ? seg.start + (s - seg.nodeStart) : seg.start;
    const oe = same ? seg.start + (e - seg.nodeStart) : seg.end;
    if (oe <= os) continue;
    start = Math.min(start, os);
    end = Math.max(end, oe);
  }
  if (!(end > start)) return null;
  // trim whitespace the user swept up
  while (start < end && /\s/u.test(map.text[start])) start++;
  while (end > start && /\s/u.test(map.text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
