'use client';
/**
 * The workbench session in React: the session actor (lib/workbench/session-machine.ts) run with the
 * browser's effects — localStorage, the address bar, a save once the frame is painted and whenever
 * the page is hidden or left — and the commands that the workbench sends it.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useActorRef } from '@xstate/react';
import type { Scenario } from '@/machines/scenario';
import type { ArrivalCheck } from '@/lib/workbench/arrival';
import type { RestoreResult } from '@/lib/workbench/restore-session';
import { sessionMachine, type SessionActor, type SessionCommand, type SessionEffects } from '@/lib/workbench/session-machine';
import type { Session } from '@/lib/workbench/session';
import { branchNames } from './branch-names';
import { browserStore } from './browser-store';
import { replaceUrlState } from './url-state';
import { versionAddress } from '@/lib/share/address';

/**
 * Reads a saved session back. The reader and its schema load only when there is something to read,
 * so a first visit and a page that has just been shown do not wait for them.
 */
async function readSavedSession(scenario: Scenario, text: string): Promise<RestoreResult> {
  const reader = await import('@/lib/workbench/restore-session');
  return reader.restoreSession(scenario, text);
}

/**
 * Once the frame that shows a change has been drawn (a move's frame is not held up by saving it).
 * The session asks while the change is still being handled: asking for the frame only once that
 * handling is over (a microtask later) puts the save behind everything else the person's action
 * asked of the next frame.
 */
function afterPaint(done: () => void): () => void {
  let cancelled = false;
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  queueMicrotask(() => {
    if (!cancelled) frame = requestAnimationFrame(() => (timer = setTimeout(done, 0)));
  });
  return () => {
    cancelled = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

const browserEffects = (scenario: Scenario): SessionEffects => ({
  readSaved: (text) => readSavedSession(scenario, text),
  afterPaint,
  showAddress: (session) => replaceUrlState(scenario, session),
  // A page of its own: the other version's data and engine come with it.
  reopenIn: (version) => window.location.replace(versionAddress(scenario.data.id, version)),
});

/** What the workbench asks of its session, as stable functions (so memoised panels are not drawn again). */
function commandsOf(send: (command: SessionCommand) => void) {
  return {
    move: (step: Extract<SessionCommand, { type: 'move' }>['step']) => send({ type: 'move', step }),
    refuseMove: (error: Extract<SessionCommand, { type: 'move.refused' }>['error']) => send({ type: 'move.refused', error }),
    showStep: (step: number) => send({ type: 'step.show', step }),
    openBranch: (id: string) => send({ type: 'branch.open', id }),
    renameBranch: (id: string, name: string) => send({ type: 'branch.rename', id, name }),
    compare: (target: Extract<SessionCommand, { type: 'compare' }>['target']) => send({ type: 'compare', target }),
    undo: () => send({ type: 'undo' }),
    redo: () => send({ type: 'redo' }),
    startOver: () => send({ type: 'start-over' }),
    importFile: (text: string) => send({ type: 'import.file', text }),
    confirmImport: () => send({ type: 'import.confirm' }),
    cancelImport: () => send({ type: 'import.cancel' }),
    openKept: (text: string) => send({ type: 'kept.open', text }),
    dismiss: (kind: Extract<SessionCommand, { type: 'notice.dismiss' }>['kind']) => send({ type: 'notice.dismiss', kind }),
  };
}

export type SessionCommands = ReturnType<typeof commandsOf>;

/**
 * `initial`: the session the page opened on for `check`, the arrival as the server checked it;
 * `otherVersions`: the scenario's other model versions, in which sessions saved with them open.
 */
export function useSession(scenario: Scenario, initial: Session, check: ArrivalCheck, otherVersions: readonly number[]): { actor: SessionActor; commands: SessionCommands } {
  const running = useRef<SessionActor | null>(null);
  // Declared before the actor, so that leaving the workbench saves before @xstate/react stops it.
  useEffect(() => {
    const saveNow = () => running.current?.send({ type: 'page.hidden' });
    const onHidden = () => document.visibilityState === 'hidden' && saveNow();
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onHidden);
      saveNow();
    };
  }, []);
  const actor = useActorRef(sessionMachine, {
    input: { scenario, initial, arrival: check.arrival, linkProblem: check.problem, names: branchNames, store: browserStore, effects: browserEffects(scenario), otherVersions },
  });
  useEffect(() => {
    running.current = actor;
  }, [actor]);
  const commands = useMemo(() => commandsOf((command) => actor.send(command)), [actor]);
  return { actor, commands };
}
