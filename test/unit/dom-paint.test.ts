// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_NAMES, hasHighlightApi, highlightCss, highlightName, WrapPainter } from '../../lib/dom/paint.ts';
import { buildTextMap, rangesFor } from '../../lib/dom/textmap.ts';
import { caretFromPoint, rangeContainsPoint } from '../../lib/dom/hit.ts';

describe('painting', () => {
  it('names one highlight per category × severity, plus the active one', () => {
    expect(highlightName('violation', 'high')).toBe('gea-violation-high');
    expect(highlightName('threshold', 'low')).toBe('gea-threshold-low');
    expect(new Set(ALL_NAMES).size).toBe(8);
    const css = highlightCss();
    for (const n of ALL_NAMES) expect(css).toContain(`::highlight(${n})`);
    // each category has its own colour and underline style
    const looks = ALL_NAMES.map((n) => css.match(new RegExp(`::highlight\\(${n}\\) \\{([^}]*)\\}`))![1]);
    expect(new Set(looks).size).toBe(ALL_NAMES.length);
  });

  it('the manifest stylesheet is in sync with highlightCss()', () => {
    const file = readFileSync(resolve(process.cwd(), 'entrypoints/content/highlights.css'), 'utf8');
    expect(file.replace(/^\/\*.*\*\/\n/, '').trim()).toBe(highlightCss().trim());
  });

  it('falls back to wrapping in <mark> and restores the DOM exactly', () => {
    document.body.innerHTML = '<p>招聘条件：限<b>男性</b>，35周岁以下。</p><p>性别不限。</p>';
    const before = document.body.innerHTML;
    const map = buildTextMap(document.body);
    const s = map.text.indexOf('限男性');
    const p = new WrapPainter();
    expect(p.mode).toBe('wrap');
    p.add('f1', 'gea-violation-high', rangesFor(map, s, s + 3));
    const marks = document.querySelectorAll('mark.gea-mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['限', '男性']);
    expect(p.idAt(marks[1])).toBe('f1');
    expect(p.rangesOf('f1').map(String)).toEqual(['限', '男性']);
    p.setActive(p.rangesOf('f1'));
    expect(document.querySelectorAll('mark[data-gea-active]').length).toBe(2);
    p.remove('f1');
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.textContent).toContain('限男性');
  });

  it('detects the highlight API', () => {
    expect(hasHighlightApi({} as any)).toBe(false);
    expect(hasHighlightApi({ CSS: { highlights: new Map() }, Highlight: function () {} } as any)).toBe(true);
  });

  it('hit-testing helpers tolerate missing APIs', () => {
    expect(caretFromPoint({} as Document, 1, 1)).toBeNull();
    const fake = { getClientRects: () => [{ left: 10, right: 50, top: 10, bottom: 30 }] } as unknown as Range;
    expect(rangeContainsPoint(fake, 20, 20)).toBe(true);
    expect(rangeContainsPoint(fake, 80, 20)).toBe(false);
  });
});
