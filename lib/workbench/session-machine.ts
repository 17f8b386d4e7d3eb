/**
 * The workbench session as an XState actor: the undo history of a person's edits, the sessions kept
 * aside, the notices shown, and the policy for the copy kept in the browser — read on arrival, saved
 * after each change once its frame is painted, shared with the other tabs of the scenario. Every
 * effect (the store, reading a saved session, the address bar, waiting for a paint) is injected
 * through the input, so the same machine runs in the browser and in Node tests.
 */
import { and, assign, enqueueActions, fromCallback, fromPromise, not, raise, setup, stateIn, type ActorRefFrom, type EventObject, type SnapshotFrom } from 'xstate';
import type { Scenario } from '@/machines/scenario';
import type { PathStep } from '@/lib/sim/path';
import type { SimError } from '@/lib/sim/errors';
import type { LinkError } from '@/lib/share/errors';
import type { Arrival, BranchNames } from './arrival';
import type { RestoreError } from './restore-session';
import { openBranch, renameBranch, showStep, takeMove, type BranchTree } from './branch-tree';
import { recordOf } from './record';
import { localCopy, type LoadedCopy, type LocalCopy, type OtherTabChange, type ReadSaved } from './local-copy';
import { withNotice, withoutNotice, type Notice, type NoticeKind } from './notices';
import { isEcho, takesOn } from './persistence';
import { adoptSession, createSession, withCompare, withTree, type CompareTarget, type Session } from './session';
import type { KeyValueStore } from './storage';
import { canRedo, canUndo, record, redo, startHistory, undo, type UndoHistory } from './undo';

/** What a person asks of the session. */
export type SessionCommand =
  | { type: 'move'; step: PathStep }
  /** A move could not be taken (chance could not draw its outcome), and why. */
  | { type: 'move.refused'; error: SimError }
  | { type: 'step.show'; step: number }
  | { type: 'branch.open'; id: string }
  | { type: 'branch.rename'; id: string; name: string }
  | { type: 'compare'; target: CompareTarget | null }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'start-over' }
  /** A file's text to replace the session with, once the person confirms. */
  | { type: 'import.file'; text: string }
  | { type: 'import.confirm' }
  | { type: 'import.cancel' }
  /** A kept session (its saved text) to open in place of this one. */
  | { type: 'kept.open'; text: string }
  | { type: 'notice.dismiss'; kind: NoticeKind }
  /** The page is hidden or left: what waits to be saved is saved now. */
  | { type: 'page.hidden' };

/** What the session's helpers tell it: a frame painted, another tab's change, its own change. */
type SessionSignal = { type: 'painted' } | { type: 'session.changed' } | { type: 'reopen'; modelVersion: number } | OtherTabChange;

export interface SessionEffects {
  /** Reads a saved session's text back. */
  readSaved: ReadSaved;
  /** Calls `done` once the frame that shows the latest change has been painted; returns the cancel. */
  afterPaint(done: () => void): () => void;
  /** Puts the session's share link in the address bar. */
  showAddress(session: Session): void;
  /** Opens the workbench again in another model version of the scenario, which reads the local copy made with it. */
  reopenIn(modelVersion: number): void;
}

export interface SessionInput {
  scenario: Scenario;
  /** The session the page opened on, as the address gave it. */
  initial: Session;
  arrival: Arrival;
  /** What was wrong with the link arrived by, if anything. */
  linkProblem: LinkError | null;
  names: BranchNames;
  store: KeyValueStore;
  effects: SessionEffects;
  /** The scenario's other model versions this Parley runs: a saved session made with one opens in it. */
  otherVersions: readonly number[];
}

interface SessionContext {
  scenario: Scenario;
  initial: Session;
  arrival: Arrival;
  names: BranchNames;
  local: LocalCopy;
  effects: SessionEffects;
  history: UndoHistory<Session>;
  /** Sessions kept aside in this browser, as saved text, newest last. */
  kept: readonly string[];
  notices: readonly Notice[];
  /** The session last taken on from another tab, whose work is saved there already. */
  adopted: Session | null;
  /** The adopted session whose echo was skipped (persistence.ts, `isEcho`). */
  echoSkipped: Session | null;
  /** Whether the address bar follows the session: from the first save of a session other than the one the page opened on. */
  addressFollows: boolean;
  /** A session read from a file, waiting for the person to confirm that it replaces this one. */
  imported: Session | null;
  otherVersions: readonly number[];
  /** What happened (the `history` preset's steps): a branch that is exactly this is never extended. */
  record: readonly PathStep[];
}

/** A saved text, and the session read from it or why it could not be read. */
type ReadText = { text: string } & ({ session: Session; problem: null } | { session: null; problem: RestoreError });

