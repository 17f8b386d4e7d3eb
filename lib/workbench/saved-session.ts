/**
 * The saved-session format, used for the local copy in the browser and for exported files. Reading
 * it back is `restore-session.ts`, kept apart so that the page loads its schema only when it reads.
 *
 * Versions: 1 is the only format so far. A new format gets a new literal in `savedSessionSchema`
 * (restore-session.ts) and a migration step from the one before it, applied before the schema check.
 */
import type { Scenario } from '@/machines/scenario';
import { formatPath } from '@/lib/sim/path';
import type { CompareTarget, Session } from './session';

export const SAVED_SESSION_VERSION = 1;

/** Larger files are refused before parsing: a real session is a few kilobytes. */
export const MAX_SAVED_SESSION_CHARS = 2_000_000;

/** A session as saved: JSON, every path as text (`move:outcome,move,…`), as in links and the `sim` command. */
export interface SavedSession {
  version: typeof SAVED_SESSION_VERSION;
  scenarioId: string;
  modelVersion: number;
  seed: number;
  params: Record<string, number>;
  branches: Array<{ id: string; name: string; parentId: string | null; forkStep: number; path: string }>;
  currentBranchId: string;
  shownStep: number;
  compare: CompareTarget | null;
  nextBranchNumber: number;
}

export function toSavedSession(scenario: Scenario, session: Session): SavedSession {
  const { tree } = session;
  return {
    version: SAVED_SESSION_VERSION,
    scenarioId: session.scenarioId,
    modelVersion: scenario.data.modelVersion,
    seed: session.seed,
    params: { ...session.params },
    branches: tree.branches.map((b) => ({ id: b.id, name: b.name, parentId: b.parentId, forkStep: b.forkStep, path: formatPath(b.steps) })),
    currentBranchId: tree.currentId,
    shownStep: tree.shownStep,
    compare: session.compare,
    nextBranchNumber: tree.nextNumber,
  };
}

export function serializeSession(scenario: Scenario, session: Session): string {
  return JSON.stringify(toSavedSession(scenario, session), null, 2);
}
