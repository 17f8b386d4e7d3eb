/**
 * The Abu Dhabi 2026 talks as an XState v5 statechart. Parallel regions: `talks`, `truce`, `strikes`
 * (Russia's campaign on energy, Ukraine's on Russian energy) and `territory` (Donetsk, the frozen
 * line, the security force). Outcomes are the final states `agreement`, `armistice`, `collapse`.
 *
 * Each move's primary transition carries 'advance clock', so every move moves the date by its days
 * exactly once; other regions may react to the same event without it. The time moves are always
 * taken by the `talks` region (in each of its states), so their clock advance lives there: a parallel
 * state's own transitions run only when no region takes the event, and two regions each advancing
 * would count the days twice.
 */
import { and, assign, not, raise, setup, stateIn } from 'xstate';
import type { MoveEvent, Params } from '@/machines/scenario';
import { abuDhabi2026Data } from './data';
import {
  gridAid,
  gridAidReady,
  initialContext,
  massStrike,
  passTime,
  shiftMomentum,
  type ModelContext,
  type StrikeLevel,
} from './rules';

const moveDays = new Map(abuDhabi2026Data.moves.map((m) => [m.id, m.days]));
const daysOf = (event: MoveEvent): number => moveDays.get(event.type) ?? 0;

type RoundOutcome = 'framework' | 'exchange' | 'productive' | 'stalled' | 'breakdown';
const ROUND_MOMENTUM: Record<RoundOutcome, number> = {
  framework: 2,
  exchange: 1.2,
  productive: 1,
  stalled: -0.8,
  breakdown: -2,
};

const advance = 'advance clock' as const;
const momentum = (steps: number) => ({ type: 'shift momentum', params: { steps } }) as const;
const onOutcome = (outcome: string) => ({ type: 'outcome is', params: { outcome } }) as const;
// The strike regions react to `truce.sign` only when the truce region takes it too; otherwise
// `truce.sign:signed` would pause the strikes with no truce proposed.
const truceSigned = and([onOutcome('signed'), stateIn('#abuDhabi2026.negotiating.truce.proposed')]);
// A deal is signed at the table: not while the talks are suspended.
const talksRunning = not(stateIn('#abuDhabi2026.negotiating.talks.suspended'));
const strikeLevel = (level: StrikeLevel) => ({ type: 'set strike level', params: { level } }) as const;
const round = (outcome: RoundOutcome, target: string) => ({
  guard: onOutcome(outcome),
  target,
  actions: [advance, { type: 'record round', params: { outcome } } as const, momentum(ROUND_MOMENTUM[outcome])],
});
const TIME_MOVES = ['time.day', 'time.week'] as const;
/**
 * Raised when an energy truce ends, by breach or by running its term: the campaigns it paused
 * resume, as strikes did after the January 2026 pause. Not a move: nobody takes it.
 */
const TRUCE_ENDED = { type: 'truce.ended' } as const;
const onTime = <T>(transition: T) => Object.fromEntries(TIME_MOVES.map((t) => [t, transition])) as Record<(typeof TIME_MOVES)[number], T>;

/**
 * The statechart. Built when first asked for (see index.ts): creating it is work a page that only
 * shows the server's first view need not do while it starts.
 */
