import { coreEn } from '@/lib/i18n/core-messages';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '@/tests/support/scenarios';
import { decodeLinkCode, encodeLinkCode } from '@/lib/share/codec';
import { branchWithSteps, createTree, currentBranch, showStep, takeMove } from '@/lib/workbench/branch-tree';
import { createSession, withCompare, withTree } from '@/lib/workbench/session';
import { linkStateOf } from '@/lib/workbench/share';
import type { PathStep } from '@/lib/sim/path';

const scenario = await requireScenario('abu-dhabi-2026');
const name = (n: number) => `Path ${n}`;
const convene: PathStep = { move: 'talks.convene' };
const stalled: PathStep = { move: 'talks.round', outcome: 'stalled' };
const productive: PathStep = { move: 'talks.round', outcome: 'productive' };
const week: PathStep = { move: 'time.week' };

function roundTrip(state: ReturnType<typeof linkStateOf>) {
  const code = encodeLinkCode(state, scenario.data);
  if (!code.ok) throw new Error(coreEn.simError(code.error));
  return decodeLinkCode(code.value, scenario.data);
}

describe('what a share link carries of a session', () => {
  it('the shown branch, the step shown when it is not the end, the seed and the parameter overrides', () => {
    const session = { ...createSession(scenario, 77, [convene, stalled, week], 'Mine'), params: { energyTruceDays: 3 } };
    const rewound = withTree(session, showStep(session.tree, 2));
    const state = linkStateOf(rewound, scenario.data.modelVersion);
    expect(state).toMatchObject({ path: [convene, stalled, week], step: 2, seed: 77, params: { energyTruceDays: 3 }, compare: null });
    expect(linkStateOf(session, scenario.data.modelVersion).step).toBeNull();
    expect(roundTrip(state)).toEqual({ ok: true, value: state });
  });

  it('a compared branch travels as its whole path, a compared preset by its id', () => {
    const base = createSession(scenario, 1, [convene, stalled], 'Mine');
    const forked = withTree(base, takeMove(showStep(base.tree, 1), productive, name));
    const other = forked.tree.branches.find((b) => b.id !== forked.tree.currentId)!;
    expect(linkStateOf(withCompare(forked, { kind: 'branch', id: other.id }), 1).compare).toEqual({ kind: 'path', path: [convene, stalled] });
    expect(linkStateOf(withCompare(forked, { kind: 'preset', id: 'history' }), 1).compare).toEqual({ kind: 'preset', presetId: 'history' });
  });
});

describe('pinning a linked path for comparison', () => {
  it('finds the branch with exactly that path, even when a longer branch holds it', () => {
    const tree = createTree([convene, stalled, week], 'Mine');
    const pinned = branchWithSteps(tree, [convene, stalled], name);
    expect(pinned.tree.branches).toHaveLength(2);
    expect(pinned.tree.branches.find((b) => b.id === pinned.id)!.steps).toEqual([convene, stalled]);
    expect(currentBranch(pinned.tree).steps).toEqual([convene, stalled, week]);
    expect(pinned.tree.shownStep).toBe(tree.shownStep);
    expect(branchWithSteps(pinned.tree, [convene, stalled], name)).toEqual(pinned);
  });
});
