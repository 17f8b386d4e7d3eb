/**
 * The notices the workbench shows above its panels: what went wrong with the link arrived by, a
 * session kept aside, an action that failed, a local copy that could not be read. One of each kind
 * at most (a newer one takes the older one's place), always in the same order.
 */
import type { SimError } from '@/lib/sim/errors';
import type { LinkError } from '@/lib/share/errors';
import type { RestoreError } from './restore-session';

export type Notice =
  | { kind: 'link-problem'; problem: LinkError }
  /** The saved session was kept aside, because the link runs under other settings. */
  | { kind: 'set-aside' }
  /** What the person just tried could not be done, and why. */
  | { kind: 'action-failed'; action: 'move'; error: SimError }
  | { kind: 'action-failed'; action: 'import' | 'open-kept'; error: RestoreError }
  /** The local copy could not be read: a fresh session started, and the copy was kept aside. */
  | { kind: 'saved-unreadable'; error: RestoreError };

export type NoticeKind = Notice['kind'];

const ORDER: readonly NoticeKind[] = ['link-problem', 'set-aside', 'action-failed', 'saved-unreadable'];

/** The notices with `notice` among them, in place of any earlier one of its kind. */
export function withNotice(notices: readonly Notice[], notice: Notice): readonly Notice[] {
  return [...notices.filter((n) => n.kind !== notice.kind), notice].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/** The notices without those of `kind`: the same list when there are none, so nothing redraws. */
export function withoutNotice(notices: readonly Notice[], kind: NoticeKind): readonly Notice[] {
  return notices.some((n) => n.kind === kind) ? notices.filter((n) => n.kind !== kind) : notices;
}