export const createAbuDhabi2026Machine = () =>
  setup({
    types: {
      context: {} as ModelContext,
      events: {} as MoveEvent,
      input: {} as { params: Params },
    },
    guards: {
      'outcome is': ({ event }, params: { outcome: string }) => event.outcome === params.outcome,
      'framework agreed': ({ context }) => context.frameworkAgreed,
      'truce term over': ({ context }) => context.truceEndDay !== null && context.day >= context.truceEndDay,
      'no momentum left': ({ context }) => context.talksMomentum <= 0,
      'russia not yet pressed': ({ context }) => !context.pressedRussia,
      'ukraine not yet pressed': ({ context }) => !context.pressedUkraine,
      'monitoring not yet offered': ({ context }) => !context.usMonitoring,
      'grid aid ready': ({ context }) => gridAidReady(context),
    },
    actions: {
      'advance clock': assign(({ context, event }) => passTime(context, daysOf(event))),
      'shift momentum': assign(({ context }, params: { steps: number }) => ({ talksMomentum: shiftMomentum(context, params.steps) })),
      'decay momentum': assign(({ context, event }) => ({
        talksMomentum: Math.max(0, context.talksMomentum - (context.params.suspendedDecayPerWeek! * daysOf(event)) / 7),
      })),
      'record round': assign(({ context }, params: { outcome: RoundOutcome }) => ({
        roundsHeld: context.roundsHeld + 1,
        frameworkAgreed: context.frameworkAgreed || params.outcome === 'framework',
        prisonersExchanged: context.prisonersExchanged + (params.outcome === 'exchange' ? context.params.prisonersPerExchange! : 0),
      })),
      'start truce': assign(({ context }) => ({ truceEndDay: context.day + context.params.energyTruceDays! })),
      'end truce': assign({ truceEndDay: null }),
      'announce truce end': raise(TRUCE_ENDED),
      'set strike level': assign((_, params: { level: StrikeLevel }) => ({ strikeLevel: params.level })),
      'mass strike': assign(({ context }) => massStrike(context)),
      'press russia': assign({ pressedRussia: true }),
      'press ukraine': assign({ pressedUkraine: true }),
      'offer monitoring': assign({ usMonitoring: true }),
      'accept peacekeepers': assign({ peacekeepersAccepted: true }),
      'send grid aid': assign(({ context }) => gridAid(context)),
    },
  }).createMachine({
    id: 'abuDhabi2026',
    context: ({ input }) => initialContext(input.params),
    initial: 'negotiating',
    states: {
      negotiating: {
        type: 'parallel',
        on: {
          'us.pressure-russia': { guard: 'russia not yet pressed', actions: [advance, 'press russia', momentum(0.5)] },
          'us.pressure-ukraine': { guard: 'ukraine not yet pressed', actions: [advance, 'press ukraine', momentum(0.5)] },
          'us.offer-guarantees': { guard: 'monitoring not yet offered', actions: [advance, 'offer monitoring', momentum(0.5)] },
          'europe.grid-aid': { guard: 'grid aid ready', actions: [advance, 'send grid aid'] },
        },
        states: {
          talks: {
            initial: 'idle',
            states: {
              idle: {
                description: 'No round is scheduled.',
                on: {
                  'talks.convene': { target: 'scheduled', actions: advance },
                  'talks.convene-geneva': { target: 'scheduled', actions: advance },
                  ...onTime({ actions: advance }),
                },
              },
              scheduled: {
                description: 'A round has been convened.',
                on: {
                  ...onTime({ actions: advance }),
                  'talks.round': [
                    round('framework', 'idle'),
                    round('exchange', 'idle'),
                    round('productive', 'idle'),
                    round('stalled', 'idle'),
                    round('breakdown', 'suspended'),
                  ],
                },
              },
              suspended: {
                description: 'The talks are suspended after a breakdown; momentum drains while they are.',
                always: { guard: 'no momentum left', target: '#abuDhabi2026.collapse' },
                on: {
                  'talks.convene': { target: 'scheduled', actions: advance },
                  'talks.convene-geneva': { target: 'scheduled', actions: advance },
                  'talks.abandon': { target: '#abuDhabi2026.collapse', actions: advance },
                  ...onTime({ actions: [advance, 'decay momentum'] as const }),
                },
              },
            },
          },
          truce: {
            initial: 'none',
            states: {
              none: {
                description: 'No energy truce.',
                on: { 'truce.propose': { target: 'proposed', actions: advance } },
              },
              proposed: {
                description: 'Washington has proposed an energy truce.',
                on: {
                  'truce.sign': [
                    { guard: onOutcome('signed'), target: 'inForce', actions: [advance, 'start truce', momentum(0.8)] },
                    { guard: onOutcome('refused'), target: 'none', actions: [advance, momentum(-0.5)] },
                  ],
                },
              },
              inForce: {
                description: 'An energy truce is in force: no strikes on energy infrastructure.',
                always: { guard: 'truce term over', target: 'expired', actions: ['end truce', 'announce truce end'] },
                on: {
                  'strike.energy': { target: 'broken', actions: ['end truce', momentum(-1.2), 'announce truce end'] },
                  'strike.refineries': { target: 'broken', actions: ['end truce', momentum(-1.2), 'announce truce end'] },
                  ...onTime({ guard: onOutcome('truce-breaks'), target: 'broken', actions: ['end truce', momentum(-1.2), 'announce truce end'] as const }),
                },
              },
              expired: {
                description: 'The last energy truce ran its term.',
                on: { 'truce.propose': { target: 'proposed', actions: advance } },
              },
              broken: {
                description: 'The last energy truce broke down.',
                on: { 'truce.propose': { target: 'proposed', actions: advance } },
              },
            },
          },
          strikes: {
            type: 'parallel',
            states: {
              onUkraine: {
                initial: 'active',
                states: {
                  paused: {
                    description: 'Russia is not striking Ukraine’s energy system.',
                    on: {
                      'strike.energy': { target: 'active', actions: [advance, 'mass strike', strikeLevel(1), momentum(-0.4)] },
                      [TRUCE_ENDED.type]: { target: 'active', actions: strikeLevel(1) },
                    },
                  },
                  active: {
                    description: 'Russia’s campaign on Ukraine’s energy system goes on.',
                    on: {
                      'strike.energy': { actions: [advance, 'mass strike', momentum(-0.4)] },
                      'strike.intensify': { target: 'intensified', actions: [advance, strikeLevel(2), momentum(-0.4)] },
                      'strike.scale-back': { target: 'paused', actions: [advance, strikeLevel(0)] },
                      'truce.sign': { guard: truceSigned, target: 'paused', actions: strikeLevel(0) },
                    },
                  },
                  intensified: {
                    description: 'Russia has intensified its campaign on the energy system.',
                    on: {
                      'strike.energy': { actions: [advance, 'mass strike', momentum(-0.4)] },
                      'strike.scale-back': { target: 'active', actions: [advance, strikeLevel(1)] },
                      'truce.sign': { guard: truceSigned, target: 'paused', actions: strikeLevel(0) },
                    },
                  },
                },
              },
              onRussia: {
                initial: 'active',
                states: {
                  paused: {
                    description: 'Ukraine is not striking Russian energy facilities.',
                    on: {
                      'strike.refineries': { target: 'active', actions: [advance, momentum(-0.3)] },
                      [TRUCE_ENDED.type]: { target: 'active' },
                    },
                  },
                  active: {
                    description: 'Ukraine’s long-range strikes on Russian energy go on.',
                    on: {
                      'strike.refineries': { actions: [advance, momentum(-0.3)] },
                      'strike.halt-refineries': { target: 'paused', actions: advance },
                      'truce.sign': { guard: truceSigned, target: 'paused' },
                    },
                  },
                },
              },
            },
          },
          territory: {
            type: 'parallel',
            states: {
              donetsk: {
                initial: 'demanded',
                states: {
                  demanded: {
                    description: 'Russia demands that Ukraine leave the Donetsk region before any deal; Ukraine refuses.',
                    on: {
                      'terms.offer-dmz-donetsk': { target: 'underDiscussion', actions: [advance, momentum(1)] },
                      'terms.concede-donetsk': { target: 'conceded', actions: [advance, momentum(2)] },
                      'terms.drop-donetsk-demand': { target: 'dropped', actions: [advance, momentum(2)] },
                    },
                  },
                  underDiscussion: {
                    description: 'A demilitarised zone in the Donetsk area Ukraine holds is under discussion; Russia’s demand still stands.',
                    on: {
                      'terms.concede-donetsk': { target: 'conceded', actions: [advance, momentum(2)] },
                      'terms.drop-donetsk-demand': { target: 'dropped', actions: [advance, momentum(2)] },
                    },
                  },
                  conceded: {
                    description: 'Ukraine has agreed to withdraw from the Donetsk region.',
                    on: { 'agreement.sign': { guard: and(['framework agreed', talksRunning]), target: '#abuDhabi2026.agreement', actions: advance } },
                  },
                  dropped: {
                    description: 'Russia has dropped its Donetsk precondition.',
                    on: { 'agreement.sign': { guard: and(['framework agreed', talksRunning]), target: '#abuDhabi2026.agreement', actions: advance } },
                  },
                },
              },
              freeze: {
                initial: 'proposed',
                states: {
                  proposed: {
                    description: 'Ukraine proposes freezing the current line; Russia rejects it.',
                    on: {
                      'terms.propose-freeze': [
                        { guard: onOutcome('accepted'), target: 'accepted', actions: [advance, momentum(2)] },
                        { guard: onOutcome('discussed'), target: 'underDiscussion', actions: [advance, momentum(1)] },
                        { guard: onOutcome('rejected'), actions: [advance, momentum(-0.5)] },
                      ],
                    },
                  },
                  underDiscussion: {
                    description: 'Russia has agreed to discuss a frozen line.',
                    on: {
                      'terms.propose-freeze': [
                        { guard: onOutcome('accepted'), target: 'accepted', actions: [advance, momentum(2)] },
                        { guard: onOutcome('rejected'), actions: [advance, momentum(-0.5)] },
                      ],
                    },
                  },
                  accepted: {
                    description: 'Both sides accept freezing the current line.',
                    on: { 'armistice.sign': { guard: talksRunning, target: '#abuDhabi2026.armistice', actions: advance } },
                  },
                },
              },
              security: {
                initial: 'pledged',
                states: {
                  pledged: {
                    description: 'European partners pledge a force along a demilitarised zone after a ceasefire; Russia rejects foreign troops.',
                    on: {
                      'terms.propose-peacekeepers': [
                        { guard: onOutcome('accepted'), target: 'accepted', actions: [advance, 'accept peacekeepers', momentum(1)] },
                        { guard: onOutcome('rejected'), actions: [advance, momentum(-0.3)] },
                      ],
                    },
                  },
                  accepted: { description: 'Russia accepts a European-backed force along a demilitarised zone.' },
                },
              },
            },
          },
        },
      },
      agreement: { type: 'final', description: 'A comprehensive agreement has been signed.' },
      armistice: { type: 'final', description: 'An armistice along the current line has been signed.' },
      collapse: { type: 'final', description: 'The talks have collapsed and the war escalates.' },
    },
  });
