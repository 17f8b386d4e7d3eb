import { coreEn } from '@/lib/i18n/core-messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePath, type PathStep } from '@/lib/sim/path';
import { showStep, takeMove } from '@/lib/workbench/branch-tree';
import { restoreSession } from '@/lib/workbench/restore-session';
import { serializeSession, toSavedSession } from '@/lib/workbench/saved-session';
import { createSession, withCompare, withTree, type Session } from '@/lib/workbench/session';
import { continuePath, scenario } from './support/workbench-paths';

const name = (n: number) => `Path ${n}`;

function pathOf(text: string): PathStep[] {
  const parsed = parsePath(text, scenario.data);
  if (!parsed.ok) throw new Error(coreEn.simError(parsed.error));
  return parsed.value;
}

function forkedSession(): Session {
  let session = createSession(scenario, 7, pathOf('history'), 'What happened');
  // From step 3 of the record, the first round convened: a stalled round instead of the record's.
  session = withTree(session, takeMove(showStep(session.tree, 3), { move: 'talks.round', outcome: 'stalled' }, name));
  return withCompare(session, { kind: 'branch', id: 'b1' });
}

describe('saved sessions', () => {
  it('a saved session restores to the same tree, seed and comparison', () => {
    const session = forkedSession();
    const restored = restoreSession(scenario, serializeSession(scenario, session));
    expect(restored).toEqual({ ok: true, value: session });
  });

  it('any tree of valid paths survives a save and restore', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(200), { maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(12), { maxLength: 4 }),
        fc.nat(0xffffffff),
        (paths, forkAt, seed) => {
          let session = createSession(scenario, seed, continuePath([], paths[0]!), 'First');
          for (const [i, choices] of paths.slice(1).entries()) {
            const base = showStep(session.tree, forkAt[i] ?? 0);
            const prefix = session.tree.branches.find((b) => b.id === base.currentId)!.steps.slice(0, base.shownStep);
            let tree = base;
            for (const step of continuePath(prefix, choices).slice(prefix.length)) tree = takeMove(tree, step, name);
            session = withTree(session, tree);
          }
          const restored = restoreSession(scenario, serializeSession(scenario, session));
          expect(restored).toEqual({ ok: true, value: session });
        },
      ),
      { numRuns: 40 },
    );
  });

  const refusals: [string, string | (() => string), string][] = [
    ['text that is not JSON', 'hello', 'not-json'],
    ['a JSON file of another kind', '{"name":"package","dependencies":{}}', 'not-a-session'],
    ['a file from a newer Parley', () => JSON.stringify({ ...toSavedSession(scenario, forkedSession()), version: 2 }), 'newer-version'],
    ['a session of another scenario', () => JSON.stringify({ ...toSavedSession(scenario, forkedSession()), scenarioId: 'camp-david-1978' }), 'other-scenario'],
    ['a session of another model version', () => JSON.stringify({ ...toSavedSession(scenario, forkedSession()), modelVersion: 99 }), 'other-model-version'],
    ['a path the model cannot take', () => {
      const saved = toSavedSession(scenario, forkedSession());
      return JSON.stringify({ ...saved, branches: [{ ...saved.branches[0]!, path: 'agreement.sign' }] });
    }, 'invalid'],
    ['a branch whose parent is missing', () => {
      const saved = toSavedSession(scenario, forkedSession());
      return JSON.stringify({ ...saved, branches: [saved.branches[1]!, saved.branches[0]!] });
    }, 'invalid'],
    ['a shown step past the branch end', () => JSON.stringify({ ...toSavedSession(scenario, forkedSession()), shownStep: 500 }), 'invalid'],
    ['a parameter out of range', () => JSON.stringify({ ...toSavedSession(scenario, forkedSession()), params: { initialMomentum: 1000 } }), 'invalid'],
    ['a huge file', () => ' '.repeat(3_000_000), 'too-large'],
  ];

  for (const [what, text, code] of refusals) {
    it(`refuses ${what} with a message saying why`, () => {
      const restored = restoreSession(scenario, typeof text === 'function' ? text() : text);
      expect(restored.ok).toBe(false);
      if (restored.ok) return;
      expect(restored.error.code).toBe(code);
      expect(coreEn.restoreError(restored.error).length).toBeGreaterThan(20);
    });
  }

  const withFirstPath = (path: string) => {
    const saved = toSavedSession(scenario, forkedSession());
    return { name: saved.branches[0]!.name, text: JSON.stringify({ ...saved, branches: [{ ...saved.branches[0]!, path }, ...saved.branches.slice(1)] }) };
  };

  it('says which branch’s path cannot be read, and at which item', () => {
    const { name, text } = withFirstPath('talks.convene,not a move!');
    const restored = restoreSession(scenario, text);
    expect(!restored.ok && restored.error).toMatchObject({ code: 'invalid', damage: { kind: 'unreadable-branch-path', branch: name } });
    if (restored.ok) return;
    expect(coreEn.restoreError(restored.error)).toBe(
      `This session file is damaged (branch “${name}”: step 2: "not a move!" is not a move id with an optional :outcome).`,
    );
  });

  it('says which branch’s path the model cannot follow, and at which step', () => {
    const { name, text } = withFirstPath('agreement.sign');
    const restored = restoreSession(scenario, text);
    expect(!restored.ok && restored.error).toMatchObject({ code: 'invalid', damage: { kind: 'unfollowable-branch-path', branch: name } });
    if (restored.ok) return;
    expect(coreEn.restoreError(restored.error)).toMatch(new RegExp(`^This session file is damaged \\(branch “${name}”, step 1: move “.+” \\(agreement\\.sign\\) `));
  });

  it('a comparison with a branch that is not in the file is dropped, not trusted', () => {
    const saved = { ...toSavedSession(scenario, forkedSession()), compare: { kind: 'branch', id: 'b99' } };
    const restored = restoreSession(scenario, JSON.stringify(saved));
    expect(restored.ok && restored.value.compare).toBe(null);
  });
});
