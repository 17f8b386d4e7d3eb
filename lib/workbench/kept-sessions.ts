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

/** What a kept session is, to tell it from the others: its current branch, how many branches, its seed. */
export interface KeptSessionSummary {
  branchName: string;
  branches: number;
  steps: number;
  seed: number;
  /** How many parameters it overrides. */
  overrides: number;
}

/** A summary of a kept session's saved text; null if the text is not a saved session. */
export function summarizeKeptSession(text: string): KeptSessionSummary | null {
  try {
    const saved = JSON.parse(text) as {
      branches?: { id?: unknown; name?: unknown; path?: unknown }[];
      currentBranchId?: unknown;
      seed?: unknown;
      params?: unknown;
    };
    const current = saved.branches?.find((b) => b.id === saved.currentBranchId);
    if (!current || typeof current.name !== 'string' || typeof current.path !== 'string' || typeof saved.seed !== 'number') return null;
    return {
      branchName: current.name,
      branches: saved.branches!.length,
      steps: current.path === '' ? 0 : current.path.split(',').length,
      seed: saved.seed,
      overrides: saved.params !== null && typeof saved.params === 'object' ? Object.keys(saved.params).length : 0,
    };
  } catch {
    return null;
  }
}
