import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '@/tests/support/scenarios';
import { NO_ARRIVAL } from '@/lib/workbench/arrival';
import { showStep, takeMove } from '@/lib/workbench/branch-tree';
import { glanceAtSavedSession, MAX_KEPT_SESSIONS } from '@/lib/workbench/kept-sessions';
import { withNotice, withoutNotice, type Notice } from '@/lib/workbench/notices';
import { decideArrival, decideSave, isEcho, keptAfterOpening, storageKeys, takesOn } from '@/lib/workbench/persistence';
import { serializeSession } from '@/lib/workbench/saved-session';
import { adoptSession, createSession, withTree, type Session } from '@/lib/workbench/session';
import type { PathStep } from '@/lib/sim/path';

const scenario = await requireScenario('abu-dhabi-2026');
const week: PathStep = { move: 'time.week' };
const intensify: PathStep = { move: 'strike.intensify' };
const nameBranch = (n: number) => `Path ${n}`;

const empty = (seed = 1): Session => createSession(scenario, seed, [], 'My path');
const withSteps = (steps: PathStep[], seed = 1, params: Record<string, number> = {}): Session => ({ ...createSession(scenario, seed, steps, 'My path'), params });
const text = (session: Session) => serializeSession(scenario, session);

describe('where sessions are stored', () => {
  it('under the keys that sessions saved in real browsers already have', () => {
    expect(storageKeys('abu-dhabi-2026')).toEqual({
      session: 'parley:session:abu-dhabi-2026',
      kept: 'parley:session:abu-dhabi-2026:before-link',
      unreadable: 'parley:session:abu-dhabi-2026:unreadable',
    });
  });
});

describe('arriving with a session saved in this browser', () => {
  it('with nothing saved there is nothing to lay over', () => {
    expect(decideArrival(null, { ...NO_ARRIVAL, seed: 7 })).toBe('nothing-saved');
  });

  it('a link under another seed or other parameters keeps a saved session that holds something aside', () => {
    const saved = withSteps([week]);
    expect(decideArrival(saved, { ...NO_ARRIVAL, path: [intensify], seed: 7 })).toBe('keep-aside');
    expect(decideArrival(saved, { ...NO_ARRIVAL, path: [intensify], params: { energyTruceDays: 3 } })).toBe('keep-aside');
  });

  it('a saved session that holds nothing is laid over, whatever the link runs under', () => {
    expect(decideArrival(empty(), { ...NO_ARRIVAL, seed: 7, params: { energyTruceDays: 3 } })).toBe('lay-over');
  });

  it('a link under the saved settings, or naming none, is laid over the saved session', () => {
    const saved = withSteps([week], 7, { energyTruceDays: 3 });
    expect(decideArrival(saved, { ...NO_ARRIVAL, path: [intensify], seed: 7, params: { energyTruceDays: 3 } })).toBe('lay-over');
    expect(decideArrival(saved, { ...NO_ARRIVAL, path: [intensify] })).toBe('lay-over');
  });
});

describe('saving the session', () => {
  it('writes nothing when the stored text is already this session', () => {
    const session = withSteps([week]);
    expect(decideSave(session, text(session), text(session))).toEqual({ write: false });
  });

  it('writes when nothing is stored, or this session’s earlier text, keeping nothing aside', () => {
    const session = withSteps([week, intensify]);
    expect(decideSave(session, text(session), null)).toEqual({ write: true, keepAside: null });
    expect(decideSave(session, text(session), text(withSteps([week])))).toEqual({ write: true, keepAside: null });
  });

  it('keeps aside another tab’s session under other settings before writing over it', () => {
    const session = withSteps([week]);
    const theirs = text(withSteps([intensify], 7));
    expect(decideSave(session, text(session), theirs)).toEqual({ write: true, keepAside: theirs });
  });

  it('keeps nothing aside when the other session under other settings holds nothing, or the stored text is unreadable', () => {
    const session = withSteps([week]);
    expect(decideSave(session, text(session), text(empty(7)))).toEqual({ write: true, keepAside: null });
    expect(decideSave(session, text(session), 'not a session')).toEqual({ write: true, keepAside: null });
  });
});

describe('taking on another tab’s work', () => {
  const mine = withSteps([week]);

  it('takes on other work under the same settings', () => {
    const theirs = withTree(mine, takeMove(mine.tree, intensify, nameBranch));
    expect(takesOn(mine, theirs)).toBe(true);
  });

  it('leaves a tab alone where the other tab only looks elsewhere', () => {
    expect(takesOn(mine, withTree(mine, showStep(mine.tree, 0)))).toBe(false);
  });

  it('never takes on a session under another seed or other parameters', () => {
    expect(takesOn(mine, withSteps([week, intensify], 7))).toBe(false);
    expect(takesOn(mine, withSteps([week, intensify], 1, { energyTruceDays: 3 }))).toBe(false);
  });

  it('skips the echo of a session just taken on once only; an undo back to it later is saved', () => {
    const adopted = adoptSession(withSteps([week, intensify]), mine);
    expect(isEcho(adopted, adopted, null)).toBe(true);
    expect(isEcho(adopted, adopted, adopted)).toBe(false);
    expect(isEcho(mine, adopted, null)).toBe(false);
    expect(isEcho(mine, null, null)).toBe(false);
  });
});

describe('opening a kept session', () => {
  // Kept sessions as the browser holds them: distinct, at most ten.
  const texts = Array.from({ length: 2 * MAX_KEPT_SESSIONS }, (_, i) => text(withSteps([week], i + 2)));
  const keptLists = fc.uniqueArray(fc.constantFrom(...texts), { minLength: 1, maxLength: MAX_KEPT_SESSIONS });

  it('takes the opened session off the list and keeps the current one in its place as the newest, unless it holds nothing', () => {
    fc.assert(
      fc.property(keptLists, fc.nat(), fc.boolean(), (kept, pick, currentEmpty) => {
        const opened = kept[pick % kept.length]!;
        const current = currentEmpty ? empty(1) : withSteps([intensify], 1);
        const after = keptAfterOpening(scenario, kept, opened, current);
        expect(after).not.toContain(opened);
        expect(after.length).toBeLessThanOrEqual(MAX_KEPT_SESSIONS);
        const newest = glanceAtSavedSession(after.at(-1) ?? '');
        if (currentEmpty) {
          expect(after).toEqual(kept.filter((t) => t !== opened));
        } else {
          expect(newest).toMatchObject({ seed: 1, steps: 1 });
          expect(after.length).toBe(kept.length);
        }
      }),
    );
  });
});

describe('notices', () => {
  const linkProblem: Notice = { kind: 'link-problem', problem: { code: 'damaged', cutShort: true } };
  const failed = (move: string): Notice => ({ kind: 'action-failed', action: 'move', error: { code: 'unknown-move', move } });

  it('shows one of each kind, the newer in place of the older, in a fixed order', () => {
    const notices = [failed('first'), { kind: 'set-aside' } as const, linkProblem, failed('second')].reduce<readonly Notice[]>(withNotice, []);
    expect(notices).toEqual([linkProblem, { kind: 'set-aside' }, failed('second')]);
  });

  it('dismissing a kind takes only that kind away, and leaves the very same list when there is none', () => {
    const notices = withNotice([linkProblem], { kind: 'set-aside' });
    expect(withoutNotice(notices, 'set-aside')).toEqual([linkProblem]);
    expect(withoutNotice(notices, 'saved-unreadable')).toBe(notices);
  });
});
