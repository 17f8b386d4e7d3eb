/**
 * The Abu Dhabi 2026 scenario's engine: its statechart and the answers to the engine's questions,
 * built from its data, which it takes as an argument rather than importing (the workbench gets the
 * data with its HTML and loads only this code).
 */
import { unmetRequirement, viewOf } from '@/machines/requirements';
import { defineEngine, effectValues, moveDaysOf, type OutcomeOdds } from '@/machines/scenario';
import type { data } from './data';
import { createAbuDhabi2026Machine } from './machine';
import { oddsTable, relapseRiskPct, requirementsOf } from './rules';

/** Only uncertain moves with some chance left are offered. */
const possible = (odds: readonly OutcomeOdds[] | null) => odds && odds.filter((o) => o.p > 0);

export const engine = defineEngine((scenarioData: typeof data) => {
  const effects = effectValues(scenarioData);
  const requirements = requirementsOf(effects);
  const daysOf = moveDaysOf(scenarioData);
  const odds = oddsTable(daysOf);
  const hasOdds = (moveId: string): moveId is keyof typeof odds => Object.hasOwn(odds, moveId);
  return {
    createMachine: () => createAbuDhabi2026Machine({ daysOf, requirements }),
    input: (params) => ({ params, effects }),
    dayOf: (snapshot) => snapshot.context.day,
    metricsOf: (snapshot) => {
      const c = snapshot.context;
      return {
        donetskControlPct: c.donetskControlPct,
        gridAdequacyPct: c.gridAdequacyPct,
        civilianCasualties: c.civilianCasualties,
        russianRefiningHitPct: c.russianRefiningHitPct,
        talksMomentum: c.talksMomentum,
        roundsHeld: c.roundsHeld,
        prisonersExchanged: c.prisonersExchanged,
        relapseRiskPct: relapseRiskPct(c, snapshot.matches('agreement')),
      };
    },
    oddsOf: (snapshot, moveId) =>
      hasOdds(moveId) && snapshot.matches('negotiating') ? possible(odds[moveId](viewOf(snapshot))) : null,
    whyUnavailable: (snapshot, moveId) => unmetRequirement(requirements, viewOf(snapshot), moveId),
  };
});
