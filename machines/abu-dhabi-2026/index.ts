/** The Abu Dhabi 2026 scenario, assembled for the engine. */
import { unmetRequirement, viewOf } from '@/machines/requirements';
import { defineScenario } from '@/machines/scenario';
import { abuDhabi2026Data } from './data';
import { createAbuDhabi2026Machine } from './machine';
import { ODDS, relapseRiskPct, REQUIREMENTS } from './rules';

/** Only uncertain moves with some chance left are offered. */
const possible = <T extends { p: number }>(odds: readonly T[] | null) => odds && odds.filter((o) => o.p > 0);

export const scenario = defineScenario({
  data: abuDhabi2026Data,
  createMachine: createAbuDhabi2026Machine,
  input: (params) => ({ params }),
  dayOf: (snapshot) => snapshot.context.day,
  metricsOf: (snapshot) => {
    const c = snapshot.context;
    return {
      donetskControlPct: c.donetskControlPct,
      gridAdequacyPct: c.gridAdequacyPct,
      civilianCasualties: c.civilianCasualties,
      talksMomentum: c.talksMomentum,
      roundsHeld: c.roundsHeld,
      prisonersExchanged: c.prisonersExchanged,
      relapseRiskPct: relapseRiskPct(c, snapshot.matches('agreement')),
    };
  },
  oddsOf: (snapshot, moveId) => {
    const odds = ODDS[moveId];
    return odds && snapshot.matches('negotiating') ? possible(odds(viewOf(snapshot))) : null;
  },
  whyUnavailable: (snapshot, moveId) => unmetRequirement(REQUIREMENTS, viewOf(snapshot), moveId),
});
