'use client';
/**
 * The workbench session as React state: undo/redo over every action, the local copy in the browser
 * (restored on load, saved as the person works) and the address bar kept in step with the path shown.
 */
import { startTransition, useCallback, useEffect, useReducer, useRef } from 'react';
import type { Scenario } from '@/machines/scenario';
import type { PathStep } from '@/lib/sim/path';
import { sameParams } from '@/lib/sim/params';
import { openBranch, renameBranch, showStep, takeMove } from '@/lib/workbench/branch-tree';
import type { RestoreResult } from '@/lib/workbench/restore-session';
import { serializeSession } from '@/lib/workbench/saved-session';
import { glanceAtSavedSession, holdsNothing, keepSession, readKeptSessions } from '@/lib/workbench/kept-sessions';
import { adoptSession, sessionContent, withCompare, withTree, type CompareTarget, type Session } from '@/lib/workbench/session';
import { arriveAt, type Arrival } from '@/lib/workbench/arrival';
import { canRedo, canUndo, record, redo, startHistory, undo, type UndoHistory } from '@/lib/workbench/undo';
import { messages } from '@/app/_i18n/messages';
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
  | { type: 'load'; session: Session | null; problem: string | null; setAside: boolean; kept: string[] }
  /** Another tab saved other work: it is taken on here, and is not this tab's to undo. */
  | { type: 'adopt'; session: Session }
  | { type: 'kept'; kept: string[] }
  | { type: 'dismiss-load-problem' }
  | { type: 'dismiss-set-aside' };

interface State {
  history: UndoHistory<Session>;
  /** False until the local copy has been read; nothing is saved before, so it cannot be overwritten. */
  loaded: boolean;
  loadProblem: string | null;
  /** True when the saved session was kept aside because a link ran under other settings. */
  setAside: boolean;
  /** Sessions kept aside in this browser, as saved text, newest last (kept-sessions.ts). */
  kept: string[];
  /** The session last taken on from another tab, whose work is saved there already. */
  adopted: Session | null;
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
      return {
        ...state,
        history: action.session ? startHistory(action.session) : state.history,
        loaded: true,
        loadProblem: action.problem,
        setAside: action.setAside,
        kept: action.kept,
      };
    case 'adopt': {
      const adopted = adoptSession(action.session, state.history.present);
      return { ...state, history: startHistory(adopted), adopted };
    }
    case 'kept':
      return { ...state, kept: action.kept };
    case 'dismiss-load-problem':
      return { ...state, loadProblem: null };
    case 'dismiss-set-aside':
      return { ...state, setAside: false };
    default:
      return { ...state, history: record(state.history, apply(state.history.present, action)) };
  }
}

const initialState = (session: Session): State => ({ history: startHistory(session), loaded: false, loadProblem: null, setAside: false, kept: [], adopted: null });

export const storageKey = (scenarioId: string) => `parley:session:${scenarioId}`;
const keptKey = (scenarioId: string) => `${storageKey(scenarioId)}:before-link`;

function readKept(scenarioId: string): string[] {
  try {
    return readKeptSessions(window.localStorage.getItem(keptKey(scenarioId)));
  } catch {
    return [];
  }
}

