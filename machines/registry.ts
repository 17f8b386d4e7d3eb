/**
 * Every scenario Parley knows, by id, and how to load it: its data and its engine, each a module of
 * its own (`data.ts` exporting `data`, `engine.ts` exporting `engine`). Adding a scenario is one
 * entry here and a folder beside this file. Scenarios load on demand, so a page ships only the
 * scenario it shows, and a workbench page, which takes the data with its HTML, only its engine.
 */
import type { Scenario, ScenarioData, ScenarioEngine } from './scenario';

interface ScenarioModules {
  data: () => Promise<{ data: ScenarioData }>;
  engine: () => Promise<{ engine: ScenarioEngine }>;
}

const registry: Record<string, ScenarioModules> = {
  'abu-dhabi-2026': { data: () => import('./abu-dhabi-2026/data'), engine: () => import('./abu-dhabi-2026/engine') },
};

/** The registered scenario ids, in the order the gallery lists them. */
export const scenarioIds: readonly string[] = Object.keys(registry);

export const isScenarioId = (id: string): boolean => Object.hasOwn(registry, id);

// Each load is kept: asked again, a scenario is there within a microtask, as a page rendered on the
// server needs it to be so that its HTML is not held back for a later chunk of the stream.
const kept = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let loading = kept.get(key) as Promise<T> | undefined;
  if (!loading) {
    loading = load();
    kept.set(key, loading);
    // A load that failed is not kept: asked again, it is tried again.
    loading.catch(() => kept.delete(key));
  }
  return loading;
}

/** A scenario's data alone (the gallery, the model page, a workbench page's props); undefined when there is none. */
export async function loadScenarioData(id: string): Promise<ScenarioData | undefined> {
  return isScenarioId(id) ? once(`data:${id}`, async () => (await registry[id]!.data()).data) : undefined;
}

/** A scenario's engine alone, to build the scenario from data already at hand; undefined when there is none. */
export async function loadEngine(id: string): Promise<ScenarioEngine | undefined> {
  return isScenarioId(id) ? once(`engine:${id}`, async () => (await registry[id]!.engine()).engine) : undefined;
}

/** The scenario with this id, data and engine; undefined when there is none. */
export async function loadScenario(id: string): Promise<Scenario | undefined> {
  if (!isScenarioId(id)) return undefined;
  return once(`scenario:${id}`, async () => (await loadEngine(id))!((await loadScenarioData(id))!));
}

/** Every registered scenario, loaded, in registry order. */
export async function loadScenarios(): Promise<Scenario[]> {
  return Promise.all(scenarioIds.map(async (id) => (await loadScenario(id))!));
}
