/**
 * One pass over the text finds every trigger word of every rule (Aho–Corasick automaton over UTF-16 units), so
 * a rule's regular expressions only run in the sentences that contain one of its triggers.
 */

export class TriggerIndex<T> {
  private goto: Array<Map<number, number>> = [new Map()];
  private fail: number[] = [0];
  private out: T[][] = [[]];
  private built = false;

  add(word: string, value: T): void {
    if (!word) return;
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let nxt = this.goto[s].get(c);
      if (nxt === undefined) {
        nxt = this.goto.length;
        this.goto.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.goto[s].set(c, nxt);
      }
      s = nxt;
    }
    if (!this.out[s].includes(value)) this.out[s].push(value);
    this.built = false;
  }

  private build(): void {
    const queue: number[] = [];
    for (const [, s] of this.goto[0]) {
      this.fail[s] = 0;
      queue.push(s);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const r = queue[qi];
      for (const [c, s] of this.goto[r]) {
        queue.push(s);
        let f = this.fail[r];
        while (f !== 0 && !this.goto[f].has(c)) f = this.fail[f];
        const g = this.goto[f].get(c);
        this.fail[s] = g !== undefined && g !== s ? g : 0;
        for (const v of this.out[this.fail[s]]) if (!this.out[s].includes(v)) this.out[s].push(v);
      }
    }
    this.built = true;
  }

  /** Calls `hit(endIndexExclusive, value)` for every occurrence of every word. */
  scan(text: string, hit: (end: number, value: T) => void): void {
    if (!this.built) this.build();
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (s !== 0 && !this.goto[s].has(c)) s = this.fail[s];
      s = this.goto[s].get(c) ?? 0;
      const o = this.out[s];
      for (let k = 0; k < o.length; k++) hit(i + 1, o[k]);
    }
  }
}
