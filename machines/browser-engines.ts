/**
 * Each scenario's engines as the browser gets them (`model-N/engine.client.ts`, client modules): a
 * reference the workbench page hands to the browser, which then loads the engine's code with the
 * page's own scripts instead of after them. Apart from the registry because a client module that a
 * page can reach is sent with that page: only the workbench page imports this file. Adding a scenario
 * or a model version adds a line here too (tests/unit/scenario-data.test.ts checks the two lists agree).
 */
import type { ScenarioEngine } from './scenario';

const browserEngines: Record<string, Readonly<Record<number, () => Promise<{ engine: ScenarioEngine }>>>> = {
  'abu-dhabi-2026': {
    1: () => import('./abu-dhabi-2026/model-1/engine.client'),
    2: () => import('./abu-dhabi-2026/model-2/engine.client'),
  },
};

/** The scenario ids and model versions this file lists, as `id@version`, to check against the registry's. */
export const browserEngineVersions: readonly string[] = Object.entries(browserEngines).flatMap(([id, versions]) =>
  Object.keys(versions).map((version) => `${id}@${version}`),
);

/** A scenario version's engine as a reference for a client component; on the server it is only a reference, not to be called. */
export async function loadBrowserEngine(id: string, version: number): Promise<ScenarioEngine | undefined> {
  const load = Object.hasOwn(browserEngines, id) && Object.hasOwn(browserEngines[id]!, version) ? browserEngines[id]![version]! : undefined;
  return load && (await load()).engine;
}
