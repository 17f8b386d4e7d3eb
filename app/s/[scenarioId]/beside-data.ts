/**
 * The other scenarios' records to set beside a scenario's paths, worked out on the server (never in
 * the browser, which is sent only its own scenario's engine): each other registered scenario, in its
 * current model version, that shares a metric with this one.
 */
import { keptLoads } from '@/machines/kept-loads';
import { loadScenario, scenarioIds } from '@/machines/registry';
import type { ScenarioData } from '@/machines/scenario';
import { besideHistories, type BesideHistory } from '@/lib/charts/beside';

// A record is replayed once per server: it is the same for every page that sets it beside.
const once = keptLoads();

/** The other scenarios' records beside `data` (a scenario in one of its model versions). */
export function besideHistoriesFor(data: Pick<ScenarioData, 'id' | 'modelVersion' | 'metrics'>): Promise<BesideHistory[]> {
  return once(`${data.id}@${data.modelVersion}`, async () => {
    const others = await Promise.all(scenarioIds.filter((id) => id !== data.id).map((id) => loadScenario(id)));
    return besideHistories(data, others.filter((s) => s !== undefined));
  });
}
