/** A reviewer note opened in the page: its passage, the editor, delete with undo. */
import { useRef } from 'preact/hooks';
import type { Note } from '../lib/annotations/types.ts';
import { NoteEditor, type NoteDraft } from './NoteEditor.tsx';
import { t, type Locale } from './i18n.ts';

export interface NoteCardProps {
  /** The stored note, or null for a new one (not saved yet). */
  note: Note | null;
  quote: string;
  ruleTitle?: string;
  locale: Locale;
  autoFocus?: boolean;
  /** How the note was placed this time (fuzzy = the text around it changed). */
  method?: string;
  onSave: (d: NoteDraft) => Promise<void>;
  onDelete?: () => void;
  onClose: () => void;
  registerFlush: (flush: () => Promise<void>) => void;
}

export function NoteCard({ note, quote, ruleTitle, locale: L, autoFocus, method, onSave, onDelete, onClose, registerFlush }: NoteCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const flush = useRef<() => Promise<void>>(async () => {});
  const id = `gea-note-${(note?.id ?? 'new').replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const close = async () => {
    await flush.current();
    onClose();
  };
  return (
    <div
      ref={ref}
      class="card note-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-h`}
      tabIndex={-1}
      data-note={note?.id ?? 'new'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          void close();
        }
      }}
    >
      <header>
        <span class="badge nbadge">{t(L, 'noteTitle')}</span>
        {ruleTitle && <span class="domain">{ruleTitle}</span>}
        {method === 'fuzzy' && <span class="muted">{t(L, 'fuzzyBadge')}</span>}
        <button class="x" type="button" aria-label={t(L, 'close')} title={`${t(L, 'close')} (Esc)`} onClick={() => void close()}>
          ×
        </button>
      </header>
      <h2 id={`${id}-h`}>{note ? t(L, 'noteTitle') : t(L, 'newNote')}</h2>
      <p class="quote">
        <span class="label">{t(L, 'quoteLabel')}：</span>
        <mark>{quote}</mark>
      </p>
      <NoteEditor
        idPrefix={id}
        locale={L}
        autoFocus={autoFocus}
        initial={note ? { body: note.body, tags: note.tags, status: note.status, reason: note.reason } : { body: '', tags: [], status: 'open' }}
        onSave={onSave}
        onCancel={note ? undefined : onClose}
        onDelete={note ? onDelete : undefined}
        registerFlush={(f) => {
          flush.current = f;
          registerFlush(f);
        }}
      />
      <p class="hint">Ctrl+Enter {t(L, 'save')} · {t(L, 'closeHint')}</p>
    </div>
  );
}
