import { useCallback, useEffect, useRef, useState } from 'react';
import { saveDeclarationDraft } from '../../../api/endpoints.ts';
import type { DeclarationContent, FieldProblem } from '../../../api/types.ts';
import { type KeyedProblem, keyProblems } from './problems.ts';

/** Quiet time after the last keystroke before the draft is saved. */
const AUTOSAVE_MS = 1500;

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed'; error: unknown };

/**
 * The draft as typed, saved to the server a moment after each change (one save at a time, the
 * newest content each time) and on leaving the page; every save answers the field problems.
 * A draft is never lost: the server keeps wrong values too.
 */
export function useDraft(id: string, initial: DeclarationContent, initialProblems: FieldProblem[]) {
  const [content, setContent] = useState(initial);
  const [problems, setProblems] = useState<KeyedProblem[]>(() =>
    keyProblems(initial, initialProblems),
  );
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const latest = useRef(initial);
  const saved = useRef(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve(null));

  /**
   * Saves the newest content after any save under way; `force` saves it even if unchanged.
   * Resolves to the error when the save failed, else null.
   */
  const saveNow = useCallback(
    (force = false): Promise<unknown> => {
      const run = async () => {
        const snapshot = latest.current;
        if (!force && snapshot === saved.current) return null;
        setSave({ state: 'saving' });
        try {
          const answer = await saveDeclarationDraft(id, snapshot);
          saved.current = snapshot;
          setProblems(keyProblems(snapshot, answer.problems));
          setSave({ state: 'saved', at: new Date() });
          return null;
        } catch (error) {
          setSave({ state: 'failed', error });
          return error;
        }
      };
      const next = queue.current.then(run);
      queue.current = next;
      return next;
    },
    [id],
  );

  useEffect(() => {
    latest.current = content;
    if (content === saved.current) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [content, saveNow]);

  // Leaving the page inside the quiet time still saves; closing the tab asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current !== saved.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (latest.current !== saved.current) void saveNow();
    };
  }, [saveNow]);

  /** Takes what the server now holds (after pre-fill) as both the form and the saved draft. */
  const replace = useCallback((next: DeclarationContent) => {
    saved.current = next;
    latest.current = next;
    setContent(next);
  }, []);

  /** Problems of a refused submission, for the content last saved. */
  const showProblems = useCallback((found: FieldProblem[]) => {
    setProblems(keyProblems(saved.current, found));
  }, []);

  return {
    content,
    setContent,
    problems,
    save,
    saveNow,
    replace,
    showProblems,
    dirty: content !== saved.current,
  };
}