/** The model version a saved text was made with, when that is why it could not be read here. */
const otherVersionOf = (read: ReadText): number | null => (read.problem?.code === 'other-model-version' ? read.problem.saved : null);

async function readText(readSaved: ReadSaved, text: string): Promise<ReadText> {
  const restored = await readSaved(text);
  return restored.ok ? { text, session: restored.value, problem: null } : { text, session: null, problem: restored.error };
}

/** The history after a person's edit; the same history when it changed nothing. */
function historyAfter(context: SessionContext, event: SessionCommand | SessionSignal): UndoHistory<Session> {
  const { history, names } = context;
  const session = history.present;
  const withNewTree = (tree: BranchTree) => record(history, withTree(session, tree));
  switch (event.type) {
    case 'move':
      return withNewTree(takeMove(session.tree, event.step, names.next, context.record));
    case 'step.show':
      return withNewTree(showStep(session.tree, event.step));
    case 'branch.open':
      return withNewTree(openBranch(session.tree, event.id));
    case 'branch.rename':
      return withNewTree(renameBranch(session.tree, event.id, event.name));
    case 'compare':
      return record(history, withCompare(session, event.target));
    case 'start-over':
      return record(history, createSession(context.scenario, session.seed, [], names.first));
    case 'undo':
      return undo(history);
    case 'redo':
      return redo(history);
    default:
      return history;
  }
}

const edited = ({ context, event }: { context: SessionContext; event: SessionCommand | SessionSignal }) => historyAfter(context, event);

/** The notices once the local copy is read: whether it was kept aside, or could not be read. */
function noticesOnLoad(notices: readonly Notice[], loaded: LoadedCopy): readonly Notice[] {
  if (loaded.setAside) return withNotice(notices, { kind: 'set-aside' });
  if (loaded.unreadable !== null) return withNotice(notices, { kind: 'saved-unreadable', error: loaded.unreadable });
  return notices;
}

/** Whether two lists of kept sessions are the same: the same list is kept, so what shows it is not drawn again. */
const sameTexts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((text, i) => text === b[i]);

/** What reading the text a command or another tab's save carries needs (events without one never start a read). */
const textToRead = ({ context, event }: { context: SessionContext; event: SessionCommand | SessionSignal }) => ({
  readSaved: context.effects.readSaved,
  text: 'text' in event ? event.text : '',
});

