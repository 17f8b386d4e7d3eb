/**
 * A map of scenario engines as the browser gets them (`model-N/engine.client.ts`, client modules),
 * for a workbench route to hand to the browser as a reference: the browser then loads the engine's
 * code with the page's own scripts. A route is sent every client module it can reach, so each route
 * reaches only its own map: the current versions (browser-engines.ts) or the others
 * (browser-engines-other.ts).
 */
import type { ScenarioEngine } from './scenario';

export type BrowserEngineMap = Readonly<Record<string, Readonly<Record<number, () => Promise<{ engine: ScenarioEngine }>>>>>;

export function browserEngineLoader(map: BrowserEngineMap) {
  return {
    /** The scenario ids and model versions the map holds, as `id@version`. */
    versions: Object.entries(map).flatMap(([id, versions]) => Object.keys(versions).map((version) => `${id}@${version}`)) as readonly string[],
    /** A version's engine as a reference for a client component; on the server only a reference, not to be called. */
    async load(id: string, version: number): Promise<ScenarioEngine | undefined> {
      const load = Object.hasOwn(map, id) && Object.hasOwn(map[id]!, version) ? map[id]![version]! : undefined;
      return load && (await load()).engine;
    },
  };
}
