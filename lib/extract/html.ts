/**
 * Visible text of an HTML document, laid out the way the engine reads it: block elements and <br> end lines,
 * table cells are separated by tabs and rows by line breaks. No DOM needed (htmlparser2), so the CLI and a
 * future workspace page share it.
 */
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'canvas']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'thead', 'tbody', 'tfoot', 'ul', 'caption', 'body', 'html',
]);

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  const stack: Array<{ name: string; hidden: boolean }> = [];
  let hiddenDepth = 0;
  let cellInRow = 0;
  let cellDepth = 0;
  let pre = 0;
  const newline = () => {
    // Inside a table cell, paragraphs and line breaks stay in the cell: the row must stay one line.
    if (cellDepth > 0) {
      out.push(' ');
      return;
    }
    const last = out.length ? out[out.length - 1] : '';
    if (last && !last.endsWith('\n')) out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const style = (attrs.style ?? '').replace(/\s+/g, '').toLowerCase();
        const hidden =
          'hidden' in attrs || attrs['aria-hidden'] === 'true' || style.includes('display:none') || style.includes('visibility:hidden');
        stack.push({ name, hidden });
        if (hidden) hiddenDepth++;
        if (SKIP.has(name)) skipDepth++;
        if (name === 'pre') pre++;
        if (name === 'tr') cellInRow = 0;
        if (name === 'td' || name === 'th') {
          if (cellInRow++ > 0) out.push('\t');
          cellDepth++;
        } else if (name === 'br') newline();
        else if (BLOCK.has(name) || name === 'tr') newline();
      },
      ontext(text) {
        if (skipDepth || hiddenDepth) return;
        out.push(pre ? text : text.replace(/[ \t\r\n\f]+/g, ' '));
      },
      onclosetag(name) {
        // Pop to the matching element (tolerates unclosed tags).
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i].name !== name) continue;
          for (const e of stack.splice(i)) if (e.hidden) hiddenDepth--;
          break;
        }
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'td' || name === 'th') cellDepth = Math.max(0, cellDepth - 1);
        if (name === 'pre') pre--;
        if (BLOCK.has(name) || name === 'tr') newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/^ +| +$/g, '').replace(/ *\t */g, '\t'))
    .filter((l) => l.trim() !== '')
    .join('\n')
    .trim();
}
