/**
 * The Panmunjom 1951–53 scenario's engine: its statechart and the answers to the engine's questions,
 * built from its data, which it takes as an argument rather than importing (the workbench gets the
 * data with its HTML and loads only this code).
 */
import { unmetRequirement, viewOf } from '@/machines/requirements';
import { defineEngine, effectValues, moveDaysOf, type OutcomeOdds } from '@/machines/scenario';
import type { data } from './data';
import { createPanmunjom1951Machine } from './machine';
import {
  nkPowerPct,
  oddsTable,
  passTime,
  relapseRiskPct,
  remainingRelapseRiskPct,
  requirementsOf,
  STATES,
  type ModelContext,
  type ModelView,
} from './rules';

/** Where a signed deal stands: holding, broken, or none signed yet. */
type DealState = 'holding' | 'broken' | null;

const holding = (view: ModelView) => view.matches(STATES.armisticeHolding) || view.matches(STATES.agreementHolding);
const dealStateOf = (view: ModelView): DealState =>
  holding(view) ? 'holding' : view.matches(STATES.armisticeBroken) || view.matches(STATES.agreementBroken) ? 'broken' : null;

/** The risk shown: of the terms so far before a signing; of what is left of it after; all of it once broken. */
function riskShown(view: ModelView, c: ModelContext): number {
  const definitive = view.matches('agreement');
  const deal = dealStateOf(view);
  return deal === 'broken' ? 100 : deal === 'holding' ? remainingRelapseRiskPct(c, definitive) : relapseRiskPct(c, c.terms);
}

const metricsOfContext = (view: ModelView, c: ModelContext) => ({
  talksMomentum: c.talksMomentum,
  sessionsHeld: c.sessionsHeld,
  usCasualties: c.usCasualties,
  nkPowerPct: nkPowerPct(c),
  manchuriaPowerLostPct: c.powerStruckDay === null ? 0 : c.params.manchuriaPowerLossPct,
  prisonersRefusing: c.prisonersRefusing ?? 0,
  prisonersReleasedByRok: c.prisonersReleasedByRok,
  prisonersExchanged: c.prisonersExchanged,
  relapseRiskPct: riskShown(view, c),
});

/** Only uncertain moves with some chance left are offered. */
const possible = (odds: readonly OutcomeOdds[] | null) => odds && odds.filter((o) => o.p > 0);

export const engine = defineEngine((scenarioData: typeof data) => {
  const effects = effectValues(scenarioData);
  const requirements = requirementsOf(effects);
  const daysOf = moveDaysOf(scenarioData);
  const odds = oddsTable(daysOf);
  const hasOdds = (moveId: string): moveId is keyof typeof odds => Object.hasOwn(odds, moveId);
  return {
    createMachine: () => createPanmunjom1951Machine({ daysOf, requirements }),
    input: (params) => ({ params, effects }),
    dayOf: (snapshot) => snapshot.context.day,
    metricsOf: (snapshot) => metricsOfContext(viewOf(snapshot), snapshot.context),
    // Time alone is the war going on: the same rule the clock advances by, with no move's own effect.
    metricsAfterDays: (snapshot, days) =>
      metricsOfContext(viewOf(snapshot), { ...snapshot.context, ...passTime(snapshot.context, days, viewOf(snapshot).matches(STATES.inSession)) }),
    oddsOf: (snapshot, moveId) =>
      hasOdds(moveId) && (snapshot.matches('negotiating') || holding(viewOf(snapshot))) ? possible(odds[moveId](viewOf(snapshot))) : null,
    whyUnavailable: (snapshot, moveId) => unmetRequirement(requirements, viewOf(snapshot), moveId),
    // A signed deal ends the talks, not the story: the outcome stands from the signing on.
    outcomeOf: (snapshot) => (snapshot.matches('agreement') ? 'agreement' : snapshot.matches('armistice') ? 'armistice' : snapshot.matches('collapse') ? 'collapse' : null),
    holdsOf: (snapshot) => {
      const deal = dealStateOf(viewOf(snapshot));
      return deal === null ? null : deal === 'holding';
    },
  };
});
