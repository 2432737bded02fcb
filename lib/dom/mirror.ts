/**
 * Overlay mirrors for textarea / text inputs: their text is not in the DOM, so we lay a transparent
 * copy with identical box and font over the field (inside our own shadow root) and highlight ranges in
 * the copy. The field itself, its caret and its scroll position are never touched.
 */
const COPY = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent',
  'textTransform', 'textAlign', 'direction', 'tabSize', 'wordBreak', 'overflowWrap', 'whiteSpace',
] as const;

export type Field = HTMLTextAreaElement | HTMLInputElement;

export class FieldMirror {
  readonly el: HTMLDivElement;
  readonly text: Text;
  private value = '';

  constructor(readonly field: Field, container: HTMLElement | ShadowRoot) {
    const doc = container.ownerDocument ?? document;
    this.el = doc.createElement('div');
    this.el.className = 'gea-mirror';
    this.el.setAttribute('aria-hidden', 'true');
    this.text = doc.createTextNode('');
    this.el.appendChild(this.text);
    container.appendChild(this.el);
    this.sync();
  }

  /** Update the copied text; returns true if it changed. Ranges into the old text become invalid. */
  syncText(): boolean {
    const v = this.field.value;
    if (v === this.value) return false;
    this.value = v;
    // a trailing line break needs a following char to take up a line, as in the textarea
    this.text.data = this.field.tagName === 'TEXTAREA' ? v + '\u200b' : v;
    return true;
  }

  get fieldValue(): string {
    return this.value;
  }

  /** Copy box, font and scroll position. Hides the mirror when the field is not visible. */
  sync(): void {
    const f = this.field;
    this.syncText();
    const s = this.el.style;
    if (!f.isConnected) {
      s.display = 'none';
      return;
    }
    const cs = getComputedStyle(f);
    const rect = f.getBoundingClientRect();
    const hidden =
      cs.display === 'none' || cs.visibility === 'hidden' || rect.width === 0 || rect.height === 0 ||
      rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth;
    if (hidden) {
      s.display = 'none';
      return;
    }
    s.display = 'block';
    s.position = 'absolute';
    s.left = `${rect.left}px`;
    s.top = `${rect.top}px`;
    for (const k of COPY) (s as any)[k] = (cs as any)[k];
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    s.boxSizing = 'border-box';
    s.borderColor = 'transparent';
    s.color = 'transparent';
    s.background = 'transparent';
    s.overflow = 'hidden';
    s.pointerEvents = 'none';
    s.margin = '0';
    if (f.tagName === 'INPUT') {
      s.whiteSpace = 'pre';
      s.overflowWrap = 'normal';
      // inputs centre their single line vertically
      s.lineHeight = `${rect.height - parseFloat(cs.borderTopWidth) - parseFloat(cs.borderBottomWidth) - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)}px`;
    } else {
      s.whiteSpace = 'pre-wrap';
      s.overflowWrap = 'break-word';
      s.overflowY = 'hidden';
    }
    this.el.scrollTop = f.scrollTop;
    this.el.scrollLeft = f.scrollLeft;
  }

  rangeFor(start: number, end: number): Range | null {
    const n = this.value.length;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e <= s) return null;
    const r = this.el.ownerDocument.createRange();
    r.setStart(this.text, s);
    r.setEnd(this.text, e);
    return r;
  }

  destroy(): void {
    this.el.remove();
  }
}

export function fieldLabel(f: Field): string {
  const aria = f.getAttribute('aria-label');
  if (aria) return aria;
  if (f.id) {
    const lab = f.ownerDocument.querySelector(`label[for="${CSS.escape(f.id)}"]`);
    if (lab?.textContent) return lab.textContent.trim();
  }
  const wrap = f.closest('label');
  if (wrap?.textContent) return wrap.textContent.trim();
  return f.getAttribute('placeholder') || f.getAttribute('name') || f.tagName.toLowerCase();
}