/** Stores the kept sessions; false when the browser will not keep them (private mode, full storage). */
function storeKept(scenarioId: string, kept: readonly string[]): boolean {
  try {
    window.localStorage.setItem(keptKey(scenarioId), JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an arrival's (or another session's) seed or parameters differ from the saved session's.
 * All branches of a session run under one seed and one set of parameters, so such a link cannot join
 * the saved branches.
 */
function settingsDiffer(saved: Session, other: Pick<Arrival, 'seed' | 'params'>): boolean {
  return (other.seed !== null && other.seed !== saved.seed) || (other.params !== null && !sameParams(other.params, saved.params));
}

const isEmpty = (session: Session) => holdsNothing({ branches: session.tree.branches.length, steps: session.tree.branches[0]!.steps.length });

/**
 * Reads a saved session back. The reader and its schema load only when there is something to read,
 * so a first visit and a page that has just been shown do not wait for them.
 */
export async function readSavedSession(scenario: Scenario, text: string): Promise<RestoreResult> {
  const reader = await import('@/lib/workbench/restore-session');
  return reader.restoreSession(scenario, text);
}

async function readLocalCopy(scenario: Scenario): Promise<{ session: Session | null; problem: string | null }> {
  let text: string | null;
  try {
    text = window.localStorage.getItem(storageKey(scenario.data.id));
  } catch {
    return { session: null, problem: null };
  }
  if (text === null) return { session: null, problem: null };
  const restored = await readSavedSession(scenario, text);
  if (restored.ok) return { session: restored.session, problem: null };
  // Keep the unreadable copy aside rather than overwrite it with the next save.
  try {
    window.localStorage.setItem(`${storageKey(scenario.data.id)}:unreadable`, text);
  } catch {
    /* storage full or blocked: nothing more to keep */
  }
  return { session: null, problem: restored.error.message };
}

export function useSession(scenario: Scenario, initial: Session, arrival: Arrival) {
  const [{ history, loaded, loadProblem, setAside, kept, adopted }, dispatch] = useReducer(reducer, initial, initialState);
  const session = history.present;
  const sessionNow = useRef(session);
  useEffect(() => {
    sessionNow.current = session;
  }, [session]);

  // The server rendered the address's state; the local copy exists only here, after hydration.
  useEffect(() => {
    if (loaded) return;
    let cancelled = false;
    void readLocalCopy(scenario).then((local) => {
      if (cancelled) return;
      const id = scenario.data.id;
      // A saved session that holds nothing is simply laid over.
      if (local.session && !isEmpty(local.session) && settingsDiffer(local.session, arrival)) {
        const keptNow = keepSession(readKept(id), serializeSession(scenario, local.session));
        // With nowhere to keep the saved session, the link is laid over it as usual.
        if (storeKept(id, keptNow)) {
          dispatch({ type: 'load', session: null, problem: null, setAside: true, kept: keptNow });
          return;
        }
      }
      const load = () =>
        dispatch({ type: 'load', session: local.session && arriveAt(local.session, arrival, nameBranch), problem: local.problem, setAside: false, kept: readKept(id) });
      // With nothing saved, the page shows its session already: marking it loaded can be drawn in
      // slices between other work. A saved session is laid over at once, before any move is taken on
      // the one shown.
      if (local.session) load();
      else startTransition(load);
    });
    return () => {
      cancelled = true;
    };
  }, [scenario, arrival, loaded]);

  /**
   * Opens a kept session in place of this one (undoable), which is kept in its place unless it holds
   * nothing. Says why when the kept text cannot be read (it stays kept).
   */
  const openKept = useCallback(
    async (text: string): Promise<string | null> => {
      const restored = await readSavedSession(scenario, text);
      if (!restored.ok) return restored.error.message;
      const id = scenario.data.id;
      const others = readKept(id).filter((t) => t !== text);
      const keptNow = isEmpty(sessionNow.current) ? others : keepSession(others, serializeSession(scenario, sessionNow.current));
      storeKept(id, keptNow);
      dispatch({ type: 'replace', session: restored.session });
      dispatch({ type: 'kept', kept: keptNow });
      dispatch({ type: 'dismiss-set-aside' });
      return null;
    },
    [scenario],
  );

  // Keeping the session and updating the address are no part of showing a move: they wait until the
  // frame that shows it has been drawn, run once for a burst of moves, and the saving at the latest
  // when the page is hidden or left. The address the page opened with already shows the session it
  // opened on; replacing it then would only cost Next's router a render while the page starts.
  const addressFollows = useRef(false);
  const unsaved = useRef<(() => void) | null>(null);
  const echoSkipped = useRef<Session | null>(null);

  // Another tab of this scenario saved other work under the same settings: take it on (and the kept
  // sessions), so that the next save here builds on it instead of writing over it. A session under
  // other settings is that tab's own (a link opened there): this tab keeps its session, and keeps that
  // one aside before it next saves. A change of this tab's own not yet saved wins: the person is
  // acting here, and the other tab takes it on in turn.
  useEffect(() => {
    if (!loaded) return;
    const id = scenario.data.id;
    const onStorage = (event: StorageEvent) => {
      if (event.key === keptKey(id)) dispatch({ type: 'kept', kept: readKeptSessions(event.newValue) });
      if (event.key !== storageKey(id) || event.newValue === null || unsaved.current) return;
      void readSavedSession(scenario, event.newValue).then((restored) => {
        const mine = sessionNow.current;
        if (!restored.ok || settingsDiffer(mine, restored.session) || sessionContent(restored.session) === sessionContent(mine)) return;
        dispatch({ type: 'adopt', session: restored.session });
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [scenario, loaded]);

  useEffect(() => {
    if (!loaded) return;
    const id = scenario.data.id;
    const save = () => {
      unsaved.current = null;
      // The session just taken on differs from the other tab's only in what this tab shows: writing
      // it would only put this tab's view over the view of the tab the person acted in. Once only:
      // coming back to it later (by undo) is a change of this tab's own, and is saved.
      if (session === adopted && echoSkipped.current !== adopted) {
        echoSkipped.current = adopted;
        return;
      }
      try {
        const text = serializeSession(scenario, session);
        const stored = window.localStorage.getItem(storageKey(id));
        if (stored === text) return;
        // Another tab's session under other settings is saved there: keep it aside, not write over it.
        const theirs = stored === null ? null : glanceAtSavedSession(stored);
        if (stored !== null && theirs && !holdsNothing(theirs) && settingsDiffer(session, theirs)) {
          const keptNow = keepSession(readKept(id), stored);
          if (!storeKept(id, keptNow)) return;
          dispatch({ type: 'kept', kept: keptNow });
        }
        window.localStorage.setItem(storageKey(id), text);
      } catch {
        /* private mode or full storage: the session still works, it just is not kept */
      }
    };
    unsaved.current = save;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        save();
        // The person may have left the workbench since: another page's address is not ours to change.
        if (window.location.pathname !== `/s/${scenario.data.id}`) return;
        if (session === initial && !addressFollows.current) return;
        addressFollows.current = true;
        replaceUrlState(scenario, session);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [scenario, session, loaded, initial, adopted]);
  useEffect(() => {
    const saveNow = () => unsaved.current?.();
    const onHidden = () => document.visibilityState === 'hidden' && saveNow();
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onHidden);
      // Leaving the workbench for another page: save, but leave that page's address alone.
      saveNow();
    };
  }, []);

  return { session, act: dispatch, loaded, canUndo: canUndo(history), canRedo: canRedo(history), loadProblem, setAside, kept, openKept };
}
