/**
 * Every scenario Parley knows, by id, and how to load each of its model versions: the version's data
 * and engine, each a module of its own (`model-N/data.ts` exporting `data`, `model-N/engine.ts`
 * exporting `engine`), and the scenario's version history (`history.ts`). Adding a scenario is one
 * entry here and a folder beside this file; releasing a model version is a folder and a line of its
 * own (README, "Releasing a model version"). Scenarios load on demand, so a page ships only the
 * scenario it shows, and a workbench page only its own version's data and engine.
 */
import { keptLoads } from './kept-loads';
import { currentVersion, type ModelHistory } from './model-history';
import type { Scenario, ScenarioData, ScenarioEngine } from './scenario';
import { history as abuDhabi2026History } from './abu-dhabi-2026/history';
import { history as panmunjom1951History } from './panmunjom-1951/history';

interface VersionModules {
  data: () => Promise<{ data: ScenarioData }>;
  engine: () => Promise<{ engine: ScenarioEngine }>;
}

interface ScenarioEntry {
  history: ModelHistory;
  versions: Readonly<Record<number, VersionModules>>;
}

const registry: Record<string, ScenarioEntry> = {
  'abu-dhabi-2026': {
    history: abuDhabi2026History,
    versions: {
      1: { data: () => import('./abu-dhabi-2026/model-1/data'), engine: () => import('./abu-dhabi-2026/model-1/engine') },
      2: { data: () => import('./abu-dhabi-2026/model-2/data'), engine: () => import('./abu-dhabi-2026/model-2/engine') },
    },
  },
  'panmunjom-1951': {
    history: panmunjom1951History,
    versions: {
      1: { data: () => import('./panmunjom-1951/model-1/data'), engine: () => import('./panmunjom-1951/model-1/engine') },
    },
  },
};

/** The registered scenario ids, in the order the gallery lists them. */
export const scenarioIds: readonly string[] = Object.keys(registry);

export const isScenarioId = (id: string): boolean => Object.hasOwn(registry, id);

/** Every model version the registry can load, as `id@version`. */
export const scenarioVersions: readonly string[] = scenarioIds.flatMap((id) => Object.keys(registry[id]!.versions).map((version) => `${id}@${version}`));

/** A scenario's model versions, oldest first; empty for an id that is not registered. */
export const modelHistoryOf = (id: string): ModelHistory => (isScenarioId(id) ? registry[id]!.history : []);

/** The version a scenario opens with when nothing names one (the newest released); undefined for an unknown id. */
export const currentModelVersion = (id: string): number | undefined => (isScenarioId(id) ? currentVersion(registry[id]!.history).version : undefined);

/** Whether this scenario has this model version to run. */
export const hasModelVersion = (id: string, version: number): boolean => isScenarioId(id) && Object.hasOwn(registry[id]!.versions, version);

/** The version to open for one an address asks for: that one when this scenario has it; else undefined, for the current one (whose reader then says what is wrong). */
export const versionToOpen = (id: string, asked: number | null): number | undefined => (asked !== null && hasModelVersion(id, asked) ? asked : undefined);

const modulesOf = (id: string, version: number | undefined): VersionModules | undefined => {
  const wanted = version ?? currentModelVersion(id);
  return wanted !== undefined && hasModelVersion(id, wanted) ? registry[id]!.versions[wanted] : undefined;
};

// Each load is kept, so a scenario asked for again is there within a microtask.
const once = keptLoads();

const keyOf = (kind: string, id: string, version: number | undefined) => `${kind}:${id}:${version ?? currentModelVersion(id)}`;

/**
 * A scenario's data alone (the gallery, the model page, a workbench page's props), of the version
 * asked for or else the current one; undefined when there is no such scenario or version.
 */
export async function loadScenarioData(id: string, version?: number): Promise<ScenarioData | undefined> {
  const modules = modulesOf(id, version);
  return modules && once(keyOf('data', id, version), async () => (await modules.data()).data);
}

/** A scenario's engine alone, to build the scenario from data already at hand; undefined when there is none. */
export async function loadEngine(id: string, version?: number): Promise<ScenarioEngine | undefined> {
  const modules = modulesOf(id, version);
  return modules && once(keyOf('engine', id, version), async () => (await modules.engine()).engine);
}

/** The scenario with this id, data and engine, of the version asked for or else the current one; undefined when there is none. */
export async function loadScenario(id: string, version?: number): Promise<Scenario | undefined> {
  if (!modulesOf(id, version)) return undefined;
  return once(keyOf('scenario', id, version), async () => (await loadEngine(id, version))!((await loadScenarioData(id, version))!));
}

/** Every registered scenario in its current version, loaded, in registry order. */
export async function loadScenarios(): Promise<Scenario[]> {
  return Promise.all(scenarioIds.map(async (id) => (await loadScenario(id))!));
}

/** Every model version of every registered scenario, loaded, oldest version first: what the laws and the golden corpus hold to. */
export async function loadEveryModelVersion(): Promise<Scenario[]> {
  return Promise.all(scenarioVersions.map(async (key) => {
    const [id, version] = key.split('@') as [string, string];
    return (await loadScenario(id, Number(version)))!;
  }));
}
