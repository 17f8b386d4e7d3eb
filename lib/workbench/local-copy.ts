/**
 * The copy of a scenario's session kept in this browser, read and written through a key–value store
 * (storage.ts) as persistence.ts decides. Reading a saved session back is injected (`ReadSaved`): the
 * browser loads its reader and schema only when there is something to read.
 */
import type { Scenario } from '@/machines/scenario';
import { arriveAt, asksNothing, type Arrival } from './arrival';
import type { NameBranch } from './branch-tree';
import { keepSession, readKeptSessions } from './kept-sessions';
import { decideArrival, decideSave, keptAfterOpening, storageKeys } from './persistence';
import type { RestoreError, RestoreResult } from './restore-session';
import { serializeSession } from './saved-session';
import type { Session } from './session';
import type { KeyValueStore } from './storage';

/** Reads a saved session's text back (restore-session.ts). */
export type ReadSaved = (text: string) => Promise<RestoreResult>;

/** What another tab changed: its kept sessions, or its saved session (as text, not yet read). */
export type OtherTabChange = { type: 'kept.changed'; kept: string[] } | { type: 'other-tab.saved'; text: string };

/** The local copy as the page found it on arrival. */
export interface LoadedCopy {
  /** The session to show: the local copy with the arrival laid over it; null to keep the one shown. */
  session: Session | null;
  /** The sessions kept aside, newest last. */
  kept: string[];
  /** Whether the local copy was kept aside, because the arrival runs under other settings. */
  setAside: boolean;
  /** Why the local copy could not be read (it was kept under the `unreadable` key); null when it could. */
  unreadable: RestoreError | null;
  /**
   * The model version the local copy was made with, when it is another that this Parley runs and the
   * address asks for nothing of its own: the workbench reopens in that version, which reads it.
   */
  reopenIn: number | null;
}

export interface LocalCopy {
  /**
   * Keeps `current` aside in place of the kept session `opened` (persistence.ts, `keptAfterOpening`);
   * returns the kept sessions now.
   */
  openKept(opened: string, current: Session): string[];
  /**
   * Makes the kept session `opened`, of another model version, the local copy for that version's
   * workbench to read, keeping `current` aside in its place; returns the kept sessions now, or null
   * when the store refused.
   */
  openKeptElsewhere(opened: string, current: Session): string[] | null;
  /** Reads the local copy on arrival, keeping it aside where the arrival cannot join it. */
  load(arrival: Arrival, nameBranch: NameBranch): Promise<LoadedCopy>;
  /** Saves the session; returns the kept sessions when it kept another tab's session aside, else null. */
  save(session: Session): string[] | null;
  /** Tells `onChange` what other tabs change; returns the function that stops watching. */
  watch(onChange: (change: OtherTabChange) => void): () => void;
}

/**
 * `runsVersion` says which other model versions of the scenario this Parley can open: a session made
 * with one of them is that version's, never read by this one's model.
 */
export function localCopy(scenario: Scenario, store: KeyValueStore, readSaved: ReadSaved, runsVersion: (version: number) => boolean): LocalCopy {
  const keys = storageKeys(scenario.data.id);
  const kept = () => readKeptSessions(store.read(keys.kept));
  const storeKept = (list: readonly string[]) => store.write(keys.kept, JSON.stringify(list));
  const loaded = (found: Partial<LoadedCopy>): LoadedCopy => ({ session: null, kept: kept(), setAside: false, unreadable: null, reopenIn: null, ...found });

  async function load(arrival: Arrival, nameBranch: NameBranch): Promise<LoadedCopy> {
    const text = store.read(keys.session);
    const restored = text === null ? null : await readSaved(text);
    if (text !== null && restored?.ok === false) {
      const { error } = restored;
      if (error.code === 'other-model-version' && runsVersion(error.saved)) {
        if (asksNothing(arrival)) return loaded({ reopenIn: error.saved });
        // The address asks for something of this version's: the other version's session waits aside.
        const keptNow = keepSession(kept(), text);
        if (storeKept(keptNow)) return loaded({ kept: keptNow, setAside: true });
      }
      // Kept aside rather than written over by the next save; when even that fails, nothing more can be kept.
      store.write(keys.unreadable, text);
      return loaded({ unreadable: error });
    }
    const saved = restored?.ok ? restored.value : null;
    const decision = decideArrival(saved, arrival);
    if (decision === 'keep-aside') {
      const keptNow = keepSession(kept(), serializeSession(scenario, saved!));
      if (storeKept(keptNow)) return loaded({ kept: keptNow, setAside: true });
      // With nowhere to keep the saved session, the arrival is laid over it as usual.
    }
    return loaded({ session: saved && arriveAt(saved, arrival, nameBranch) });
  }

  function openKeptElsewhere(opened: string, current: Session): string[] | null {
    const keptNow = keptAfterOpening(scenario, kept(), opened, current);
    return storeKept(keptNow) && store.write(keys.session, opened) ? keptNow : null;
  }

  function save(session: Session): string[] | null {
    const text = serializeSession(scenario, session);
    const stored = store.read(keys.session);
    const decision = decideSave(session, text, stored);
    if (!decision.write) return null;
    let keptNow: string[] | null = null;
    if (decision.keepAside !== null) {
      keptNow = keepSession(kept(), decision.keepAside);
      // Another tab's session that cannot be kept aside is not written over either.
      if (!storeKept(keptNow)) return null;
    }
    // Refused (private mode, full storage): the session still works, it just is not kept.
    store.write(keys.session, text);
    return keptNow;
  }

  function watch(onChange: (change: OtherTabChange) => void): () => void {
    return store.watch((key, text) => {
      if (key === keys.kept) onChange({ type: 'kept.changed', kept: readKeptSessions(text) });
      else if (key === keys.session && text !== null) onChange({ type: 'other-tab.saved', text });
    });
  }

  function openKept(opened: string, current: Session): string[] {
    const keptNow = keptAfterOpening(scenario, kept(), opened, current);
    // Refused: the list shown is still right for this tab, and the next change of it stores it.
    storeKept(keptNow);
    return keptNow;
  }

  return { openKept, openKeptElsewhere, load, save, watch };
}
