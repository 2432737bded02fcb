/**
 * Editing one reviewer note: text, tags, status (+ reason for 误报). Used in the page (NoteCard, inside our shadow
 * root) and in the side panel's notes tab. Nothing typed is lost: closing with unsaved changes saves them.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NOTE_STATUSES, type NoteStatus } from '../lib/annotations/types.ts';
import { normaliseTags as norm } from '../lib/annotations/note.ts';
import { statusLabel, t, type Locale } from './i18n.ts';

export interface NoteDraft {
  body: string;
  tags: string[];
  status: NoteStatus;
  reason?: string;
}

export interface NoteEditorProps {
  initial: NoteDraft;
  locale: Locale;
  autoFocus?: boolean;
  /** Throws (or rejects) with a message when it cannot save. */
  onSave: (d: NoteDraft) => Promise<void>;
  onCancel?: () => void;
  onDelete?: () => void;
  /** Lets the owner save pending edits before it closes the editor (e.g. another card opens). */
  registerFlush?: (flush: () => Promise<void>) => void;
  idPrefix: string;
}

export function parseTags(s: string): string[] {
  return norm(s.split(/[,，;；、\n]/u));
}

function same(a: NoteDraft, b: NoteDraft): boolean {
  return a.body === b.body && a.status === b.status && (a.reason ?? '') === (b.reason ?? '') && a.tags.join('\u0000') === b.tags.join('\u0000');
}

export function NoteEditor({ initial, locale: L, autoFocus, onSave, onCancel, onDelete, registerFlush, idPrefix }: NoteEditorProps) {
  const [body, setBody] = useState(initial.body);
  const [tags, setTags] = useState(initial.tags.join('，'));
  const [status, setStatus] = useState<NoteStatus>(initial.status);
  const [reason, setReason] = useState(initial.reason ?? '');
  const [msg, setMsg] = useState('');
  const [busy, setBusy] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const saved = useRef<NoteDraft>(initial);

  const draft = (): NoteDraft => {
    const d: NoteDraft = { body: body.trim() ? body.replace(/\s+$/u, '') : '', tags: parseTags(tags), status };
    if (reason.trim()) d.reason = reason.trim();
    return d;
  };
  const dirty = () => !same(draft(), saved.current);

  const save = async (): Promise<boolean> => {
    const d = draft();
    if (d.status === 'false-positive' && !d.reason) {
      setMsg(t(L, 'reasonRequired'));
      return false;
    }
    setBusy(true);
    try {
      await onSave(d);
      saved.current = d;
      setMsg(t(L, 'noteSaved'));
      return true;
    } catch (e) {
      setMsg(t(L, 'actionFailed') + String((e as Error)?.message ?? e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  // The latest closure, for the owner's flush before closing.
  const latest = useRef({ save, dirty });
  latest.current = { save, dirty };
  useEffect(() => {
    registerFlush?.(async () => {
      if (latest.current.dirty()) await latest.current.save();
    });
  }, []);

  useLayoutEffect(() => {
    if (autoFocus) bodyRef.current?.focus();
  }, [autoFocus]);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <form
      class="nc"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={onKey}
    >
      <label for={`${idPrefix}-body`}>{t(L, 'noteBody')}</label>
      <textarea id={`${idPrefix}-body`} ref={bodyRef} name="body" value={body} onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)} />
      <label for={`${idPrefix}-tags`}>{t(L, 'tags')}</label>
      <input id={`${idPrefix}-tags`} name="tags" type="text" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
      <div class="row">
        <div>
          <label for={`${idPrefix}-status`}>{t(L, 'status')}</label>
          <select id={`${idPrefix}-status`} name="status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as NoteStatus)}>
            {NOTE_STATUSES.map((s) => (
              <option value={s}>{statusLabel(s, L)}</option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${idPrefix}-reason`}>{t(L, 'reason')}</label>
          <input
            id={`${idPrefix}-reason`}
            name="reason"
            type="text"
            value={reason}
            required={status === 'false-positive'}
            placeholder={status === 'false-positive' ? t(L, 'reasonPlaceholder') : ''}
            onInput={(e) => setReason((e.target as HTMLInputElement).value)}
          />
        </div>
      </div>
      <div class="actions" role="group">
        <button type="submit" class="primary" disabled={busy} data-act="save" title="Ctrl+Enter">
          {t(L, 'save')}
        </button>
        {onCancel && (
          <button type="button" disabled={busy} data-act="cancel" onClick={onCancel}>
            {t(L, 'cancel')}
          </button>
        )}
        {onDelete && (
          <button type="button" disabled={busy} data-act="delete" onClick={onDelete}>
            {t(L, 'delete')}
          </button>
        )}
      </div>
      <p class="note" role="status" aria-live="polite">
        {msg}
      </p>
    </form>
  );
}
