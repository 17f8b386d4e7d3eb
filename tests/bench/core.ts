/** Benchmarks of the core that need no browser: link length and replay speed. */
import { coreEn } from '@/lib/i18n/core-messages';
import { performance } from 'node:perf_hooks';
import { requireScenario } from '@/tests/support/scenarios';
import { buildLinkUrl } from '@/lib/share/link';
import { replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { parsePath, type PathStep } from '@/lib/sim/path';
import type { Scenario } from '@/machines/scenario';

const ORIGIN = 'https://parley.example';

/**
 * Each scenario's reference link: thirty moves of its record (then weeks passing, should it be
 * shorter) with three parameter overrides — issue 5's for Abu Dhabi, and for Panmunjom three a
 * class would try (a longer clock for the line, a lower count of the willing, air pressure that works).
 */
const REFERENCE_OVERRIDES: Record<string, Record<string, number>> = {
  'abu-dhabi-2026': { energyTruceDays: 3, rearmingConcern: 0.75, truceDailyHazard: 0.08 },
  'panmunjom-1951': { demarcationClockDays: 60, screeningWillingShare: 0.3, airPressureMomentumSteps: 0.5 },
};
const scenarios = await Promise.all(Object.keys(REFERENCE_OVERRIDES).map((id) => requireScenario(id)));

function historyPath(scenario: Scenario): PathStep[] {
  const parsed = parsePath('history', scenario.data);
  if (!parsed.ok) throw new Error(coreEn.simError(parsed.error));
  return parsed.value;
}

function referenceLinkLength(scenario: Scenario): number {
  const history = historyPath(scenario);
  const path = [...history.slice(0, 30), ...Array.from({ length: Math.max(0, 30 - history.length) }, () => ({ move: 'time.week' }))];
  const params = REFERENCE_OVERRIDES[scenario.data.id]!;
  const url = buildLinkUrl(ORIGIN, { scenarioId: scenario.data.id, modelVersion: scenario.data.modelVersion, path, seed: 1, params, step: null, compare: null }, scenario);
  if (!url.ok) throw new Error(coreEn.simError(url.error));
  return url.value.length - ORIGIN.length;
}

function replayMsPerStep(scenario: Scenario): number {
  const params = resolveParams(scenario.data);
  if (!params.ok) throw new Error(coreEn.simError(params.error));
  const path = historyPath(scenario);
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
      return scenarios.map((scenario) => ({ label: `${scenario.data.id}, characters after the origin`, value: referenceLinkLength(scenario), unit: 'chars', budget: 120 }));
    },
  },
  {
    name: 'replaying a path through the statechart',
    async run() {
      return scenarios.map((scenario) => ({ label: `${scenario.data.id}, per step of its record`, value: replayMsPerStep(scenario) * 1000, unit: 'µs' }));
    },
  },
];
