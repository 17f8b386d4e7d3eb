/**
 * The workbench's URL: `?path=<move:outcome,…>&seed=N&step=K` (and `?preset=<id>` on arrival from
 * the gallery). This module is the only place that knows the URL's shape, so the compact share-link
 * codec can replace it without touching the components.
 */

/** What the URL asks the workbench to show; null where the URL says nothing. */
export interface UrlState {
  /** A path in `sim` text form; '' asks for the start. */
  path: string | null;
  /** A preset id, e.g. `history`. */
  preset: string | null;
  seed: number | null;
  step: number | null;
}

type SearchParamsLike = Readonly<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));

const wholeNumber = (text: string | null, max: number): number | null => {
  if (text === null || !/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n <= max ? n : null;
};

export function readUrlState(searchParams: SearchParamsLike): UrlState {
  return {
    path: first(searchParams.path),
    preset: first(searchParams.preset),
    seed: wholeNumber(first(searchParams.seed), 0xffffffff),
    step: wholeNumber(first(searchParams.step), 100_000),
  };
}

/** The query string (without `?`) for a shown path. */
export function writeUrlState(state: { path: string; seed: number; step: number }): string {
  const query = new URLSearchParams({ path: state.path, seed: String(state.seed), step: String(state.step) });
  // Commas and colons are safe in a query; leaving them readable keeps links legible.
  return query.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/**
 * Replaces the address bar's query without a navigation. The native History API is used rather
 * than `router.replace` because Next integrates it without re-rendering the server page, so a move
 * costs no server round trip; like `router.replace`, it adds no history entry per move.
 */
export function replaceUrlState(state: { path: string; seed: number; step: number }): void {
  const query = writeUrlState(state);
  if (window.location.search === `?${query}`) return;
  window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
}
