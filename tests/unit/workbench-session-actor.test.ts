import { afterEach, describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { requireScenario } from '@/tests/support/scenarios';
import { readUrlState } from '@/lib/share/address';
import { formatPath, type PathStep } from '@/lib/sim/path';
import { arriveFrom, initialSession, type BranchNames } from '@/lib/workbench/arrival';
import { currentBranch } from '@/lib/workbench/branch-tree';
import { glanceAtSavedSession, MAX_KEPT_SESSIONS, readKeptSessions } from '@/lib/workbench/kept-sessions';
import { restoreSession } from '@/lib/workbench/restore-session';
import { serializeSession } from '@/lib/workbench/saved-session';
import type { Session } from '@/lib/workbench/session';
import { sessionMachine, sessionSelectors, type SessionActor, type SessionCommand } from '@/lib/workbench/session-machine';
import type { ReadSaved } from '@/lib/workbench/local-copy';
import { memoryBrowser, type MemoryBrowser } from './support/memory-store';

const scenario = await requireScenario('abu-dhabi-2026');
const names: BranchNames = { first: 'My path', next: (n) => `Path ${n}` };
const KEY = 'parley:session:abu-dhabi-2026';
const KEPT_KEY = `${KEY}:before-link`;
const week: PathStep = { move: 'time.week' };
const intensify: PathStep = { move: 'strike.intensify' };
const day: PathStep = { move: 'time.day' };

const running: SessionActor[] = [];
afterEach(() => running.splice(0).forEach((actor) => actor.stop()));

/** Lets every pending task run: other tabs' storage events, reads of saved sessions, paints. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

interface Tab {
  actor: SessionActor;
  send(command: SessionCommand): void;
  session(): Session;
  /** The addresses the tab put in its address bar, in order. */
  addresses: Session[];
  /** With `paints: 'manual'`: paints the frames waiting to be painted. */
  paint(): void;
  /** The model versions the tab asked to open again in, in order. */
  reopened: number[];
}

interface TabOptions {
  /** 'manual': frames paint only when told (`Tab.paint`); else a moment after each change. */
  paints?: 'auto' | 'manual';
  /** How saved sessions are read back; restore-session.ts by default. */
  readSaved?: ReadSaved;
  /** The scenario's other model versions the tab can open; none by default. */
  otherVersions?: number[];
}

/** A workbench tab opened at `query` (as the address bar has it) in `browser`, its local copy read. */
async function openTab(browser: MemoryBrowser, query: Record<string, string> = {}, { paints = 'auto', readSaved, otherVersions = [] }: TabOptions = {}): Promise<Tab> {
  const { check } = arriveFrom(scenario, readUrlState(query), names);
  const waiting = new Set<() => void>();
  const addresses: Session[] = [];
  const reopened: number[] = [];
  const actor = createActor(sessionMachine, {
    input: {
      scenario,
      initial: initialSession(scenario, check, names.next),
      arrival: check.arrival,
      linkProblem: check.problem,
      names,
      store: browser.tab(),
      effects: {
        readSaved: readSaved ?? (async (text) => restoreSession(scenario, text)),
        afterPaint(done) {
          if (paints === 'manual') {
            waiting.add(done);
            return () => waiting.delete(done);
          }
          const timer = setTimeout(done, 0);
          return () => clearTimeout(timer);
        },
        showAddress: (session) => addresses.push(session),
        reopenIn: (version) => reopened.push(version),
      },
      otherVersions,
    },
  }).start();
  running.push(actor);
  await waitFor(actor, (snapshot) => !snapshot.matches({ lifecycle: 'loading' }));
  await settle();
  return {
    actor,
    send: (command) => actor.send(command),
    session: () => actor.getSnapshot().context.history.present,
    addresses,
    paint: () => [...waiting].forEach((done) => done()),
    reopened,
  };
}

const moves = (...steps: PathStep[]): SessionCommand[] => steps.map((step) => ({ type: 'move', step }));

async function act(tab: Tab, ...commands: SessionCommand[]): Promise<void> {
  for (const command of commands) tab.send(command);
  await settle();
}

