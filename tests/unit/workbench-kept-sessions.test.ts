import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '@/tests/support/scenarios';
import { glanceAtSavedSession, holdsNothing, keepSession, MAX_KEPT_SESSIONS, readKeptSessions } from '@/lib/workbench/kept-sessions';
import { serializeSession } from '@/lib/workbench/saved-session';
import { adoptSession, createSession, sessionContent, withCompare } from '@/lib/workbench/session';
import { showStep, takeMove } from '@/lib/workbench/branch-tree';
import type { PathStep } from '@/lib/sim/path';

const scenario = await requireScenario('abu-dhabi-2026');
const convene: PathStep = { move: 'talks.convene' };
const week: PathStep = { move: 'time.week' };
const stalled: PathStep = { move: 'talks.round', outcome: 'stalled' };
const nameBranch = (n: number) => `Path ${n}`;

describe('sessions kept aside', () => {
  it('keeps each session once, newest last, and lets only the oldest go past the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 30 }), (saves) => {
        const kept = saves.reduce<string[]>((list, text) => keepSession(list, text), []);
        expect(new Set(kept).size).toBe(kept.length);
        expect(kept.length).toBeLessThanOrEqual(MAX_KEPT_SESSIONS);
        if (saves.length > 0) expect(kept.at(-1)).toBe(saves.at(-1));
        // The most recent distinct sessions are the ones kept.
        const distinctNewestFirst = [...new Set([...saves].reverse())];
        expect([...kept].reverse()).toEqual(distinctNewestFirst.slice(0, MAX_KEPT_SESSIONS));
      }),
    );
  });

  it('reads back what it stored, the one session an earlier Parley kept, and nothing from junk', () => {
    const saved = serializeSession(scenario, createSession(scenario, 7, [convene], 'Mine'));
    expect(readKeptSessions(JSON.stringify([saved, 'x']))).toEqual([saved, 'x']);
    expect(readKeptSessions(saved)).toEqual([saved]);
    for (const junk of [null, '', 'not json', '42', 'null', '"text"']) expect(readKeptSessions(junk)).toEqual([]);
  });

  it('glances at a saved session: its branch shown and that branch’s length, its branches and its settings', () => {
    const session = { ...createSession(scenario, 7, [convene, stalled], 'Mine'), params: { energyTruceDays: 3 } };
    expect(glanceAtSavedSession(serializeSession(scenario, session))).toEqual({ branchName: 'Mine', steps: 2, branches: 1, seed: 7, params: { energyTruceDays: 3 } });
    expect(holdsNothing(glanceAtSavedSession(serializeSession(scenario, createSession(scenario, 1, [], 'Empty')))!)).toBe(true);
    for (const junk of ['{"branches": 3}', 'not json', '[]', '{"branches":[{"id":"b1","name":"x","path":""}],"currentBranchId":"b1","seed":1,"params":{"a":"1"}}']) {
      expect(glanceAtSavedSession(junk)).toBeNull();
    }
  });
});

describe('a session saved by another tab', () => {
  const mine = createSession(scenario, 1, [convene, stalled], 'Mine');

  it('is taken on whole, still showing this tab’s branch and step where that branch is unchanged', () => {
    const viewing = { ...mine, tree: showStep(mine.tree, 1) };
    const theirs = { ...mine, tree: takeMove(showStep(mine.tree, 0), week, nameBranch) };
    const adopted = adoptSession(theirs, viewing);
    expect(adopted.tree.branches).toEqual(theirs.tree.branches);
    expect(adopted.tree.currentId).toBe(mine.tree.currentId);
    expect(adopted.tree.shownStep).toBe(1);
  });

  it('shows what the other tab shows when this tab’s branch is not there as it was', () => {
    const theirs = createSession(scenario, 9, [week], 'Theirs');
    expect(adoptSession(theirs, mine)).toEqual(theirs);
  });

  it('keeps this tab’s comparison where it still names something', () => {
    const theirs = { ...mine, tree: takeMove(showStep(mine.tree, 0), week, nameBranch) };
    expect(adoptSession(theirs, withCompare(mine, { kind: 'preset', id: 'history' })).compare).toEqual({ kind: 'preset', id: 'history' });
    expect(adoptSession(theirs, withCompare(mine, { kind: 'branch', id: 'b9' })).compare).toBeNull();
  });

  it('has the same content whatever branch, step or comparison a tab shows, and other content after a move or under other settings', () => {
    const looking = withCompare({ ...mine, tree: showStep(mine.tree, 0) }, { kind: 'preset', id: 'history' });
    expect(sessionContent(looking)).toBe(sessionContent(mine));
    expect(sessionContent({ ...mine, tree: takeMove(mine.tree, week, nameBranch) })).not.toBe(sessionContent(mine));
    expect(sessionContent({ ...mine, seed: 2 })).not.toBe(sessionContent(mine));
    expect(sessionContent({ ...mine, params: { energyTruceDays: 3 } })).not.toBe(sessionContent(mine));
  });
});
