import { describe, expect, it } from 'vitest';
import { requireScenario } from '@/tests/support/scenarios';
import { arriveAt as arriveWith, arriveFrom, type Arrival } from '@/lib/workbench/arrival';
import { presetSteps } from '@/lib/sim/path';
import { currentBranch } from '@/lib/workbench/branch-tree';
import { createSession, type Session } from '@/lib/workbench/session';
import { linkStateOf } from '@/lib/workbench/share';
import type { PathStep } from '@/lib/sim/path';

const scenario = await requireScenario('abu-dhabi-2026');
const convene: PathStep = { move: 'talks.convene' };
const stalled: PathStep = { move: 'talks.round', outcome: 'stalled' };
const week: PathStep = { move: 'time.week' };
const arriveAt = (saved: Session, arrival: Arrival) => arriveWith(saved, arrival, (n) => `Path ${n}`);
const none: Arrival = { path: null, seed: null, step: null, params: null, compare: null };

describe('arriving by a link on top of a saved session', () => {
  const saved = createSession(scenario, 1, [convene, stalled, week], 'Mine');

  it('opens exactly the linked path, even when a saved branch continues it, and keeps the saved branch', () => {
    const arrived = arriveAt(saved, { ...none, path: [convene, stalled] });
    expect(currentBranch(arrived.tree).steps).toEqual([convene, stalled]);
    expect(arrived.tree.shownStep).toBe(2);
    expect(arrived.tree.branches.map((b) => b.steps)).toContainEqual([convene, stalled, week]);
    expect(linkStateOf(arrived, 1).path).toEqual([convene, stalled]);
  });

  it('shows the linked path, not its compared path, when one extends the other', () => {
    const arrived = arriveAt(saved, { ...none, path: [convene], compare: { kind: 'path', path: [convene, stalled, week] } });
    const state = linkStateOf(arrived, 1);
    expect(state.path).toEqual([convene]);
    expect(state.compare).toEqual({ kind: 'path', path: [convene, stalled, week] });
  });

  it('the address of the start opens the start of the branch shown, adding no empty branch', () => {
    const arrived = arriveAt(saved, { ...none, path: [] });
    expect(arrived.tree.branches).toEqual(saved.tree.branches);
    expect(arrived.tree.currentId).toBe(saved.tree.currentId);
    expect(arrived.tree.shownStep).toBe(0);
  });

  it('a preset’s path, new to the session, is added as a branch named after the preset', () => {
    const arrived = arriveAt(saved, { ...none, path: [week], presetName: 'What happened' });
    expect(currentBranch(arrived.tree)).toMatchObject({ name: 'What happened', steps: [week] });
    expect(arrived.tree.branches).toHaveLength(2);
  });

  it('an address that names nothing leaves the saved session as it was', () => {
    expect(arriveAt(saved, none)).toEqual(saved);
  });

  it('a linked path new to the session is named by the names the workbench gives', () => {
    const arrived = arriveWith(saved, { ...none, path: [week] }, (n) => `Route ${n}`);
    expect(currentBranch(arrived.tree)).toMatchObject({ name: 'Route 2', steps: [week] });
  });

  it('a compared path new to the session is added as a branch and compared by that branch', () => {
    const arrived = arriveAt(saved, { ...none, compare: { kind: 'path', path: [week] } });
    const compared = arrived.compare?.kind === 'branch' ? arrived.tree.branches.find((b) => b.id === arrived.compare!.id) : undefined;
    expect(compared).toMatchObject({ name: 'Path 2', steps: [week] });
    expect(currentBranch(arrived.tree).steps).toEqual([convene, stalled, week]);
  });

  it('a link’s seed and parameters replace the saved ones', () => {
    const arrived = arriveAt(saved, { ...none, seed: 9, params: { energyTruceDays: 3 } });
    expect(arrived).toMatchObject({ seed: 9, params: { energyTruceDays: 3 } });
  });
});

describe('checking an arrival', () => {
  const names = { first: 'First', next: (n: number) => `Later ${n}` };

  it('a preset opens its path at its end, on a branch named after it', () => {
    const { check, view } = arriveFrom(scenario, { code: null, path: null, preset: 'history', seed: null, step: null, model: null }, names);
    const history = presetSteps(scenario.data, 'history');
    expect(history.length).toBeGreaterThan(0);
    expect(check.problem).toBeNull();
    expect(check.arrival.path).toEqual(history);
    expect(check.branchName).toBe(scenario.data.presets.find((p) => p.id === 'history')!.label);
    expect(view.records).toHaveLength(history.length + 1);
  });

  it('an address with no path starts with the first name the workbench gives', () => {
    const { check } = arriveFrom(scenario, { code: null, path: null, preset: null, seed: null, step: null, model: null }, names);
    expect(check).toMatchObject({ branchName: 'First', problem: null, arrival: none });
  });

  it('a path that cannot be followed lays nothing over the session and offers the moves that can be', () => {
    const { check } = arriveFrom(scenario, { code: null, path: 'talks.convene,agreement.sign', preset: null, seed: null, step: null, model: null }, names);
    expect(check.arrival).toEqual(none);
    expect(check.problem?.usable?.path).toEqual([convene]);
  });
});