/** A tab whose frames paint only when told, its first frame painted and a move (a week passing) waiting for the next. */
async function tabWithUnsavedMove(browser: MemoryBrowser): Promise<Tab> {
  const tab = await openTab(browser, {}, { paints: 'manual' });
  tab.paint();
  await act(tab, ...moves(week));
  return tab;
}

/** The branches of a session as their paths in `sim` text, in order. */
const branchPaths = (session: Session) => session.tree.branches.map((b) => formatPath(b.steps));
const saved = (browser: MemoryBrowser) => glanceAtSavedSession(browser.items.get(KEY) ?? '');
const select = <T,>(tab: Tab, selector: (snapshot: ReturnType<SessionActor['getSnapshot']>) => T): T => selector(tab.actor.getSnapshot());

describe('the session actor in one tab', () => {
  it('saves each change once its frame is painted, and a reload opens what was saved', async () => {
    const browser = memoryBrowser();
    const tab = await openTab(browser);
    await act(tab, ...moves(week, intensify));
    expect(saved(browser)).toMatchObject({ steps: 2, seed: 1 });
    const reloaded = await openTab(browser);
    expect(branchPaths(reloaded.session())).toEqual(['time.week,strike.intensify']);
    expect(reloaded.session().tree.shownStep).toBe(2);
  });

  it('saves nothing before the frame is painted, and at once when the page is hidden', async () => {
    const browser = memoryBrowser();
    const tab = await tabWithUnsavedMove(browser);
    expect(saved(browser)).toMatchObject({ steps: 0 });
    await act(tab, { type: 'page.hidden' });
    expect(saved(browser)).toMatchObject({ steps: 1 });
  });

  it('leaves the address the page opened with until the session changes, then follows it', async () => {
    const browser = memoryBrowser();
    const tab = await openTab(browser, { preset: 'history' });
    expect(tab.addresses).toEqual([]);
    await act(tab, { type: 'step.show', step: 1 });
    expect(tab.addresses.map((s) => s.tree.shownStep)).toEqual([1]);
  });

  it('undo and redo step through edits, and starting over keeps the seed', async () => {
    const browser = memoryBrowser();
    const tab = await openTab(browser, { path: 'time.week', seed: '7' });
    await act(tab, ...moves(intensify), { type: 'start-over' });
    expect(branchPaths(tab.session())).toEqual(['']);
    expect(tab.session().seed).toBe(7);
    await act(tab, { type: 'undo' });
    expect(branchPaths(tab.session())).toEqual(['time.week,strike.intensify']);
    await act(tab, { type: 'undo' }, { type: 'redo' });
    expect(currentBranch(tab.session().tree).steps).toEqual([week, intensify]);
    expect(select(tab, sessionSelectors.canRedo)).toBe(true);
  });

  it('an imported file replaces the session only once confirmed; a bad file changes nothing and says why', async () => {
    const browser = memoryBrowser();
    const tab = await openTab(browser);
    const file = serializeSession(scenario, initialSession(scenario, arriveFrom(scenario, readUrlState({ path: 'time.week,time.day' }), names).check, names.next));
    await act(tab, { type: 'import.file', text: file });
    expect(select(tab, sessionSelectors.imported)?.tree.branches).toHaveLength(1);
    await act(tab, { type: 'import.cancel' });
    expect(select(tab, sessionSelectors.imported)).toBeNull();
    expect(branchPaths(tab.session())).toEqual(['']);

    await act(tab, { type: 'import.file', text: 'not json at all' });
    expect(select(tab, sessionSelectors.notices)).toEqual([{ kind: 'action-failed', action: 'import', error: { code: 'not-json' } }]);
    await act(tab, { type: 'import.file', text: file });
    await act(tab, { type: 'import.confirm' });
    expect(branchPaths(tab.session())).toEqual(['time.week,time.day']);
    expect(select(tab, sessionSelectors.notices)).toEqual([]);
    expect(select(tab, sessionSelectors.canUndo)).toBe(true);
  });

  it('an unreadable saved copy is kept under :unreadable, a fresh session starts, and a notice says so', async () => {
    const browser = memoryBrowser({ [KEY]: '{"version":1,"oops"' });
    const tab = await openTab(browser);
    expect(browser.items.get(`${KEY}:unreadable`)).toBe('{"version":1,"oops"');
    expect(select(tab, sessionSelectors.notices)).toEqual([{ kind: 'saved-unreadable', error: { code: 'not-json' } }]);
    expect(branchPaths(tab.session())).toEqual(['']);
    await act(tab, { type: 'notice.dismiss', kind: 'saved-unreadable' });
    expect(select(tab, sessionSelectors.notices)).toEqual([]);
  });

  it('a local copy that cannot be read at all (its reader did not load) is never written over', async () => {
    const browser = memoryBrowser();
    await act(await openTab(browser), ...moves(week));
    const before = browser.items.get(KEY);
    const tab = await openTab(browser, {}, { readSaved: () => Promise.reject(new Error('chunk failed to load')) });
    await act(tab, ...moves(day));
    expect(select(tab, sessionSelectors.loaded)).toBe(false);
    expect(browser.items.get(KEY)).toBe(before);
  });

  it('the problem of the link arrived by is the first notice, until dismissed', async () => {
    const tab = await openTab(memoryBrowser(), { path: 'talks.convene,agreement.sign' });
    const [notice] = select(tab, sessionSelectors.notices);
    expect(notice).toMatchObject({ kind: 'link-problem', problem: { usable: { path: [{ move: 'talks.convene' }] } } });
    await act(tab, { type: 'move.refused', error: { code: 'outcome-needed', move: { id: 'talks.round', label: 'Hold the round' }, possible: [] } });
    expect(select(tab, sessionSelectors.notices).map((n) => n.kind)).toEqual(['link-problem', 'action-failed']);
    await act(tab, { type: 'notice.dismiss', kind: 'link-problem' });
    expect(select(tab, sessionSelectors.notices).map((n) => n.kind)).toEqual(['action-failed']);
  });
});

