/** Hit-testing: highlights receive no events, so map a point to a text position ourselves. */
export interface Caret {
  node: Node;
  offset: number;
}

export function caretFromPoint(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | null {
  const d = doc as any;
  if (typeof d.caretPositionFromPoint === 'function') {
    let p: any = null;
    try {
      p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    } catch {
      p = d.caretPositionFromPoint(x, y);
    }
    if (p && p.offsetNode) return { node: p.offsetNode, offset: p.offset };
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r: Range | null = d.caretRangeFromPoint(x, y);
    if (r) return { node: r.startContainer, offset: r.startOffset };
  }
  return null;
}

/** Whether (x, y) lies inside one of the range's line boxes (caret APIs snap to the nearest text). */
export function rangeContainsPoint(range: Range, x: number, y: number, slop = 2): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/** Offset of an iframe's content box in its parent viewport (to translate coordinates). */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let d: Document | null = doc;
  while (d && d.defaultView && d.defaultView.frameElement) {
    const fe = d.defaultView.frameElement as HTMLElement;
    const r = fe.getBoundingClientRect();
    x += r.left + fe.clientLeft;
    y += r.top + fe.clientTop;
    d = fe.ownerDocument;
  }
  return { x, y };
}
