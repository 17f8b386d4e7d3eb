/** The Abu Dhabi 2026 scenario, assembled for the engine. */
import type { SnapshotFrom } from 'xstate';
import type { OutcomeOdds, Scenario } from '@/machines/scenario';
import { abuDhabi2026Data } from './data';
import { createAbuDhabi2026Machine } from './machine';
import {
  freezeOdds,
  gridAidReady,
  peacekeeperOdds,
  relapseRiskPct,
  roundOdds,
  truceDaysCovered,
  truceHoldOdds,
  truceSignOdds,
  type TermsStatus,
} from './rules';

type Machine = ReturnType<typeof createAbuDhabi2026Machine>;
type Snapshot = SnapshotFrom<Machine>;

/** The state value while the talks go on (XState types state values loosely). */
interface NegotiatingValue {
  talks: 'idle' | 'scheduled' | 'suspended';
  truce: 'none' | 'proposed' | 'inForce' | 'expired' | 'broken';
  strikes: { onUkraine: 'paused' | 'active' | 'intensified'; onRussia: 'paused' | 'active' };
  territory: TermsStatus;
}

function negotiatingValue(snapshot: Snapshot): NegotiatingValue | null {
  const value = snapshot.value as string | { negotiating: NegotiatingValue };
  return typeof value === 'string' ? null : value.negotiating;
}

const moveDays = new Map(abuDhabi2026Data.moves.map((m) => [m.id, m.days]));

/** Where the territorial terms stand; null once the talks have ended. */
export function termsOf(snapshot: Snapshot): TermsStatus | null {
  return negotiatingValue(snapshot)?.territory ?? null;
}

function oddsOf(snapshot: Snapshot, moveId: string): OutcomeOdds[] | null {
  const terms = termsOf(snapshot);
  if (!terms) return null;
  const ctx = snapshot.context;
  const possible = (odds: OutcomeOdds[]) => odds.filter((o) => o.p > 0);
  switch (moveId) {
    case 'talks.round':
      return possible(roundOdds(ctx, terms));
    case 'truce.sign':
      return possible(truceSignOdds(ctx));
    case 'terms.propose-freeze':
      return possible(freezeOdds(ctx, terms));
    case 'terms.propose-peacekeepers':
      return possible(peacekeeperOdds(ctx, terms));
    case 'time.day':
    case 'time.week': {
      const days = moveDays.get(moveId)!;
      return truceDaysCovered(ctx, days) > 0 ? possible(truceHoldOdds(ctx, days)) : null;
    }
    default:
      return null;
  }
}

const TALKS_SUSPENDED = 'The talks are suspended: a deal is signed only once a round is convened again.';

function whyUnavailable(snapshot: Snapshot, moveId: string): string | null {
  const terms = termsOf(snapshot);
  if (!terms) return 'The talks have ended.';
  const negotiating = negotiatingValue(snapshot);
  const ctx = snapshot.context;
  const donetskOpen = terms.donetsk === 'demanded' || terms.donetsk === 'underDiscussion';
  switch (moveId) {
    case 'agreement.sign':
      if (donetskOpen) return 'Russia’s precondition on Donetsk still stands and Ukraine has not conceded.';
      if (!ctx.frameworkAgreed) return 'No round has produced a framework document yet.';
      return negotiating?.talks === 'suspended' ? TALKS_SUSPENDED : null;
    case 'armistice.sign':
      if (terms.freeze !== 'accepted') return 'Russia has not accepted freezing the current line.';
      return negotiating?.talks === 'suspended' ? TALKS_SUSPENDED : null;
    case 'talks.convene':
    case 'talks.convene-geneva':
      return negotiating?.talks === 'scheduled' ? 'A round is already scheduled.' : null;
    case 'talks.round':
      return negotiating?.talks === 'scheduled' ? null : 'No round has been convened.';
    case 'talks.abandon':
      return negotiating?.talks === 'suspended' ? null : 'The talks are not suspended; Washington is still mediating.';
    case 'truce.propose':
      if (negotiating?.truce === 'proposed') return 'A truce proposal is already on the table.';
      if (negotiating?.truce === 'inForce') return 'An energy truce is already in force.';
      return null;
    case 'truce.sign':
      return negotiating?.truce === 'proposed' ? null : 'No energy truce has been proposed.';
    case 'terms.propose-freeze':
      return terms.freeze === 'accepted' ? 'Both sides already accept a frozen line.' : null;
    case 'terms.propose-peacekeepers':
      return terms.security === 'accepted' ? 'Russia has already accepted the force.' : null;
    case 'terms.drop-donetsk-demand':
    case 'terms.concede-donetsk':
      return donetskOpen ? null : 'The Donetsk question is already settled.';
    case 'strike.energy':
      return null;
    case 'strike.refineries':
      return null;
    case 'europe.grid-aid':
      return gridAidReady(ctx) ? null : 'The last aid package arrived less than four weeks ago.';
    default:
      return null;
  }
}

let machine: Machine | null = null;

export const abuDhabi2026: Scenario<Machine> = {
  data: abuDhabi2026Data,
  get machine() {
    return (machine ??= createAbuDhabi2026Machine());
  },
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
      relapseRiskPct: relapseRiskPct(c, snapshot.value === 'agreement'),
    };
  },
  oddsOf,
  whyUnavailable,
};
