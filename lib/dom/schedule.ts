/**
 * Cooperative scheduling: long work is split into slices that each stay well under
 * the 50 ms long-task threshold, yielding to the page between slices.
 */

/** Time budget of one slice, in ms. */
export const SLICE_MS = 12;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Yield to the event loop (input, rendering) and resume in a new task. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as any).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  if (typeof MessageChannel !== 'undefined') {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(0);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A deadline helper: `expired()` turns true once the slice budget is spent. */
export class Slice {
  private end: number;
  constructor(private budget = SLICE_MS) {
    this.end = now() + budget;
  }
  expired(): boolean {
    return now() >= this.end;
  }
  async next(): Promise<void> {
    await yieldToMain();
    this.end = now() + this.budget;
  }
}

/** Thrown by sliced work when a newer run superseded it. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Monotonic token: start() returns a check that throws once a newer start() happened. */
export class RunToken {
  private n = 0;
  start(): () => void {
    const mine = ++this.n;
    return () => {
      if (mine !== this.n) throw new Cancelled();
    };
  }
  cancel(): void {
    this.n++;
  }
}

export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number) {
  let t: ReturnType<typeof setTimeout> | undefined;
  const d = (...a: A) => {
    if (t !== undefined) clearTimeout(t);
    t = setTimeout(() => {
      t = undefined;
      fn(...a);
    }, ms);
  };
  d.cancel = () => {
    if (t !== undefined) clearTimeout(t);
    t = undefined;
  };
  return d;
}
