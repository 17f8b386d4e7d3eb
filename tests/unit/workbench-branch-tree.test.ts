import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  branchWithSteps,
  createTree,
  currentBranch,
  openBranch,
  renameBranch,
  shownPath,
  showStep,
  takeMove,
  type BranchTree,
} from '@/lib/workbench/branch-tree';
import type { PathStep } from '@/lib/sim/path';

const name = (n: number) => `Path ${n}`;
const step = (move: string, outcome?: string): PathStep => (outcome ? { move, outcome } : { move });
const a = step('time.week');
const b = step('talks.convene');
const c = step('talks.round', 'stalled');
const d = step('talks.round', 'productive');

describe('branch tree', () => {
  it('a move at the end of the current branch extends it', () => {
    const tree = takeMove(takeMove(createTree([], 'Mine'), a, name), b, name);
    expect(tree.branches).toHaveLength(1);
    expect(currentBranch(tree).steps).toEqual([a, b]);
    expect(tree.shownStep).toBe(2);
  });

  it('a different move at an earlier step starts a new branch and keeps the old one', () => {
    const start = createTree([a, b, c], 'Mine');
    const tree = takeMove(showStep(start, 1), d, name);
    expect(tree.branches.map((branch) => branch.steps)).toEqual([[a, b, c], [a, d]]);
    const fresh = currentBranch(tree);
    expect(fresh).toMatchObject({ name: 'Path 2', parentId: 'b1', forkStep: 1 });
    expect(tree.shownStep).toBe(2);
  });

  it('repeating the move a branch already took follows that branch instead of copying it', () => {
    const start = createTree([a, b, c], 'Mine');
    const tree = takeMove(showStep(start, 1), b, name);
    expect(tree.branches).toHaveLength(1);
    expect(tree.shownStep).toBe(2);
    expect(shownPath(tree)).toEqual([a, b]);
  });

  it('the record is never extended: a move at its end starts a branch of its own, and the record stays as it was', () => {
    const record = [a, b];
    const tree = takeMove(createTree(record, 'What happened'), c, name, record);
    expect(tree.branches.map((branch) => branch.steps)).toEqual([[a, b], [a, b, c]]);
    expect(currentBranch(tree)).toMatchObject({ name: 'Path 2', parentId: 'b1', forkStep: 2 });
    // A branch that only starts like the record grows as any other.
    const mine = takeMove(createTree([a, b, c], 'Mine'), d, name, record);
    expect(mine.branches.map((branch) => branch.steps)).toEqual([[a, b, c, d]]);
  });

  it('reopening a branch shows it at its end', () => {
    const forked = takeMove(showStep(createTree([a, b, c], 'Mine'), 1), d, name);
    const reopened = openBranch(forked, 'b1');
    expect(reopened.currentId).toBe('b1');
    expect(shownPath(reopened)).toEqual([a, b, c]);
  });

  it('renaming changes only the name, and a blank name is ignored', () => {
    const tree = createTree([a], 'Mine');
    expect(renameBranch(tree, 'b1', '  Hard line  ').branches[0]!.name).toBe('Hard line');
    expect(renameBranch(tree, 'b1', '   ')).toBe(tree);
  });

  it('a path arriving by link opens the branch with exactly its steps, or a new one, never extending the current branch', () => {
    const tree = createTree([a], 'Mine');
    const { tree: arrived, id } = branchWithSteps(tree, [a, b], name);
    expect(arrived.branches.map((branch) => branch.steps)).toEqual([[a], [a, b]]);
    expect(arrived.branches.find((branch) => branch.id === id)).toMatchObject({ parentId: 'b1', forkStep: 1 });
    expect(branchWithSteps(arrived, [a, b], name)).toEqual({ tree: arrived, id });
    expect(branchWithSteps(arrived, [a], name).id).toBe('b1');
  });

  it('the shown step stays within the branch', () => {
    const tree = createTree([a, b], 'Mine');
    expect(showStep(tree, 99).shownStep).toBe(2);
    expect(showStep(tree, -3).shownStep).toBe(0);
  });

  describe('laws over any sequence of actions', () => {
    const stepArb = fc.constantFrom(a, b, c, d);
    const actionArb = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), step: stepArb }),
      fc.record({ kind: fc.constant('show' as const), at: fc.nat(12) }),
      fc.record({ kind: fc.constant('open' as const), n: fc.nat(8) }),
      fc.record({ kind: fc.constant('link' as const), path: fc.array(stepArb, { maxLength: 5 }) }),
    );
    type Action = typeof actionArb extends fc.Arbitrary<infer T> ? T : never;
    const apply = (tree: BranchTree, action: Action): BranchTree => {
      switch (action.kind) {
        case 'move':
          return takeMove(tree, action.step, name);
        case 'show':
          return showStep(tree, action.at);
        case 'open':
          return openBranch(tree, tree.branches[action.n % tree.branches.length]!.id);
        case 'link': {
          // As a link arrives (arrival.ts): the branch with exactly its steps is opened at its end.
          const arrived = branchWithSteps(tree, action.path, name);
          return { ...arrived.tree, currentId: arrived.id, shownStep: action.path.length };
        }
      }
    };

    it('no branch ever loses or changes a step it had, and each shares its fork with its parent', () => {
      fc.assert(
        fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
          let tree = createTree([], 'Mine');
          for (const action of actions) {
            const next = apply(tree, action);
            for (const before of tree.branches) {
              const after = next.branches.find((branch) => branch.id === before.id);
              expect(after).toBeDefined();
              expect(after!.steps.slice(0, before.steps.length)).toEqual(before.steps);
            }
            for (const branch of next.branches) {
              const parent = next.branches.find((p) => p.id === branch.parentId);
              if (branch.parentId !== null) expect(parent).toBeDefined();
              if (parent) expect(branch.steps.slice(0, branch.forkStep)).toEqual(parent.steps.slice(0, branch.forkStep));
            }
            expect(next.shownStep).toBeLessThanOrEqual(currentBranch(next).steps.length);
            tree = next;
          }
        }),
      );
    });

    it('after a move the path shown is the path before it plus that move', () => {
      fc.assert(
        fc.property(fc.array(actionArb, { maxLength: 30 }), stepArb, (actions, move) => {
          const tree = actions.reduce(apply, createTree([], 'Mine'));
          expect(shownPath(takeMove(tree, move, name))).toEqual([...shownPath(tree), move]);
        }),
      );
    });
  });
});
