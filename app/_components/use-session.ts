'use client';
/**
 * The workbench session as React state: undo/redo over every action, the local copy in the browser
 * (restored on load, saved as the person works) and the address bar kept in step with the path shown.
 */
import { useEffect, useReducer } from 'react';
import type { Scenario } from '../../machines/scenario';
import type { PathStep } from '../../lib/sim/path';
import type { LinkState } from '../../lib/share/codec';
import { branchWithSteps, openBranch, renameBranch, showPath, showStep, takeMove } from '../../lib/workbench/branch-tree';
import { restoreSession, serializeSession } from '../../lib/workbench/saved-session';
import { withCompare, withTree, type CompareTarget, type Session } from '../../lib/workbench/session';
import { canRedo, canUndo, record, redo, startHistory, undo, type UndoHistory } from '../../lib/workbench/undo';
import { messages } from './messages';
import { replaceUrlState } from './url-state';

export type SessionAction =
  | { type: 'move'; step: PathStep }
  | { type: 'show-step'; step: number }
  | { type: 'open-branch'; id: string }
  | { type: 'rename-branch'; id: string; name: string }
  | { type: 'compare'; target: CompareTarget | null }
  | { type: 'replace'; session: Session }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Loading the local copy is where the person was, not an action of theirs: it starts the undo history. */
  | { type: 'load'; session: Session | null; problem: string | null }
  | { type: 'dismiss-load-problem' };

interface State {
  history: UndoHistory<Session>;
  /** False until the local copy has been read; nothing is saved before, so it cannot be overwritten. */
  loaded: boolean;
  loadProblem: string | null;
}

const nameBranch = messages.workbench.branchName;

function apply(session: Session, action: SessionAction): Session {
  switch (action.type) {
    case 'move':
      return withTree(session, takeMove(session.tree, action.step, nameBranch));
    case 'show-step':
      return withTree(session, showStep(session.tree, action.step));
    case 'open-branch':
      return withTree(session, openBranch(session.tree, action.id));
    case 'rename-branch':
      return withTree(session, renameBranch(session.tree, action.id, action.name));
    case 'compare':
      return withCompare(session, action.target);
    case 'replace':
      return action.session;
    default:
      return session;
  }
}

function reducer(state: State, action: SessionAction): State {
  switch (action.type) {
    case 'undo':
      return { ...state, history: undo(state.history) };
    case 'redo':
      return { ...state, history: redo(state.history) };
    case 'load':
      return { history: action.session ? startHistory(action.session) : state.history, loaded: true, loadProblem: action.problem };
    case 'dismiss-load-problem':
      return { ...state, loadProblem: null };
    default:
      return { ...state, history: record(state.history, apply(state.history.present, action)) };
  }
}

const initialState = (session: Session): State => ({ history: startHistory(session), loaded: false, loadProblem: null });

export const storageKey = (scenarioId: string) => `parley:session:${scenarioId}`;

/** What the address asked for on arrival, to lay over the local copy once it is loaded. */
export interface Arrival {
  /** The path the address named (a link or a preset), or null when it named none. */
  path: readonly PathStep[] | null;
  seed: number | null;
  step: number | null;
  /** Parameter overrides a link carries; null when the address named none. */
  params: Readonly<Record<string, number>> | null;
  compare: LinkState['compare'];
}

function readLocalCopy(scenario: Scenario): { session: Session | null; problem: string | null } {
  let text: string | null;
  try {
    text = window.localStorage.getItem(storageKey(scenario.data.id));
  } catch {
    return { session: null, problem: null };
  }
  if (text === null) return { session: null, problem: null };
  const restored = restoreSession(scenario, text);
  if (restored.ok) return { session: restored.session, problem: null };
  // Keep the unreadable copy aside rather than overwrite it with the next save.
  try {
    window.localStorage.setItem(`${storageKey(scenario.data.id)}:unreadable`, text);
  } catch {
    /* storage full or blocked: nothing more to keep */
  }
  return { session: null, problem: restored.error.message };
}

/** A session with the arrival's path, step, seed, parameters and comparison laid over it. */
export function arriveAt(saved: Session, arrival: Arrival): Session {
  let tree = saved.tree;
  let compare = saved.compare;
  if (arrival.compare?.kind === 'path') {
    const pinned = branchWithSteps(tree, arrival.compare.path, nameBranch);
    tree = pinned.tree;
    compare = { kind: 'branch', id: pinned.id };
  } else if (arrival.compare?.kind === 'preset') {
    compare = { kind: 'preset', id: arrival.compare.presetId };
  }
  if (arrival.path) tree = showPath(tree, arrival.path, nameBranch);
  if (arrival.step !== null) tree = showStep(tree, arrival.step);
  return withCompare({ ...withTree(saved, tree), seed: arrival.seed ?? saved.seed, params: arrival.params ?? saved.params }, compare);
}

export function useSession(scenario: Scenario, initial: Session, arrival: Arrival) {
  const [{ history, loaded, loadProblem }, dispatch] = useReducer(reducer, initial, initialState);
  const session = history.present;

  // The server rendered the address's state; the local copy exists only here, after hydration.
  useEffect(() => {
    if (loaded) return;
    const local = readLocalCopy(scenario);
    dispatch({ type: 'load', session: local.session && arriveAt(local.session, arrival), problem: local.problem });
  }, [scenario, arrival, loaded]);

  useEffect(() => {
    if (!loaded) return;
    try {
      window.localStorage.setItem(storageKey(scenario.data.id), serializeSession(scenario, session));
    } catch {
      /* private mode or full storage: the session still works, it just is not kept */
    }
    replaceUrlState(scenario, session);
  }, [scenario, session, loaded]);

  return { session, act: dispatch, loaded, canUndo: canUndo(history), canRedo: canRedo(history), loadProblem };
}