describe('links under other settings and the sessions kept aside', () => {
  it('a link under another seed keeps the saved session aside, and opening it keeps the link’s session in its place', async () => {
    const browser = memoryBrowser();
    await act(await openTab(browser), ...moves(week, intensify));
    const tab = await openTab(browser, { path: 'truce.propose', seed: '7' });
    expect(select(tab, sessionSelectors.notices)).toEqual([{ kind: 'set-aside' }]);
    expect(branchPaths(tab.session())).toEqual(['truce.propose']);
    const kept = select(tab, sessionSelectors.kept);
    expect(kept.map((text) => glanceAtSavedSession(text))).toEqual([expect.objectContaining({ seed: 1, steps: 2 })]);

    await act(tab, { type: 'kept.open', text: kept[0]! });
    expect(branchPaths(tab.session())).toEqual(['time.week,strike.intensify']);
    expect(select(tab, sessionSelectors.notices)).toEqual([]);
    const keptNow = select(tab, sessionSelectors.kept);
    expect(keptNow.map((text) => glanceAtSavedSession(text))).toEqual([expect.objectContaining({ seed: 7, steps: 1 })]);
    expect(readKeptSessions(browser.items.get(KEPT_KEY)!)).toEqual(keptNow);
    await act(tab, { type: 'undo' });
    expect(branchPaths(tab.session())).toEqual(['truce.propose']);
  });

  it('a saved session that holds nothing is laid over by a link under another seed, not kept', async () => {
    const browser = memoryBrowser();
    await openTab(browser);
    const tab = await openTab(browser, { path: 'truce.propose', seed: '7' });
    expect(select(tab, sessionSelectors.notices)).toEqual([]);
    expect(select(tab, sessionSelectors.kept)).toEqual([]);
  });

  it('with nowhere to keep the saved session, the link is laid over it as usual', async () => {
    const browser = memoryBrowser();
    await act(await openTab(browser), ...moves(week));
    browser.refuse((key) => key === KEPT_KEY);
    const tab = await openTab(browser, { path: 'truce.propose', seed: '7' });
    expect(select(tab, sessionSelectors.notices)).toEqual([]);
    expect(branchPaths(tab.session())).toEqual(['time.week', 'truce.propose']);
  });

  it('keeps the ten most recent sessions aside, letting the oldest go', async () => {
    const browser = memoryBrowser();
    const seeds = Array.from({ length: MAX_KEPT_SESSIONS + 2 }, (_, i) => 11 + i);
    for (const seed of seeds) await act(await openTab(browser, { path: 'time.week', seed: String(seed) }), ...moves(day));
    const tab = await openTab(browser, { path: 'time.week', seed: '99' });
    // Every session but the last was kept aside in turn; the last is kept by this arrival.
    expect(select(tab, sessionSelectors.kept).map((text) => glanceAtSavedSession(text)!.seed)).toEqual(seeds.slice(-MAX_KEPT_SESSIONS));
  });

  it('a kept session that cannot be read stays kept, and a notice says so', async () => {
    const browser = memoryBrowser({ [KEPT_KEY]: JSON.stringify(['damaged']) });
    const tab = await openTab(browser);
    await act(tab, { type: 'kept.open', text: 'damaged' });
    expect(select(tab, sessionSelectors.kept)).toEqual(['damaged']);
    expect(select(tab, sessionSelectors.notices)).toEqual([{ kind: 'action-failed', action: 'open-kept', error: expect.objectContaining({ code: expect.any(String) }) }]);
  });
});

