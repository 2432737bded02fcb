export * from './model.ts';
export { toMarkdown, mdEscape } from './markdown.ts';
export { toHtml, escapeHtml } from './html.ts';
export { toDocx } from './docx.ts';
