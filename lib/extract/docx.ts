/**
 * .docx → text via mammoth (tables keep their cells, so a post table's 性别 column is still a column).
 */
import mammoth from 'mammoth';
import { htmlToText } from './html.ts';

export async function docxToText(data: ArrayBuffer | Uint8Array): Promise<string> {
  const buffer = data instanceof Uint8Array ? data : new Uint8Array(data);
  const input = typeof Buffer !== 'undefined' ? { buffer: Buffer.from(buffer) } : { arrayBuffer: buffer.buffer as ArrayBuffer };
  const { value } = await mammoth.convertToHtml(input as { buffer: Buffer });
  return htmlToText(value);
}
