// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, buildTextMapAsync, offsetOf, rangesFor } from '../../lib/dom/textmap.ts';

function mapOf(html: string, opts?: Parameters<typeof buildTextMap>[1]) {
  document.body.innerHTML = html;
  return buildTextMap(document.body, opts);
}

describe('text map', () => {
  it('ends blocks and <br> with a line break and collapses whitespace', () => {
    const m = mapOf('<h1>第一条  招聘</h1>\n  <p>招聘条件：\n   限男性，35周岁以下。</p><div>甲<br>乙 <b>丙</b></div>');
    expect(m.text).toBe('第一条 招聘\n招聘条件： 限男性，35周岁以下。\n甲\n乙 丙\n');
  });

  it('puts tabs between cells and line breaks between rows', () => {
    const m = mapOf('<table><tr><th>岗位</th><th>性别</th><th>学历</th></tr><tr><td>司机</td><td>男</td><td><p>本科</p></td></tr></table>');
    expect(m.text).toBe('岗位\t性别\t学历\n司机\t男\t本科\n');
  });

  it('skips scripts, styles, hidden and aria-hidden content and excluded hosts', () => {
    const m = mapOf(
      '<p>甲</p><script>var x="限男性"</script><style>p{}</style><noscript>限男性</noscript><template>限男性</template>' +
        '<p hidden>限男性</p><p style="display:none">限男性</p><p aria-hidden="true">限男性</p>' +
        '<p><span style="visibility:hidden">隐藏</span>乙</p><div id="gea-host">我们的界面</div>',
      { exclude: (el) => el.id === 'gea-host' },
    );
    expect(m.text).toBe('甲\n乙\n');
    expect(m.text).not.toContain('限男性');
  });

  it('records text fields instead of reading them', () => {
    const m = mapOf('<p>说明</p><textarea>限男性</textarea><input value="x"><input type="checkbox">');
    expect(m.text).toBe('说明\n');
    expect(m.fields.map((f) => f.tagName)).toEqual(['TEXTAREA', 'INPUT']);
  });

  it('maps offsets back to exact DOM ranges', () => {
    const m = mapOf('<p>招聘条件：<b>限男</b>性，  35周岁以下。</p><p>性别不限</p>');
    const text = m.text;
    const s = text.indexOf('限男性');
    const [r] = rangesFor(m, s, s + 3);
    expect(r.toString()).toBe('限男性');
    const s2 = text.indexOf('35周岁');
    expect(rangesFor(m, s2 - 2, s2 + 4)[0].toString()).toBe('，  35周岁');
    // round trip
    const b = document.querySelector('b')!.firstChild!;
    expect(offsetOf(m, b, 1)).toBe(s + 1);
    const p2 = document.querySelectorAll('p')[1].firstChild!;
    expect(text.slice(offsetOf(m, p2, 0), offsetOf(m, p2, 4))).toBe('性别不限');
  });

  it('splits ranges that cross an open shadow root and includes its text', () => {
    document.body.innerHTML = '<p>前文<x-el></x-el>后文</p>';
    const host = document.querySelector('x-el')!;
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = '<span>限男性</span>';
    const m = buildTextMap(document.body);
    expect(m.text).toBe('前文限男性后文\n');
    expect(m.shadowRoots).toHaveLength(1);
    const rs = rangesFor(m, 1, 6);
    expect(rs.map(String)).toEqual(['文', '限男性', '后']);
    const [inner] = rangesFor(m, 2, 5);
    expect(inner.toString()).toBe('限男性');
    expect(inner.startContainer.getRootNode()).toBe(sr);
  });

  it('follows slots', () => {
    document.body.innerHTML = '<x-card><span>限男性</span></x-card>';
    const host = document.querySelector('x-card')!;
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = '<div>条件：<slot></slot>。</div>';
    const m = buildTextMap(document.body);
    expect(m.text).toBe('条件：限男性。\n');
    const s = m.text.indexOf('限男性');
    expect(rangesFor(m, s, s + 3)[0].toString()).toBe('限男性');
  });

  it('keeps preformatted text', () => {
    const m = mapOf('<pre>性别\t学历\n男  本科</pre>');
    expect(m.text).toBe('性别 学历\n男  本科\n');
    expect(rangesFor(m, 6, 8)[0].toString()).toBe('男 ');
  });

  it('builds the same map in slices', async () => {
    const html = Array.from({ length: 2000 }, (_, i) => `<p>第${i}条 招聘条件：<i>限男性</i>。</p>`).join('');
    document.body.innerHTML = html;
    const a = buildTextMap(document.body);
    const b = await buildTextMapAsync(document.body);
    expect(b.text).toBe(a.text);
    expect(b.segments.length).toBe(a.segments.length);
  });
});

describe('offsetsOfRange (a selection → page text offsets)', () => {
  it('maps text, element and cross-element selections and trims whitespace', async () => {
    const { offsetsOfRange } = await import('../../lib/dom/textmap.ts');
    const m = mapOf('<p id="a">第三条 招聘条件：限<b>男性</b>，大专。</p><p id="b">第五条 提供哺乳室。</p>');
    const a = document.getElementById('a')!;
    const r = document.createRange();
    // inside one text node
    r.setStart(a.firstChild!, 9);
    r.setEnd(a.firstChild!, 10);
    expect(m.text.slice(...Object.values(offsetsOfRange(m, r)!) as [number, number])).toBe('限');
    // across the <b>
    r.setEnd(a.querySelector('b')!.firstChild!, 2);
    let o = offsetsOfRange(m, r)!;
    expect(m.text.slice(o.start, o.end)).toBe('限男性');
    // element boundaries (a triple-click selects the whole paragraph), trailing line break trimmed
    r.setStart(a, 0);
    r.setEnd(document.getElementById('b')!, 0);
    o = offsetsOfRange(m, r)!;
    expect(m.text.slice(o.start, o.end)).toBe('第三条 招聘条件：限男性，大专。');
    // nothing mapped
    r.setStart(a.firstChild!, 3);
    r.setEnd(a.firstChild!, 4); // the space only
    expect(offsetsOfRange(m, r)).toBeNull();
  });
});
