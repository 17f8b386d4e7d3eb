/**
 * Sessions kept aside in the browser. A link that runs under another seed or other parameters cannot
 * join the saved session's branches, so it opens a session of its own and the saved one is kept
 * here; opening a kept session keeps the one it replaces in its place. Each is kept as its saved text
 * (saved-session.ts), newest last.
 */

/** How many are kept; keeping one more lets the oldest go. */
export const MAX_KEPT_SESSIONS = 10;

/**
 * The kept sessions stored as `text`: a JSON list of saved sessions. A lone saved session (as an
 * earlier Parley kept its one) is a list of one; anything unreadable is none.
 */
export function readKeptSessions(text: string | null): string[] {
  if (text === null) return [];
  try {
    const stored: unknown = JSON.parse(text);
    if (Array.isArray(stored)) return stored.filter((item): item is string => typeof item === 'string');
    return stored !== null && typeof stored === 'object' ? [text] : [];
  } catch {
    return [];
  }
}

/** The list with `saved` kept as the newest: once only, and at most MAX_KEPT_SESSIONS. */
export function keepSession(kept: readonly string[], saved: string): string[] {
  return [...kept.filter((text) => text !== saved), saved].slice(-MAX_KEPT_SESSIONS);
}

/** A glance at a saved session: enough to name it and to tell its settings, without checking it whole. */
export interface SavedSessionGlance {
  /** The branch it shows, and that branch's length. */
  branchName: string;
  steps: number;
  branches: number;
  seed: number;
  params: Readonly<Record<string, number>>;
}

/**
 * A glance at a saved session's text; null if it is not one. Cheap, and without the schema that
 * restoring checks it against (restore-session.ts, loaded only to restore): it names kept sessions,
 * and tells whether the session saved in the browser runs under other settings before it is written
 * over.
 */
export function glanceAtSavedSession(text: string): SavedSessionGlance | null {
  try {
    const saved = JSON.parse(text) as { branches?: { id?: unknown; name?: unknown; path?: unknown }[]; currentBranchId?: unknown; seed?: unknown; params?: unknown };
    const current = saved.branches?.find((b) => b.id === saved.currentBranchId);
    const params = saved.params;
    if (!current || typeof current.name !== 'string' || typeof current.path !== 'string' || typeof saved.seed !== 'number') return null;
    if (params === null || typeof params !== 'object' || !Object.values(params).every((v) => typeof v === 'number')) return null;
    return {
      branchName: current.name,
      // Move ids and outcomes hold no commas (path.ts).
      steps: current.path === '' ? 0 : current.path.split(',').length,
      branches: saved.branches!.length,
      seed: saved.seed,
      params: params as Record<string, number>,
    };
  } catch {
    return null;
  }
}

/** A session with nothing in it worth keeping: one branch, no steps. */
export const holdsNothing = (glance: Pick<SavedSessionGlance, 'branches' | 'steps'>): boolean => glance.branches === 1 && glance.steps === 0;
