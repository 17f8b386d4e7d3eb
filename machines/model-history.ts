/**
 * A scenario's model versions, as its folder records them (`history.ts`): each released version
 * stays runnable for good, so that a link or a saved session made with it opens exactly as it did.
 * A version not yet released is a preview: it opens only when asked for by name, and may still change.
 */

/** One model version: when it was released (null while it is a preview) and what changed from the one before. */
export interface ModelRelease {
  version: number;
  /** ISO date of the release; null for a preview. */
  released: string | null;
  /** What changed from the version before, a few short sentences, written with the release. */
  changes: readonly string[];
}

/** Every version of a scenario's model, oldest first. */
export type ModelHistory = readonly ModelRelease[];

/** The version a scenario opens with when nothing names one: the newest released. */
export function currentVersion(history: ModelHistory): ModelRelease {
  const released = history.filter((release) => release.released !== null);
  return released.at(-1) ?? history[0]!;
}
