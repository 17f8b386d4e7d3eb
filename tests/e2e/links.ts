/** Builds share-link codes in the test process with the same core the app uses. */
import { coreEn } from '@/lib/i18n/core-messages';
import { loadEveryModelVersion } from '@/machines/registry';
import { requireScenario } from '@/tests/support/scenarios';
import type { ScenarioData } from '@/machines/scenario';
import { BitWriter } from '@/lib/share/bits';
import { encodeLinkCode, FORMAT_VERSION, withCheckDigits, type LinkState } from '@/lib/share/codec';
import { parsePath } from '@/lib/sim/path';

const everyVersion = await loadEveryModelVersion();

/** Links of one scenario: its workbench address, its paths as steps, and codes made in any of its model versions. */
export async function linksOf(scenarioId: string) {
  const scenario = await requireScenario(scenarioId);
  /** Each model version's data, by version: a link's moves are numbered by its own version's. */
  const dataOf = new Map<number, ScenarioData>(everyVersion.filter((s) => s.data.id === scenarioId).map((s) => [s.data.modelVersion, s.data]));

  const steps = (pathText: string, data: ScenarioData = scenario.data) => {
    const parsed = parsePath(pathText, data);
    if (!parsed.ok) throw new Error(coreEn.simError(parsed.error));
    return parsed.value;
  };

  const linkCode = (pathText: string, extra: Partial<LinkState> = {}, modelVersion = scenario.data.modelVersion): string => {
    const state: LinkState = {
      scenarioId,
      modelVersion,
      path: steps(pathText, dataOf.get(modelVersion)),
      seed: 1,
      params: {},
      step: null,
      compare: null,
      ...extra,
    };
    const encoded = encodeLinkCode(state, dataOf.get(modelVersion) ?? { ...scenario.data, modelVersion });
    if (!encoded.ok) throw new Error(coreEn.simError(encoded.error));
    return encoded.value;
  };

  return { scenario, workbenchUrl: (query = '') => `/s/${scenarioId}${query}`, steps, linkCode };
}

/** A sealed code of a future format version, or one whose fields claim more than it holds. */
export function craftedCode(write: (writer: BitWriter) => void): string {
  const writer = new BitWriter();
  write(writer);
  return withCheckDigits(writer.toDigits());
}

export { FORMAT_VERSION };
