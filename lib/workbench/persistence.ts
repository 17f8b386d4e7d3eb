/**
 * What the workbench does with the copy of a session kept in the browser, decided without touching
 * it: on arrival, on saving, when another tab saves, when a kept session is opened. All branches of
 * a session run under one seed and one set of parameters, so a session under other settings never
 * joins another's branches: it is kept aside instead (kept-sessions.ts).
 */
import type { Scenario } from '@/machines/scenario';
import { sameParams } from '@/lib/sim/params';
import type { Arrival } from './arrival';
import { glanceAtSavedSession, holdsNothing, keepSession } from './kept-sessions';
import { serializeSession } from './saved-session';
import { sessionContent, type Session } from './session';

/**
 * The keys a scenario's sessions are stored under: the local copy, the sessions kept aside, and a
 * copy that could not be read. Sessions saved in real browsers are found by these names: never
 * change them.
 */
export function storageKeys(scenarioId: string): { session: string; kept: string; unreadable: string } {
  const session = `parley:session:${scenarioId}`;
  return { session, kept: `${session}:before-link`, unreadable: `${session}:unreadable` };
}

/** Seed and parameters as an arrival or a saved session's glance gives them; null where it names none. */
interface Settings {
  seed: number | null;
  params: Readonly<Record<string, number>> | null;
}

/** Whether `other` names a seed or parameters that differ from the session's. */
export function settingsDiffer(session: Session, other: Settings): boolean {
  return (other.seed !== null && other.seed !== session.seed) || (other.params !== null && !sameParams(other.params, session.params));
}

/** Whether a session holds nothing worth keeping: one branch, with no steps. */
export const sessionHoldsNothing = (session: Session): boolean =>
  holdsNothing({ branches: session.tree.branches.length, steps: session.tree.branches[0]!.steps.length });

/**
 * What arriving does with the local copy: `lay-over` lays the arrival over it; `keep-aside` keeps it
 * aside, because the address runs under another seed or other parameters and the copy holds
 * something (a copy that holds nothing is simply laid over); `nothing-saved` when there is none.
 */
export function decideArrival(saved: Session | null, arrival: Arrival): 'lay-over' | 'keep-aside' | 'nothing-saved' {
  if (saved === null) return 'nothing-saved';
  return !sessionHoldsNothing(saved) && settingsDiffer(saved, arrival) ? 'keep-aside' : 'lay-over';
}

/**
 * What saving a session does, given its saved text and what is stored now: nothing when the stored
 * text is the same; else it writes, first keeping aside the stored text when it is another tab's
 * session under other settings that holds something (that tab opened a link: its session is its own).
 */
export function decideSave(session: Session, text: string, stored: string | null): { write: false } | { write: true; keepAside: string | null } {
  if (stored === text) return { write: false };
  const theirs = stored === null ? null : glanceAtSavedSession(stored);
  const theirsApart = theirs !== null && !holdsNothing(theirs) && settingsDiffer(session, theirs);
  return { write: true, keepAside: theirsApart ? stored : null };
}

/**
 * Whether saving now would only echo the session just taken on from another tab (`adopted`), which
 * differs from that tab's only in what this tab shows: writing it would put this tab's view over the
 * view of the tab the person acted in. Once only (`echoSkipped` is the adopted session whose echo was
 * skipped): coming back to it later, by undo, is a change of this tab's own, and is saved.
 */
export function isEcho(session: Session, adopted: Session | null, echoSkipped: Session | null): boolean {
  return adopted !== null && session === adopted && echoSkipped !== adopted;
}

/**
 * Whether this tab takes on the session another tab saved: when it runs under the same settings and
 * holds other work. A view of the same work elsewhere leaves this tab, and its undo, alone. (The
 * session actor adds the third condition, which is its state: nothing of this tab's own waits to be
 * saved, for then the person is acting here, and the other tab takes that on in turn.)
 */
export function takesOn(mine: Session, theirs: Session): boolean {
  return !settingsDiffer(mine, theirs) && sessionContent(theirs) !== sessionContent(mine);
}

/**
 * The kept sessions once the kept text `opened` is opened in place of `current`: the opened text
 * leaves the list, and the current session is kept in its place unless it holds nothing.
 */
export function keptAfterOpening(scenario: Scenario, kept: readonly string[], opened: string, current: Session): string[] {
  const others = kept.filter((text) => text !== opened);
  return sessionHoldsNothing(current) ? others : keepSession(others, serializeSession(scenario, current));
}
