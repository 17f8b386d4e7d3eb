/** Benchmarks of the core that need no browser: link length and replay speed. */
import { coreEn } from '@/lib/i18n/core-messages';
import { performance } from 'node:perf_hooks';
import { requireScenario } from '@/tests/support/scenarios';
import { buildLinkUrl } from '@/lib/share/link';
import { replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { parsePath, type PathStep } from '@/lib/sim/path';

const scenario = await requireScenario('abu-dhabi-2026');
const ORIGIN = 'https://parley.example';

function historyPath(): PathStep[] {
  const parsed = parsePath('history', scenario.data);
  if (!parsed.ok) throw new Error(coreEn.simError(parsed.error));
  return parsed.value;
}

/** Issue 5's reference: thirty moves (of the history, then weeks passing should it be shorter) and three parameter overrides. */
function referenceLinkLength(): number {
  const history = historyPath();
  const path = [...history.slice(0, 30), ...Array.from({ length: Math.max(0, 30 - history.length) }, () => ({ move: 'time.week' }))];
  const url = buildLinkUrl(
    ORIGIN,
    { scenarioId: scenario.data.id, modelVersion: scenario.data.modelVersion, path, seed: 1, params: { energyTruceDays: 3, rearmingConcern: 0.75, truceDailyHazard: 0.08 }, step: null, compare: null },
    scenario,
  );
  if (!url.ok) throw new Error(coreEn.simError(url.error));
  return url.value.length - ORIGIN.length;
}

function replayMsPerStep(): number {
  const params = resolveParams(scenario.data);
  if (!params.ok) throw new Error(coreEn.simError(params.error));
  const path = historyPath();
  for (let i = 0; i < 20; i += 1) replay(scenario, path, params.value);
  const runs = 200;
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) replay(scenario, path, params.value);
  return (performance.now() - started) / (runs * path.length);
}

export const coreBenchmarks = [
  {
    name: 'share link of the 30-move reference path with 3 parameter overrides',
    async run() {
      return [{ label: 'characters after the origin', value: referenceLinkLength(), unit: 'chars', budget: 120 }];
    },
  },
  {
    name: 'replaying a path through the statechart',
    async run() {
      return [{ label: 'per step', value: replayMsPerStep() * 1000, unit: 'µs' }];
    },
  },
];
