/**
 * The workbench's address. Arriving, it may carry a share link (`?l=<code>`), a preset
 * (`?preset=history`, from the gallery) or a readable path (`?path=<move:outcome,…>&seed=N&step=K`,
 * handy to type). While the person works, the address bar holds the share link of what is shown
 * (lib/workbench/share.ts).
 */
import type { Scenario } from '@/machines/scenario';
import { formatPath, type PathStep } from '@/lib/sim/path';
import type { UsablePart } from './errors';
import { linkModelVersion } from './codec';
import { LINK_PARAM, linkPathAndQuery } from './link';
import { parseModelVersion, readReadableAddress, type ReadableAddress } from './readable-address';

/** What the address asks the workbench to show: a share-link code, or the readable fields; null where it says nothing. */
export interface UrlState extends ReadableAddress {
  code: string | null;
}

type SearchParamsLike = Readonly<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));

/** What the address's query asks for (the first value of a parameter given twice). */
export function readUrlState(searchParams: SearchParamsLike): UrlState {
  return { code: first(searchParams[LINK_PARAM]), ...readReadableAddress((name) => first(searchParams[name])) };
}

/**
 * The model version the address asks for: the one its link was made with, or the one `model=N`
 * names; null when it names none (the current model opens it) or its link cannot be read (the
 * decoder then says why).
 */
export function askedModelVersion(url: Pick<UrlState, 'code' | 'model'>): number | null {
  if (url.code !== null) return linkModelVersion(url.code);
  return parseModelVersion(url.model);
}

/** The share link of the part of a link that can be opened. */
export function usableAddress(scenario: Scenario, usable: UsablePart): string | null {
  const address = linkPathAndQuery(
    { scenarioId: scenario.data.id, modelVersion: scenario.data.modelVersion, ...usable, step: null, compare: null },
    scenario,
  );
  return address.ok ? address.value : null;
}

/** The workbench's own address, with no query: what the address bar holds for a session no link can carry. */
export const workbenchAddress = (scenarioId: string) => `/s/${scenarioId}`;

/** The address that opens a scenario at its start, whatever this browser has saved. */
export const startAddress = (scenarioId: string) => `${workbenchAddress(scenarioId)}?path=`;

/**
 * The readable address that opens a path in a model version, with its seed and the step shown: how
 * a path made with one version is opened in another, whose engine then replays it (and says at
 * which step, and why, it can no longer be followed).
 */
export function pathInVersionAddress(scenarioId: string, version: number, path: readonly PathStep[], seed: number, step: number | null): string {
  const query = new URLSearchParams({ model: String(version), path: formatPath(path), seed: String(seed) });
  if (step !== null) query.set('step', String(step));
  return `${workbenchAddress(scenarioId)}?${query.toString()}`;
}

/** The workbench of a model version, with nothing of the address's own: it opens on the session saved with that version. */
export const versionAddress = (scenarioId: string, version: number) => `${workbenchAddress(scenarioId)}?model=${version}`;

/** A scenario page's address (`/s/<scenario>`, `…/model`) in a model version: as it is for the current one, with `model=N` for any other. */
export const inVersion = (address: string, version: number, current: number) => (version === current ? address : `${address}?model=${version}`);

/**
 * The query parameter naming another scenario whose record the workbench sets beside its charts
 * (`?beside=<scenario id>`). It is the address bar's, not the share link's: the link's code and the
 * links already shared stay as they are, and the address the bar holds carries it on after the link.
 */
export const BESIDE_PARAM = 'beside';

/** The scenario id the address's query names to set beside, if any (the first, if named twice). */
export const besideAsked = (searchParams: SearchParamsLike): string | null => first(searchParams[BESIDE_PARAM]);

/**
 * `address` (a path with or without a query) with `?beside=` naming `scenarioId`, or without it for
 * null; the rest of its query is kept as written, so a readable path stays readable.
 */
export function withBeside(address: string, scenarioId: string | null): string {
  const at = address.indexOf('?');
  const [path, query] = at === -1 ? [address, ''] : [address.slice(0, at), address.slice(at + 1)];
  const kept = query.split('&').filter((part) => part !== '' && part.split('=')[0] !== BESIDE_PARAM);
  if (scenarioId !== null) kept.push(`${BESIDE_PARAM}=${encodeURIComponent(scenarioId)}`);
  return kept.length > 0 ? `${path}?${kept.join('&')}` : path;
}

/** The scenario id `?beside=` names in a query string as the browser gives it (`location.search`). */
export function besideOfSearch(search: string): string | null {
  const value = new URLSearchParams(search).get(BESIDE_PARAM);
  return value === null || value === '' ? null : value;
}