/** Whether a change of this tab's own waits to be saved. */
const unsaved = stateIn({ lifecycle: { ready: { saving: { afterPaint: 'unsaved' } } } });

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionCommand | SessionSignal,
    input: {} as SessionInput,
  },
  actors: {
    loadLocalCopy: fromPromise<LoadedCopy, SessionContext>(({ input }) => input.local.load(input.arrival, input.names.next)),
    readText: fromPromise<ReadText, { readSaved: ReadSaved; text: string }>(({ input }) => readText(input.readSaved, input.text)),
    afterPaint: fromCallback<EventObject, SessionEffects>(({ sendBack, input }) => input.afterPaint(() => sendBack({ type: 'painted' }))),
    watchOtherTabs: fromCallback<EventObject, LocalCopy>(({ sendBack, input }) => input.watch(sendBack)),
  },
  actions: {
    /** Takes on a new history; a change of session is then saved, once its frame is painted. */
    changeHistory: enqueueActions(({ context, enqueue }, history: UndoHistory<Session>) => {
      if (history === context.history) return;
      enqueue.assign({ history });
      enqueue.raise({ type: 'session.changed' });
    }),
    save: enqueueActions(({ context, enqueue, self }) => {
      const session = context.history.present;
      if (isEcho(session, context.adopted, context.echoSkipped)) {
        enqueue.assign({ echoSkipped: context.adopted });
        return;
      }
      enqueue(() => {
        const kept = context.local.save(session);
        if (kept) self.send({ type: 'kept.changed', kept });
      });
    }),
    /** The address the page opened with already shows the session it opened on: it stays until that changes. */
    followAddress: enqueueActions(({ context, enqueue }) => {
      const session = context.history.present;
      if (session === context.initial && !context.addressFollows) return;
      enqueue.assign({ addressFollows: true });
      enqueue(() => context.effects.showAddress(session));
    }),
    /**
     * A kept session of another model version becomes the local copy for that version's workbench,
     * which opens in place of this one; this session is kept in its place.
     */
    openElsewhere: enqueueActions(({ context, enqueue }, read: ReadText) => {
      const kept = context.local.openKeptElsewhere(read.text, context.history.present);
      if (kept === null) {
        enqueue.assign({ notices: withNotice(context.notices, { kind: 'action-failed', action: 'open-kept', error: read.problem! }) });
        return;
      }
      enqueue.raise({ type: 'reopen', modelVersion: otherVersionOf(read)! });
    }),
    /** Before the kept session read opens: the session it replaces is kept in its place. */
    keepInPlace: ({ context, self }, opened: string) => self.send({ type: 'kept.changed', kept: context.local.openKept(opened, context.history.present) }),
    notify: assign({ notices: ({ context }, notice: Notice) => withNotice(context.notices, notice) }),
    clearNotice: assign({ notices: ({ context }, kind: NoticeKind) => withoutNotice(context.notices, kind) }),
  },
  guards: {
    readable: (_, read: ReadText) => read.session !== null,
    /** A kept session made with another model version this Parley runs: it opens in that version's workbench. */
    ofOtherVersion: ({ context }, read: ReadText) => otherVersionOf(read) !== null && context.otherVersions.includes(otherVersionOf(read)!),
  },
}).createMachine({
  id: 'session',
  type: 'parallel',
  context: ({ input }) => ({
    scenario: input.scenario,
    initial: input.initial,
    arrival: input.arrival,
    names: input.names,
    local: localCopy(input.scenario, input.store, input.effects.readSaved, (version) => input.otherVersions.includes(version)),
    effects: input.effects,
    history: startHistory(input.initial),
    kept: [],
    notices: input.linkProblem ? [{ kind: 'link-problem', problem: input.linkProblem }] : [],
    adopted: null,
    echoSkipped: null,
    addressFollows: false,
    imported: null,
    otherVersions: input.otherVersions,
    record: recordOf(input.scenario.data),
  }),
  on: {
    move: { actions: { type: 'changeHistory', params: edited } },
    'step.show': { actions: { type: 'changeHistory', params: edited } },
    'branch.open': { actions: { type: 'changeHistory', params: edited } },
    'branch.rename': { actions: { type: 'changeHistory', params: edited } },
    compare: { actions: { type: 'changeHistory', params: edited } },
    'start-over': { actions: { type: 'changeHistory', params: edited } },
    undo: { actions: { type: 'changeHistory', params: edited } },
    redo: { actions: { type: 'changeHistory', params: edited } },
    'move.refused': { actions: { type: 'notify', params: ({ event }) => ({ kind: 'action-failed', action: 'move', error: event.error }) } },
    'notice.dismiss': { actions: { type: 'clearNotice', params: ({ event }) => event.kind } },
    'kept.changed': { actions: assign({ kept: ({ context, event }) => (sameTexts(context.kept, event.kept) ? context.kept : event.kept) }) },
    reopen: { target: '.lifecycle.reopening', actions: ({ context, event }) => context.effects.reopenIn(event.modelVersion) },
  },
  states: {
    lifecycle: {
      initial: 'loading',
      states: {
        // The server drew the address’s session; the local copy exists only here. Nothing is saved
        // before it is read, so it cannot be written over. Edits are taken meanwhile; a saved session
        // read is laid over them.
        loading: {
          invoke: {
            src: 'loadLocalCopy',
            input: ({ context }) => context,
            onDone: [
              { guard: ({ event }) => event.output.reopenIn !== null, actions: raise(({ event }) => ({ type: 'reopen' as const, modelVersion: event.output.reopenIn! })) },
              {
                target: 'ready',
                actions: assign(({ context, event: { output } }) => ({
                  history: output.session ? startHistory(output.session) : context.history,
                  kept: sameTexts(context.kept, output.kept) ? context.kept : output.kept,
                  notices: noticesOnLoad(context.notices, output),
                })),
              },
            ],
            onError: 'unread',
          },
        },
        // The workbench opens again in the model version of the session to be read: nothing more
        // is saved here, so that session is not written over before it opens.
        reopening: {},
        // The reader of saved sessions could not be loaded: nothing is saved, so the local copy is
        // not written over.
        unread: {},
        ready: {
          type: 'parallel',
          invoke: { src: 'watchOtherTabs', input: ({ context }) => context.local },
          states: {
            // Saving and updating the address are no part of showing a change: they wait until its
            // frame is painted, run once for a burst of changes, and the saving at the latest when
            // the page is hidden or left.
            saving: {
              initial: 'afterPaint',
              states: {
                idle: { id: 'saved', on: { 'session.changed': 'afterPaint' } },
                afterPaint: {
                  // Each change waits for its own frame.
                  on: { 'session.changed': { target: 'afterPaint', reenter: true } },
                  invoke: { src: 'afterPaint', input: ({ context }) => context.effects },
                  initial: 'unsaved',
                  states: {
                    unsaved: {
                      on: {
                        'page.hidden': { target: 'saved', actions: 'save' },
                        painted: { target: '#saved', actions: ['save', 'followAddress'] },
                      },
                    },
                    saved: {
                      on: { painted: { target: '#saved', actions: 'followAddress' } },
                    },
                  },
                },
              },
            },
            // Another tab saved: its session is taken on when it holds other work under the same
            // settings and nothing here waits to be saved (the person is acting here; the other tab
            // takes this on in turn). A session under other settings is that tab’s own (a link opened
            // there): it is kept aside before this tab next saves.
            otherTab: {
              initial: 'idle',
              states: {
                idle: { on: { 'other-tab.saved': { guard: not(unsaved), target: 'reading' } } },
                reading: {
                  // A later save there replaces the one being read.
                  on: { 'other-tab.saved': { guard: not(unsaved), target: 'reading', reenter: true } },
                  invoke: {
                    src: 'readText',
                    input: textToRead,
                    onDone: [
                      {
                        // Nothing here may have been changed while that session was read: checked again.
                        guard: and([not(unsaved), ({ context, event }) => event.output.session !== null && takesOn(context.history.present, event.output.session)]),
                        target: 'idle',
                        // Taken on, not done here: it starts this tab's undo history.
                        actions: [
                          assign({ adopted: ({ context, event }) => adoptSession(event.output.session!, context.history.present) }),
                          { type: 'changeHistory', params: ({ context }) => startHistory(context.adopted!) },
                        ],
                      },
                      { target: 'idle' },
                    ],
                    onError: 'idle',
                  },
                },
              },
            },
          },
        },
      },
    },
    import: {
      initial: 'idle',
      states: {
        idle: { on: { 'import.file': 'reading' } },
        reading: {
          on: { 'import.file': { target: 'reading', reenter: true } },
          invoke: {
            src: 'readText',
            input: textToRead,
            onDone: [
              {
                guard: { type: 'readable', params: ({ event }) => event.output },
                target: 'confirming',
                actions: [assign({ imported: ({ event }) => event.output.session }), { type: 'clearNotice', params: 'action-failed' }],
              },
              {
                target: 'idle',
                actions: { type: 'notify', params: ({ event }) => ({ kind: 'action-failed', action: 'import', error: event.output.problem! }) },
              },
            ],
            onError: 'idle',
          },
        },
        // The import dialog is open exactly while a file’s session waits for the person to confirm
        // that it replaces this one.
        confirming: {
          on: {
            'import.confirm': {
              target: 'idle',
              actions: [{ type: 'changeHistory', params: ({ context }) => record(context.history, context.imported!) }, assign({ imported: null })],
            },
            'import.cancel': { target: 'idle', actions: assign({ imported: null }) },
          },
        },
      },
    },
    // A kept session opens in place of this one (undoably), which is kept in its place unless it
    // holds nothing; one that cannot be read stays kept.
    keptOpening: {
      initial: 'idle',
      states: {
        idle: { on: { 'kept.open': 'reading' } },
        reading: {
          on: { 'kept.open': { target: 'reading', reenter: true } },
          invoke: {
            src: 'readText',
            input: textToRead,
            onDone: [
              {
                guard: { type: 'readable', params: ({ event }) => event.output },
                target: 'idle',
                actions: [
                  { type: 'keepInPlace', params: ({ event }) => event.output.text },
                  { type: 'changeHistory', params: ({ context, event }) => record(context.history, event.output.session!) },
                  { type: 'clearNotice', params: 'set-aside' },
                  { type: 'clearNotice', params: 'action-failed' },
                ],
              },
              {
                guard: { type: 'ofOtherVersion', params: ({ event }) => event.output },
                target: 'idle',
                actions: { type: 'openElsewhere', params: ({ event }) => event.output },
              },
              {
                target: 'idle',
                actions: { type: 'notify', params: ({ event }) => ({ kind: 'action-failed', action: 'open-kept', error: event.output.problem! }) },
              },
            ],
            onError: 'idle',
          },
        },
      },
    },
  },
});

export type SessionActor = ActorRefFrom<typeof sessionMachine>;
export type SessionSnapshot = SnapshotFrom<typeof sessionMachine>;

/** What the workbench reads of the session, each narrowly, so a change redraws only what shows it. */
export const sessionSelectors = {
  session: (snapshot: SessionSnapshot) => snapshot.context.history.present,
  canUndo: (snapshot: SessionSnapshot) => canUndo(snapshot.context.history),
  canRedo: (snapshot: SessionSnapshot) => canRedo(snapshot.context.history),
  /** Whether the local copy has been read (the page is then ready for the person). */
  loaded: (snapshot: SessionSnapshot) => snapshot.matches({ lifecycle: 'ready' }),
  kept: (snapshot: SessionSnapshot) => snapshot.context.kept,
  notices: (snapshot: SessionSnapshot) => snapshot.context.notices,
  /** The session a file holds while the person confirms that it replaces this one; null otherwise. */
  imported: (snapshot: SessionSnapshot) => snapshot.context.imported,
};
