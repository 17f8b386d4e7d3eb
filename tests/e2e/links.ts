/** Builds share-link codes in the test process with the same core the app uses. */
import { coreEn } from '@/lib/i18n/core-messages';
import { loadEveryModelVersion } from '@/machines/registry';
import { requireScenario } from '@/tests/support/scenarios';
import type { ScenarioData } from '@/machines/scenario';
import { BitWriter } from '@/lib/share/bits';
import { encodeLinkCode, FORMAT_VERSION, withCheckDigits, type LinkState } from '@/lib/share/codec';
import { parsePath } from '@/lib/sim/path';

export const scenario = await requireScenario('abu-dhabi-2026');
export const workbenchUrl = (query = '') => `/s/${scenario.data.id}${query}`;

/** Each model version's data, by version: a link's moves are numbered by its own version's. */
const dataOf = new Map<number, ScenarioData>(
  (await loadEveryModelVersion()).filter((s) => s.data.id === scenario.data.id).map((s) => [s.data.modelVersion, s.data]),
);

export function steps(pathText: string, data: ScenarioData = scenario.data) {
  const parsed = parsePath(pathText, data);
  if (!parsed.ok) throw new Error(coreEn.simError(parsed.error));
  return parsed.value;
}

export function linkCode(pathText: string, extra: Partial<LinkState> = {}, modelVersion = scenario.data.modelVersion): string {
  const state: LinkState = {
    scenarioId: scenario.data.id,
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
}

/** A sealed code of a future format version, or one whose fields claim more than it holds. */
export function craftedCode(write: (writer: BitWriter) => void): string {
  const writer = new BitWriter();
  write(writer);
  return withCheckDigits(writer.toDigits());
}

export { FORMAT_VERSION };
