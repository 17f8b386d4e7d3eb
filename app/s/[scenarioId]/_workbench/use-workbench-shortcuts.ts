'use client';
import { useEffect } from 'react';

interface Shortcuts {
  undo: () => void;
  redo: () => void;
  showShortcuts: () => void;
  /** Shows the step before (-1) or after (+1) the one shown. */
  stepBy: (offset: -1 | 1) => void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The workbench's keys: undo/redo (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y), ? for the
 * shortcuts, [ and ] for the step before and after. Anywhere but in a text field (which keeps its
 * own undo) or an open dialog (which stands between the person and the workbench).
 */
export function useWorkbenchShortcuts({ undo, redo, showShortcuts, stepBy }: Shortcuts): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
      } else if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        redo();
      } else if (!mod && !event.altKey && event.key === '?') {
        event.preventDefault();
        showShortcuts();
      } else if (!mod && !event.altKey && (event.key === '[' || event.key === ']')) {
        event.preventDefault();
        stepBy(event.key === '[' ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, showShortcuts, stepBy]);
}
