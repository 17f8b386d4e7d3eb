import { describe, expect, it } from 'vitest';
import { requireScenario } from '@/tests/support/scenarios';
import { arriveAt, type Arrival } from '@/app/s/[scenarioId]/_workbench/session/arrival';
import { currentBranch } from '@/lib/workbench/branch-tree';
import { createSession } from '@/lib/workbench/session';
import { linkStateOf } from '@/lib/workbench/share';
import type { PathStep } from '@/lib/sim/path';

const scenario = await requireScenario('abu-dhabi-2026');
const convene: PathStep = { move: 'talks.convene' };
const stalled: PathStep = { move: 'talks.round', outcome: 'stalled' };
const week: PathStep = { move: 'time.week' };
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
});
