/**
 * A workbench session: everything a person has done in one scenario — the branch tree, what it is
 * compared with, and the seed and parameter overrides the paths run under. This is the state undo
 * and redo move through and the state saved locally and exported.
 */
import type { Scenario } from '@/machines/scenario';
import { formatPath, samePath, type PathStep } from '@/lib/sim/path';
import { createTree, findBranch, type BranchTree } from './branch-tree';

/** A second path to compare with the current one: another branch, or a preset of the scenario. */
export type CompareTarget = { kind: 'branch'; id: string } | { kind: 'preset'; id: string };

export interface Session {
  scenarioId: string;
  /** Seeds the draws when chance decides an outcome. */
  seed: number;
  /** Parameter overrides by id; defaults apply to the rest. */
  params: Readonly<Record<string, number>>;
  tree: BranchTree;
  compare: CompareTarget | null;
}

export function createSession(scenario: Scenario, seed: number, steps: readonly PathStep[], branchName: string): Session {
  return { scenarioId: scenario.data.id, seed, params: {}, tree: createTree(steps, branchName), compare: null };
}

/** Whether a compare target names something that exists in this session's scenario. */
export function compareTargetExists(scenario: Scenario, tree: BranchTree, target: CompareTarget): boolean {
  return target.kind === 'branch' ? findBranch(tree, target.id) !== undefined : scenario.data.presets.some((p) => p.id === target.id);
}

/** Replaces the tree, keeping the rest; the same object back when nothing changed (so undo skips it). */
export function withTree(session: Session, tree: BranchTree): Session {
  return tree === session.tree ? session : { ...session, tree };
}

export function withCompare(session: Session, compare: CompareTarget | null): Session {
  const same = compare?.kind === session.compare?.kind && compare?.id === session.compare?.id;
  return same ? session : { ...session, compare };
}

/**
 * What a session holds, apart from how a tab looks at it (the branch and step shown, the comparison):
 * two tabs whose sessions have the same content show the same work.
 */
export function sessionContent(session: Session): string {
  const { tree } = session;
  const params = Object.entries(session.params).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([session.seed, params, tree.nextNumber, tree.branches.map((b) => [b.id, b.name, b.parentId, b.forkStep, formatPath(b.steps)])]);
}

/**
 * Another tab's session, as this tab takes it on when that tab saves: its branches and settings,
 * still showing this tab's branch and step where that branch is there with the same steps (else what
 * the other tab shows), and this tab's comparison where it still names something, so the page does
 * not jump while the person reads it.
 */
export function adoptSession(theirs: Session, mine: Session): Session {
  const shown = findBranch(mine.tree, mine.tree.currentId);
  const same = shown && findBranch(theirs.tree, shown.id);
  const keepsView = shown && same && samePath(same.steps, shown.steps);
  const tree = keepsView ? { ...theirs.tree, currentId: shown.id, shownStep: Math.min(mine.tree.shownStep, same.steps.length) } : theirs.tree;
  const compareStands = mine.compare?.kind === 'preset' || (mine.compare?.kind === 'branch' && findBranch(tree, mine.compare.id) !== undefined);
  return { ...theirs, tree, compare: compareStands ? mine.compare : theirs.compare };
}
