/** The address bar, kept in step with what the workbench shows (the address itself: lib/share/address.ts). */
import type { Scenario } from '@/machines/scenario';
import { besideOfSearch, withBeside, workbenchAddress } from '@/lib/share/address';
import { sessionAddress } from '@/lib/workbench/share';
import type { Session } from '@/lib/workbench/session';

/**
 * Replaces the address bar with the session's share link, without a navigation. The native History
 * API is used rather than `router.replace` because Next integrates it without re-rendering the
 * server page, so a move costs no server round trip; like `router.replace`, it adds no history
 * entry per move. The person may have left the workbench since: another page's address is not ours
 * to change. Another scenario set beside the charts (`?beside=`) stays named after the link.
 */
export function replaceUrlState(scenario: Scenario, session: Session): void {
  const here = workbenchAddress(scenario.data.id);
  if (window.location.pathname !== here) return;
  // A session no link can carry leaves the bare scenario address rather than a stale link.
  const address = withBeside(sessionAddress(scenario, session) ?? here, besideOfSearch(window.location.search));
  if (`${window.location.pathname}${window.location.search}` === address) return;
  window.history.replaceState(null, '', address);
}

/** Names another scenario to set beside the charts in the address bar (or none), keeping the rest of the address. */
export function replaceBesideInUrl(scenarioId: string | null): void {
  const { pathname, search } = window.location;
  const address = withBeside(`${pathname}${search}`, scenarioId);
  if (`${pathname}${search}` !== address) window.history.replaceState(null, '', address);
}