describe('sessions made with another model version', () => {
  /** A saved session as model version `version` would have written it: the same path, another model. */
  async function savedWithVersion(version: number, query: Record<string, string> = {}): Promise<string> {
    const browser = memoryBrowser();
    await act(await openTab(browser, query), ...moves(week, intensify));
    return JSON.stringify({ ...JSON.parse(browser.items.get(KEY)!), modelVersion: version });
  }

  it('the bare address opens the workbench again in the version the local copy was made with, and writes nothing over it', async () => {
    const text = await savedWithVersion(1);
    const browser = memoryBrowser({ [KEY]: text });
    const tab = await openTab(browser, {}, { otherVersions: [1] });
    expect(tab.reopened).toEqual([1]);
    await act(tab, { type: 'page.hidden' });
    expect(browser.items.get(KEY)).toBe(text);
    expect(browser.items.has(`${KEY}:unreadable`)).toBe(false);
  });

  it('an address that asks for a path keeps that version’s session aside, and opening it opens that version’s workbench on it', async () => {
    const text = await savedWithVersion(1);
    const browser = memoryBrowser({ [KEY]: text });
    const tab = await openTab(browser, { path: 'truce.propose' }, { otherVersions: [1] });
    expect(tab.reopened).toEqual([]);
    expect(select(tab, sessionSelectors.notices)).toEqual([{ kind: 'set-aside' }]);
    expect(select(tab, sessionSelectors.kept)).toEqual([text]);

    await act(tab, { type: 'kept.open', text });
    expect(tab.reopened).toEqual([1]);
    expect(browser.items.get(KEY)).toBe(text);
    // This version's session waits aside in its place.
    expect(readKeptSessions(browser.items.get(KEPT_KEY)!).map((t) => glanceAtSavedSession(t)?.steps)).toEqual([1]);
  });

  it('a session of a version this Parley does not run is kept under :unreadable, as any it cannot read', async () => {
    const text = await savedWithVersion(3);
    const browser = memoryBrowser({ [KEY]: text });
    const tab = await openTab(browser, {}, { otherVersions: [1] });
    expect(tab.reopened).toEqual([]);
    expect(browser.items.get(`${KEY}:unreadable`)).toBe(text);
    expect(select(tab, sessionSelectors.notices)).toEqual([{ kind: 'saved-unreadable', error: expect.objectContaining({ code: 'other-model-version', saved: 3 }) }]);
  });
});

