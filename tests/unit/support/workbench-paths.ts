/** Valid paths for workbench tests, built by asking the engine which moves are open at each step. */
import { coreEn } from '@/lib/i18n/core-messages';
import { requireScenario } from '@/tests/support/scenarios';
import { resolveParams } from '@/lib/sim/params';
import type { PathStep } from '@/lib/sim/path';
import { legalPath } from './legal-paths';

export const scenario = await requireScenario('abu-dhabi-2026');
const resolved = resolveParams(scenario.data, {});
if (!resolved.ok) throw new Error(coreEn.simError(resolved.error));
export const defaultParams = resolved.value;

/** `prefix` continued by one step per choice: each choice picks among the moves and outcomes open then. */
export function continuePath(prefix: readonly PathStep[], choices: readonly number[]): PathStep[] {
  return legalPath(scenario, {}, choices, prefix);
}
