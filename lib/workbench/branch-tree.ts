/**
 * The workbench's branch tree: every path a person has explored in one scenario. Each branch is a
 * full path of steps that left its parent's path after `forkStep` steps. Taking a different move at
 * an earlier step starts a new branch; no operation here ever shortens or rewrites an existing
 * branch's steps, so nothing explored is lost.
 */
import { commonPrefixLength, samePath, type PathStep } from '@/lib/sim/path';

export interface Branch {
  /** Stable id, unique in the tree (`b1`, `b2`, …). */
  id: string;
  name: string;
  /** The branch this one forked from; null for a root. */
  parentId: string | null;
  /** How many of the parent's steps this branch shares before it differs. */
  forkStep: number;
  steps: readonly PathStep[];
}

export interface BranchTree {
  branches: readonly Branch[];
  currentId: string;
  /** The step shown on the current branch: 0 is the start, `steps.length` its end. */
  shownStep: number;
  /** Number for the next branch's id and default name. */
  nextNumber: number;
}

/** Names a new branch from its number; the UI supplies the wording. */
export type NameBranch = (branchNumber: number) => string;

const startsWith = (path: readonly PathStep[], prefix: readonly PathStep[]): boolean =>
  prefix.length <= path.length && commonPrefixLength(path, prefix) === prefix.length;

/** A tree holding one branch. */
export function createTree(steps: readonly PathStep[], name: string): BranchTree {
  return {
    branches: [{ id: 'b1', name, parentId: null, forkStep: 0, steps }],
    currentId: 'b1',
    shownStep: steps.length,
    nextNumber: 2,
  };
}

export function findBranch(tree: BranchTree, id: string): Branch | undefined {
  return tree.branches.find((b) => b.id === id);
}

export function currentBranch(tree: BranchTree): Branch {
  const branch = findBranch(tree, tree.currentId);
  if (!branch) throw new Error(`branch tree has no current branch ${tree.currentId}`);
  return branch;
}

/** The steps from the start to the step shown. */
export function shownPath(tree: BranchTree): readonly PathStep[] {
  return currentBranch(tree).steps.slice(0, tree.shownStep);
}

/** Shows a step of the current branch (clamped to the branch). */
export function showStep(tree: BranchTree, step: number): BranchTree {
  const clamped = Math.max(0, Math.min(currentBranch(tree).steps.length, Math.trunc(step)));
  return clamped === tree.shownStep ? tree : { ...tree, shownStep: clamped };
}

/** Makes a branch current, shown at its end. */
export function openBranch(tree: BranchTree, id: string): BranchTree {
  const branch = findBranch(tree, id);
  if (!branch || (id === tree.currentId && tree.shownStep === branch.steps.length)) return tree;
  return { ...tree, currentId: id, shownStep: branch.steps.length };
}

/** Renames a branch; a blank name leaves it unchanged. */
export function renameBranch(tree: BranchTree, id: string, name: string): BranchTree {
  const trimmed = name.trim();
  const branch = findBranch(tree, id);
  if (!branch || trimmed === '' || trimmed === branch.name) return tree;
  return { ...tree, branches: tree.branches.map((b) => (b.id === id ? { ...b, name: trimmed } : b)) };
}

/** The branch that already holds `path` from its start, preferring the current one. */
function branchHolding(tree: BranchTree, path: readonly PathStep[]): Branch | undefined {
  const current = currentBranch(tree);
  if (startsWith(current.steps, path)) return current;
  return tree.branches.find((b) => startsWith(b.steps, path));
}

/** Adds a branch for `path`, forked from the branch that shares most of it (the current one on a tie). */
function addBranch(tree: BranchTree, path: readonly PathStep[], nameBranch: NameBranch): BranchTree {
  let parent = currentBranch(tree);
  let shared = commonPrefixLength(parent.steps, path);
  for (const candidate of tree.branches) {
    const length = commonPrefixLength(candidate.steps, path);
    if (length > shared) [parent, shared] = [candidate, length];
  }
  const id = `b${tree.nextNumber}`;
  const branch: Branch = { id, name: nameBranch(tree.nextNumber), parentId: parent.id, forkStep: shared, steps: path };
  return { branches: [...tree.branches, branch], currentId: id, shownStep: path.length, nextNumber: tree.nextNumber + 1 };
}

/**
 * Takes a move at the step shown. At the end of the current branch the branch grows; where a branch
 * already took the same step it is followed; anywhere else a new branch starts and the old one is kept.
 * A branch that is exactly `record` (what happened) never grows: the record ends where it ends, and a
 * move there starts a branch of its own.
 */
export function takeMove(tree: BranchTree, step: PathStep, nameBranch: NameBranch, record: readonly PathStep[] = []): BranchTree {
  const current = currentBranch(tree);
  const path = [...shownPath(tree), step];
  const isRecord = record.length > 0 && samePath(current.steps, record);
  if (tree.shownStep === current.steps.length && !isRecord) {
    const grown = { ...current, steps: path };
    return { ...tree, branches: tree.branches.map((b) => (b.id === current.id ? grown : b)), shownStep: path.length };
  }
  const holder = branchHolding(tree, path);
  if (holder) return { ...tree, currentId: holder.id, shownStep: path.length };
  return addBranch(tree, path, nameBranch);
}

/**
 * The branch whose steps are exactly `path`, added (without changing what is shown) when there is
 * none — e.g. for the path a link pins for comparison.
 */
export function branchWithSteps(tree: BranchTree, path: readonly PathStep[], nameBranch: NameBranch): { tree: BranchTree; id: string } {
  const exact = tree.branches.find((b) => samePath(b.steps, path));
  if (exact) return { tree, id: exact.id };
  const added = addBranch(tree, path, nameBranch);
  return { tree: { ...added, currentId: tree.currentId, shownStep: tree.shownStep }, id: added.currentId };
}
