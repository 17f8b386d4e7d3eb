/**
 * Every scenario Parley knows, by id, and how to load it. Adding a scenario is one line here and a
 * folder beside this file. Scenarios load on demand, so a page ships only the scenario it shows.
 */
import type { Scenario } from './scenario';

const loaders: Record<string, () => Promise<{ scenario: Scenario }>> = {
  'abu-dhabi-2026': () => import('./abu-dhabi-2026'),
};

/** The registered scenario ids, in the order the gallery lists them. */
export const scenarioIds: readonly string[] = Object.keys(loaders);

export const isScenarioId = (id: string): boolean => Object.hasOwn(loaders, id);

// Each load is kept: asked again, a scenario is there within a microtask, as a page rendered on the
// server needs it to be so that its HTML is not held back for a later chunk of the stream.
const loaded = new Map<string, Promise<Scenario>>();

/** The scenario with this id, loaded; undefined when there is none. */
export async function loadScenario(id: string): Promise<Scenario | undefined> {
  if (!isScenarioId(id)) return undefined;
  let scenario = loaded.get(id);
  if (!scenario) {
    scenario = loaders[id]!().then((module) => module.scenario);
    loaded.set(id, scenario);
  }
  return scenario;
}

/** Every registered scenario, loaded, in registry order. */
export async function loadScenarios(): Promise<Scenario[]> {
  return Promise.all(scenarioIds.map(async (id) => (await loadScenario(id))!));
}