describe('two tabs sharing one browser', () => {
  it('a tab takes on the other tab’s work under the same settings, and its next move keeps it', async () => {
    const browser = memoryBrowser();
    const first = await openTab(browser);
    await act(first, ...moves(week));
    const second = await openTab(browser, { preset: 'history' });
    await settle();
    expect(first.session().tree.branches).toHaveLength(2);
    // Taken on, not done here: nothing to undo.
    expect(select(first, sessionSelectors.canUndo)).toBe(false);
    await act(first, ...moves(intensify));
    const third = await openTab(browser);
    expect(third.session().tree.branches.map((b) => b.name)).toEqual(['My path', scenario.data.presets.find((p) => p.id === 'history')!.label]);
    expect(currentBranch(third.session().tree).steps).toEqual([week, intensify]);
    expect(second.session().tree.branches).toHaveLength(2);
  });

  it('a tab with a change waiting to be saved does not take on the other tab’s session', async () => {
    const browser = memoryBrowser();
    const first = await tabWithUnsavedMove(browser);
    const second = await openTab(browser);
    await act(second, ...moves(day));
    expect(branchPaths(first.session())).toEqual(['time.week']);
    expect(select(first, sessionSelectors.canUndo)).toBe(true);
  });

  it('a link under another seed in one tab does not take the other over, and that tab keeps it aside before it next saves', async () => {
    const browser = memoryBrowser();
    const first = await openTab(browser);
    await act(first, ...moves(week));
    await openTab(browser, { path: 'truce.propose', seed: '7' });
    await settle();
    expect(branchPaths(first.session())).toEqual(['time.week']);
    expect(select(first, sessionSelectors.canUndo)).toBe(true);
    expect(select(first, sessionSelectors.kept).map((text) => glanceAtSavedSession(text)!.seed)).toEqual([1]);

    await act(first, ...moves(intensify));
    expect(branchPaths(first.session())).toEqual(['time.week,strike.intensify']);
    const seedsKept = select(first, sessionSelectors.kept).map((text) => glanceAtSavedSession(text)!.seed);
    expect(seedsKept).toEqual([1, 7]);
    expect(readKeptSessions(browser.items.get(KEPT_KEY)!).map((text) => glanceAtSavedSession(text)!.seed)).toEqual([1, 7]);
    expect(saved(browser)).toMatchObject({ seed: 1, steps: 2 });
  });

  it('where the other tab only looks elsewhere, this tab keeps its undo', async () => {
    const browser = memoryBrowser();
    const first = await openTab(browser);
    await act(first, ...moves(week, intensify));
    const second = await openTab(browser);
    await act(second, { type: 'step.show', step: 1 });
    expect(first.session().tree.shownStep).toBe(2);
    expect(select(first, sessionSelectors.canUndo)).toBe(true);
  });

  it('the session just taken on is not written back over the other tab’s view', async () => {
    const browser = memoryBrowser();
    const first = await openTab(browser);
    await act(first, ...moves(week, intensify), { type: 'step.show', step: 1 });
    const second = await openTab(browser, { path: 'time.week,strike.intensify' });
    await act(second, { type: 'step.show', step: 1 }, ...moves(day));
    const theirs = browser.items.get(KEY);
    // The first tab took on the new branch and still shows its own branch and step...
    expect(first.session().tree.branches).toHaveLength(2);
    expect(first.session().tree).toMatchObject({ currentId: 'b1', shownStep: 1 });
    // ...without writing that view over the second tab's.
    expect(browser.items.get(KEY)).toBe(theirs);
    expect(saved(browser)).toMatchObject({ branchName: 'Path 2', steps: 2 });
  });

  it('an undo back to work taken on from another tab is saved', async () => {
    const browser = memoryBrowser();
    const first = await openTab(browser);
    const second = await openTab(browser);
    await act(second, ...moves(week));
    expect(branchPaths(first.session())).toEqual(['time.week']);
    await act(first, ...moves(intensify));
    expect(saved(browser)).toMatchObject({ steps: 2 });
    await act(first, { type: 'undo' });
    expect(saved(browser)).toMatchObject({ steps: 1 });
    expect(branchPaths((await openTab(browser)).session())).toEqual(['time.week']);
  });

  it('a tab learns of the sessions another tab keeps aside', async () => {
    const browser = memoryBrowser();
    const first = await openTab(browser);
    await act(first, ...moves(week));
    const second = await openTab(browser);
    await act(first, ...moves(day));
    await openTab(browser, { path: 'truce.propose', seed: '7' });
    await settle();
    expect(select(second, sessionSelectors.kept).map((text) => glanceAtSavedSession(text)!.steps)).toEqual([2]);
  });
});
