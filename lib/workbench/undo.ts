/**
 * Undo and redo over a person's actions: a present state with the states before and after it.
 * Generic over the state so the workbench decides what an action is.
 */
export interface UndoHistory<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** How many earlier states are kept; older ones are dropped first. */
export const UNDO_LIMIT = 200;

export function startHistory<T>(present: T): UndoHistory<T> {
  return { past: [], present, future: [] };
}

/** Records the result of an action. An action that changed nothing is not recorded, so undo never seems dead. */
export function record<T>(history: UndoHistory<T>, next: T): UndoHistory<T> {
  if (Object.is(next, history.present)) return history;
  return { past: [...history.past, history.present].slice(-UNDO_LIMIT), present: next, future: [] };
}

export const canUndo = <T>(history: UndoHistory<T>): boolean => history.past.length > 0;
export const canRedo = <T>(history: UndoHistory<T>): boolean => history.future.length > 0;

export function undo<T>(history: UndoHistory<T>): UndoHistory<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: UndoHistory<T>): UndoHistory<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
