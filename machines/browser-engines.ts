/**
 * Each scenario's engine as the browser gets it (`engine.client.ts`, a client module): a reference
 * the workbench page hands to the browser, which then loads the engine's code with the page's own
 * scripts instead of after them. Apart from the registry because a client module that a page can
 * reach is sent with that page: only the workbench page imports this file. Adding a scenario adds a
 * line here too (tests/unit/scenario-data.test.ts checks the two lists agree).
 */
import type { ScenarioEngine } from './scenario';

const browserEngines: Record<string, () => Promise<{ engine: ScenarioEngine }>> = {
  'abu-dhabi-2026': () => import('./abu-dhabi-2026/engine.client'),
};

/** The scenario ids this file lists, to check against the registry's. */
export const browserEngineIds: readonly string[] = Object.keys(browserEngines);

/** A scenario's engine as a reference for a client component; on the server it is only a reference, not to be called. */
export async function loadBrowserEngine(id: string): Promise<ScenarioEngine | undefined> {
  return Object.hasOwn(browserEngines, id) ? (await browserEngines[id]!()).engine : undefined;
}
