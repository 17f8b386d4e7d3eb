/**
 * The Abu Dhabi 2026 talks as an XState v5 statechart. Parallel regions: `talks`, `truce`, `strikes`
 * (Russia's campaign on energy, Ukraine's on Russian energy) and `territory` (Donetsk, the frozen
 * line, the security force). Outcomes are the final states `agreement`, `armistice`, `collapse`,
 * whose outputs are the machine's output.
 *
 * A notable move is handled once, by its region, guarded by its requirements (rules.ts): the guard
 * and the sentence that explains an unmet requirement come from the same rule. Each move's primary
 * transition carries 'advance clock', so every move moves the date by its days exactly once; other
 * regions may react to the same event without it. The time moves are always taken by the `talks`
 * region (in each of its states), so their clock advance lives there: a parallel state's own
 * transitions run only when no region takes the event, and two regions each advancing would count
 * the days twice. Every state carries a label (`meta.label`) for the state map.
 */
import { and, assign, raise, setup } from 'xstate';
import { requirementGuards } from '@/machines/requirements';
import { type MoveEventOf, type MoveOutcomeIdOf, type ScenarioOutput, type StateMeta } from '@/machines/scenario';
import type { data } from './data';
import {
  contactMomentum,
  decayMomentum,
  exchangeStage,
  gridAid,
  holidayBegun,
  holidayFor,
  holidayTermOver,
  holdOffFor,
  holdOffOver,
  initialContext,
  massStrike,
  passTime,
  recordRound,
  refineryStrike,
  shiftMomentum,
  startTruce,
  STATES,
  truceTermOver,
  type ModelContext,
  type ModelEffects,
  type ModelParams,
  type MomentumEffect,
  type ModelRequirements,
  type MoveId,
  type OutcomeId as OutcomeIdOf,
  type RoundOutcome,
  type StrikeLevel,
} from './rules';

type Data = typeof data;
/**
 * Raised when an energy truce ends, by breach or by running its term: the campaigns it paused
 * resume, as strikes did after the January 2026 pause. Not a move: nobody takes it.
 */
const TRUCE_ENDED = { type: 'truce.ended' } as const;
export type ModelEvent = MoveEventOf<Data> | typeof TRUCE_ENDED;
type OutcomeId = MoveOutcomeIdOf<Data>;

const advance = 'advance clock' as const;
/** Shifts momentum by one of the effects table's momentum effects (in steps of the `momentumStep` parameter). */
const momentum = (by: MomentumEffect) => ({ type: 'shift momentum', params: { by } }) as const;
/** A contact with one side: its momentum effect, up to the ceiling contacts can bring momentum to. */
const contact = (by: MomentumEffect) => ({ type: 'shift momentum by a contact', params: { by } }) as const;
const onOutcome = (outcome: OutcomeId) => ({ type: 'outcome is', params: { outcome } }) as const;
const strikeLevel = (level: StrikeLevel) => ({ type: 'set strike level', params: { level } }) as const;
const refineryCampaign = (on: boolean) => ({ type: 'set refinery campaign', params: { on } }) as const;

const TIME_MOVES = ['time.day', 'time.week'] as const;
const isTimeMove = (type: string) => (TIME_MOVES as readonly string[]).includes(type);
const onTime = <T>(transition: T) => Object.fromEntries(TIME_MOVES.map((t) => [t, transition])) as Record<(typeof TIME_MOVES)[number], T>;
/**
 * An `on` block whose keys must be the model's events: XState infers the machine config generically,
 * so it does not catch a misspelt event name by itself.
 */
const handles = <const T extends object>(transitions: T & Record<Exclude<keyof T, ModelEvent['type']>, never>): T => transitions;
const ended = (outcome: ScenarioOutput['outcome'], label: string, description: string) => ({ type: 'final', description, meta: { label }, output: { outcome } }) as const;

/**
 * A deal signed: the negotiation is over but the story goes on, as time passes and the ceasefire
 * holds or breaks day by day at the risk of its terms; once broken, it ends.
 */
const signed = (label: string, description: string, broken: string) =>
  ({
    description,
    meta: { label },
    initial: 'holding',
    states: {
      holding: {
        description: 'The ceasefire holds; each day it may break, at the risk of the terms agreed.',
        meta: { label: 'holding' },
        on: onTime([{ guard: onOutcome('deal-breaks'), target: 'broken', actions: advance }, { actions: advance }]),
      },
      broken: { type: 'final', description: broken, meta: { label: 'broken down' } },
    },
  }) as const;

/**
 * The statechart, from what the engine builds once from the scenario's data: each move's days and
 * each notable move's requirements (the effects it weighs arrive in the context, with the input).
 * Built when first asked for (see engine.ts): creating it is work a page that only shows the
 * server's first view need not do while it starts.
 */
export function createAbuDhabi2026Machine({ daysOf, requirements }: { daysOf: (moveId: string) => number; requirements: ModelRequirements }) {
  const { anyOf, all, requires } = requirementGuards<ModelContext, ModelEvent, MoveId>(requirements);
  type ModelGuard = ReturnType<typeof requires>;
  /** The guard of one outcome of a notable move: its requirements (and any `more`) met, and that outcome named. */
  const requiresOutcome = <M extends MoveId>(moveId: M, outcome: OutcomeIdOf<M>, ...more: ModelGuard[]) =>
    and<ModelContext, ModelEvent, [ModelGuard, ReturnType<typeof onOutcome>]>([all([requires(moveId), ...more]), onOutcome(outcome)]);
  // The strike regions react to `truce.sign` only when the truce region takes it too; otherwise
  // `truce.sign:signed` would pause the strikes with no truce proposed.
  const truceSigned = requiresOutcome('truce.sign', 'signed');
  const round = (outcome: RoundOutcome, target: string, by: MomentumEffect) => ({
    guard: requiresOutcome('talks.round', outcome),
    target,
    actions: [advance, { type: 'record round', params: { outcome } } as const, momentum(by)],
  });
  // A truce that breaks owes no more risk: what was owed is settled by the breach.
  const breakTruce = ['end truce', 'clear truce risk', momentum('truceBrokenMomentum'), 'announce truce end'] as const;

  return setup({
    types: {
      context: {} as ModelContext,
      events: {} as ModelEvent,
      input: {} as { params: ModelParams; effects: ModelEffects },
      output: {} as ScenarioOutput,
      meta: {} as StateMeta,
    },
    guards: {
      'outcome is': ({ event }, params: { outcome: OutcomeId }) => 'outcome' in event && event.outcome === params.outcome,
      'truce term over': ({ context }) => truceTermOver(context),
      'truce risk owed': ({ context }) => context.truceOwedDays > 0,
      'holiday term over': ({ context }) => holidayTermOver(context),
      'holiday begun': ({ context }) => holidayBegun(context),
      'hold-off over': ({ context }) => holdOffOver(context),
      'exchange carried out': ({ context }) => context.prisonersPending === 0,
      'no momentum left': ({ context }) => context.talksMomentum <= 0,
      'russia not yet pressed': ({ context }) => !context.pressedRussia,
      'ukraine not yet pressed': ({ context }) => !context.pressedUkraine,
      'monitoring not yet offered': ({ context }) => !context.usMonitoring,
    },
    actions: {
      // A time move with an outcome has drawn the truce's hazard for every day owed: none is owed after it.
      'advance clock': assign(({ context, event }) => ({
        ...passTime(context, daysOf(event.type)),
        ...(isTimeMove(event.type) && 'outcome' in event && event.outcome !== undefined ? { truceOwedDays: 0 } : {}),
      })),
      'shift momentum': assign(({ context }, params: { by: MomentumEffect }) => ({ talksMomentum: shiftMomentum(context, context.effects[params.by]) })),
      'decay momentum': assign(({ context, event }) => ({ talksMomentum: decayMomentum(context, daysOf(event.type), context.params.suspendedDecayPerWeek) })),
      'decay momentum without a round': assign(({ context, event }) => ({ talksMomentum: decayMomentum(context, daysOf(event.type), context.params.noRoundDecayPerWeek) })),
      // Contacts with one side keep the talks alive, but only rounds build them beyond a point.
      'shift momentum by a contact': assign(({ context }, params: { by: MomentumEffect }) => ({ talksMomentum: contactMomentum(context, context.effects[params.by]) })),
      'record round': assign(({ context }, params: { outcome: RoundOutcome }) => recordRound(context, params.outcome)),
      'start truce': assign(({ context }) => startTruce(context)),
      'end truce': assign({ truceEndDay: null }),
      'clear truce risk': assign({ truceOwedDays: 0 }),
      'announce truce end': raise(TRUCE_ENDED),
      'set strike level': assign((_, params: { level: StrikeLevel }) => ({ strikeLevel: params.level })),
      'mass strike': assign(({ context }) => massStrike(context)),
      'refinery strike': assign(({ context }) => refineryStrike(context)),
      'set refinery campaign': assign((_, params: { on: boolean }) => ({ refineryCampaign: params.on })),
      // A signed deal stops the fighting: the campaigns and every truce of the talks end with it.
      'start ceasefire': assign(({ context }) => ({
        ceasefire: true,
        signedDay: context.day,
        strikeLevel: 0 as const,
        refineryCampaign: false,
        truceEndDay: null,
        truceOwedDays: 0,
        holidayEndDay: null,
        holdOffEndDay: null,
      })),
      // For the moves that need time between one taking and the next (rules.ts, `waited`).
      'note taken': assign(({ context, event }) => ({ lastTaken: { ...context.lastTaken, [event.type]: context.day } })),
      'press russia': assign({ pressedRussia: true }),
      'press ukraine': assign({ pressedUkraine: true }),
      'offer monitoring': assign({ usMonitoring: true }),
      'accept peacekeepers': assign({ peacekeepersAccepted: true }),
      'send grid aid': assign(({ context }) => gridAid(context)),
      'exchange stage': assign(({ context }) => exchangeStage(context, false)),
      'exchange rest': assign(({ context }) => exchangeStage(context, true)),
      'start holiday truce': assign(({ context }) => ({ ...holidayFor(context, context.day), holidayDeclaredDay: context.day, holidayExtended: false })),
      'extend holiday truce': assign(({ context }) => ({ ...holidayFor(context, context.holidayEndDay ?? context.day), holidayExtended: true })),
      'end holiday truce': assign({ holidayEndDay: null, holidayDeclaredDay: null, holidayExtensionProposed: false }),
      'start hold-off': assign(({ context }) => holdOffFor(context)),
      'end hold-off': assign({ holdOffEndDay: null }),
      'propose holiday extension': assign({ holidayExtensionProposed: true }),
      'refuse holiday extension': assign({ holidayExtensionProposed: false }),
      'note freeze accepted': assign(({ context }) => ({ roundsAtFreezeAccepted: context.roundsOfProgress })),
      'note donetsk settled': assign(({ context }) => ({ roundsAtDonetskSettled: context.roundsOfProgress })),
    },
  }).createMachine({
    id: 'abuDhabi2026',
    context: ({ input }) => initialContext(input.params, input.effects),
    initial: 'negotiating',
    meta: { label: 'Stage' },
    // The final states' outputs: how the negotiation ended.
    output: ({ event }) => event.output as ScenarioOutput,
    states: {
      negotiating: {
        type: 'parallel',
        meta: { label: 'negotiating' },
        on: handles({
          'us.pressure-russia': { guard: 'russia not yet pressed', actions: [advance, 'press russia', momentum('usInitiativeMomentum')] },
          'us.pressure-ukraine': { guard: 'ukraine not yet pressed', actions: [advance, 'press ukraine', momentum('usInitiativeMomentum')] },
          'us.offer-guarantees': { guard: 'monitoring not yet offered', actions: [advance, 'offer monitoring', momentum('usInitiativeMomentum')] },
          'europe.grid-aid': { guard: requires('europe.grid-aid'), actions: [advance, 'send grid aid'] },
          'us.meet-ukraine': { guard: requires('us.meet-ukraine'), actions: [advance, 'note taken', contact('bilateralMomentum')] },
          'us.meet-russia': { guard: requires('us.meet-russia'), actions: [advance, 'note taken', contact('bilateralMomentum')] },
          'us.call-ukraine': { guard: requires('us.call-ukraine'), actions: [advance, 'note taken', contact('leaderCallMomentum')] },
          'us.call-russia': { guard: requires('us.call-russia'), actions: [advance, 'note taken', contact('leaderCallMomentum')] },
          'prisoners.exchange-stage': { guard: requires('prisoners.exchange-stage'), actions: [advance, 'exchange stage', momentum('exchangeStageMomentum')] },
          'prisoners.exchange-rest': { guard: requires('prisoners.exchange-rest'), actions: [advance, 'exchange rest', momentum('exchangeStageMomentum')] },
          'front.ukrainian-gains': { guard: requires('front.ukrainian-gains'), actions: [advance, 'note taken'] },
        }),
        states: {
          talks: {
            initial: 'idle',
            meta: { label: 'Talks' },
            on: handles({
              'talks.convene': { guard: requires('talks.convene'), target: '.scheduled', actions: advance },
              'talks.convene-geneva': { guard: requires('talks.convene-geneva'), target: '.scheduled', actions: advance },
              'talks.round': [
                round('framework', '.idle', 'roundFrameworkMomentum'),
                round('exchange', '.idle', 'roundExchangeMomentum'),
                round('exchange-agreed', '.idle', 'exchangeAgreedMomentum'),
                round('productive', '.idle', 'roundProductiveMomentum'),
                round('stalled', '.idle', 'roundStalledMomentum'),
                round('breakdown', '.suspended', 'roundBreakdownMomentum'),
              ],
              'talks.abandon': { guard: requires('talks.abandon'), target: '#abuDhabi2026.collapse', actions: advance },
              'us.turn-to-crisis': { guard: requires('us.turn-to-crisis'), target: '.paused', actions: [advance, momentum('crisisElsewhereMomentum')] },
              'talks.resume': { guard: requires('talks.resume'), target: '.idle', actions: [advance, momentum('resumeMomentum')] },
            }),
            states: {
              idle: {
                description: 'No round is scheduled; momentum drains slowly while none meets.',
                meta: { label: 'idle' },
                on: onTime({ actions: [advance, 'decay momentum without a round'] as const }),
              },
              scheduled: {
                description: 'A round has been convened; momentum drains slowly until it meets.',
                meta: { label: 'scheduled' },
                on: onTime({ actions: [advance, 'decay momentum without a round'] as const }),
              },
              paused: {
                description: 'The talks are paused: the mediator’s attention is elsewhere, and no round meets. Neither side has suspended them; momentum drains slowly while they are paused.',
                meta: { label: 'paused' },
                on: onTime({ actions: [advance, 'decay momentum without a round'] as const }),
              },
              suspended: {
                description: 'The talks are suspended after a breakdown; momentum drains while they are.',
                meta: { label: 'suspended' },
                always: { guard: 'no momentum left', target: '#abuDhabi2026.collapse' },
                on: onTime({ actions: [advance, 'decay momentum'] as const }),
              },
            },
          },
          truce: {
            initial: 'none',
            meta: { label: 'Energy truce' },
            on: handles({
              'truce.propose': { guard: requires('truce.propose'), target: '.proposed', actions: advance },
              'truce.sign': [
                { guard: truceSigned, target: '.inForce', actions: [advance, 'start truce', momentum('truceSignedMomentum')] },
                { guard: requiresOutcome('truce.sign', 'refused'), target: '.none', actions: [advance, momentum('truceRefusedMomentum')] },
              ],
            }),
            states: {
              none: { description: 'No energy truce.', meta: { label: 'none' } },
              proposed: { description: 'Washington has proposed an energy truce.', meta: { label: 'proposed' } },
              inForce: {
                description: 'An energy truce is in force: no strikes on energy infrastructure.',
                meta: { label: 'in force' },
                always: [
                  // Its term ran out through other moves: whether it held to the end waits for time to pass.
                  { guard: and(['truce term over', 'truce risk owed']), target: 'lapsing', actions: ['end truce', 'announce truce end'] },
                  { guard: 'truce term over', target: 'expired', actions: ['end truce', 'announce truce end'] },
                ],
                on: handles({
                  'strike.energy': { guard: requires('strike.energy'), target: 'broken', actions: breakTruce },
                  'strike.refineries': { guard: requires('strike.refineries'), target: 'broken', actions: breakTruce },
                  ...onTime({ guard: onOutcome('truce-breaks'), target: 'broken', actions: breakTruce }),
                }),
              },
              lapsing: {
                description: 'The energy truce’s term has ended; whether it held to the end is settled when time next passes.',
                meta: { label: 'term ended' },
                on: handles({
                  ...onTime([
                    { guard: onOutcome('truce-breaks'), target: 'broken', actions: momentum('truceBrokenMomentum') },
                    { guard: onOutcome('truce-holds'), target: 'expired' },
                  ]),
                }),
              },
              expired: { description: 'The last energy truce ran its term.', meta: { label: 'expired' } },
              broken: { description: 'The last energy truce broke down.', meta: { label: 'broken' } },
            },
          },
          prisoners: {
            initial: 'none',
            meta: { label: 'Prisoner exchange' },
            on: handles({ 'talks.round': { guard: requiresOutcome('talks.round', 'exchange-agreed'), target: '.exchangeAgreed' } }),
            states: {
              none: { description: 'No agreed exchange is waiting to be carried out.', meta: { label: 'none waiting' } },
              exchangeAgreed: {
                description: 'An exchange agreed at a round waits to be carried out, in stages.',
                meta: { label: 'agreed, pending' },
                always: { guard: 'exchange carried out', target: 'none' },
              },
            },
          },
          holiday: {
            initial: 'none',
            meta: { label: 'Holiday ceasefire' },
            // Kyiv may propose, and Moscow answer, an extension from the declaration on.
            on: handles({
              'holiday.declare': {
                guard: requires('holiday.declare'),
                target: '.declared',
                actions: [advance, 'note taken', 'start holiday truce', momentum('holidayTruceMomentum')],
              },
              'holiday.propose-extension': { guard: requires('holiday.propose-extension'), actions: [advance, 'propose holiday extension'] },
              'holiday.answer-extension': [
                {
                  guard: requiresOutcome('holiday.answer-extension', 'extended'),
                  actions: [advance, 'extend holiday truce', momentum('extensionAcceptedMomentum')],
                },
                {
                  guard: requiresOutcome('holiday.answer-extension', 'refused'),
                  actions: [advance, 'refuse holiday extension', momentum('extensionRefusedMomentum')],
                },
              ],
            }),
            states: {
              none: { description: 'No holiday ceasefire.', meta: { label: 'none' } },
              declared: {
                description: 'A short ceasefire on all fronts has been declared for a holiday; it takes effect the next day.',
                meta: { label: 'declared' },
                always: { guard: 'holiday begun', target: 'inForce' },
              },
              inForce: {
                description: 'A short ceasefire on all fronts, declared for a holiday, is in force.',
                meta: { label: 'in force' },
                always: { guard: 'holiday term over', target: 'over', actions: 'end holiday truce' },
                on: handles({
                  'strike.energy': { guard: requires('strike.energy'), target: 'broken', actions: 'end holiday truce' },
                  'strike.refineries': { guard: requires('strike.refineries'), target: 'broken', actions: 'end holiday truce' },
                }),
              },
              over: { description: 'The last holiday ceasefire ran its term.', meta: { label: 'over' } },
              broken: { description: 'The last holiday ceasefire was broken by a strike.', meta: { label: 'broken' } },
            },
          },
          strikes: {
            type: 'parallel',
            meta: { label: 'Strikes' },
            states: {
              onUkraine: {
                initial: 'active',
                meta: { label: 'Strikes on Ukraine’s energy' },
                states: {
                  paused: {
                    description: 'Russia is not striking Ukraine’s energy system.',
                    meta: { label: 'paused' },
                    on: handles({
                      'strike.energy': {
                        guard: requires('strike.energy'),
                        target: 'active',
                        actions: [advance, 'note taken', 'mass strike', strikeLevel(1), momentum('massStrikeMomentum')],
                      },
                      [TRUCE_ENDED.type]: { target: 'active', actions: strikeLevel(1) },
                    }),
                  },
                  active: {
                    description: 'Russia’s campaign on Ukraine’s energy system goes on.',
                    meta: { label: 'active' },
                    on: handles({
                      'strike.energy': { guard: requires('strike.energy'), actions: [advance, 'note taken', 'mass strike', momentum('massStrikeMomentum')] },
                      'strike.hold-off': {
                        guard: requires('strike.hold-off'),
                        target: 'holdingOff',
                        actions: [advance, 'note taken', 'start hold-off', momentum('holdOffMomentum')],
                      },
                      'strike.intensify': { target: 'intensified', actions: [advance, strikeLevel(2), momentum('intensifyMomentum')] },
                      'strike.scale-back': { target: 'paused', actions: [advance, strikeLevel(0)] },
                      'truce.sign': { guard: truceSigned, target: 'paused', actions: strikeLevel(0) },
                    }),
                  },
                  // A pause of a few days: the campaign goes on at its usual pace once it ends.
                  holdingOff: {
                    description: 'Russia holds off its strikes on Ukraine’s energy for a few days at Washington’s request; nothing is signed, and Ukraine’s campaign goes on.',
                    meta: { label: 'holding off' },
                    always: { guard: 'hold-off over', target: 'active', actions: 'end hold-off' },
                    on: handles({
                      'strike.energy': {
                        guard: requires('strike.energy'),
                        target: 'active',
                        actions: [advance, 'end hold-off', 'note taken', 'mass strike', momentum('massStrikeMomentum')],
                      },
                      'truce.sign': { guard: truceSigned, target: 'paused', actions: ['end hold-off', strikeLevel(0)] },
                    }),
                  },
                  intensified: {
                    description: 'Russia has intensified its campaign on the energy system.',
                    meta: { label: 'intensified' },
                    on: handles({
                      'strike.energy': { guard: requires('strike.energy'), actions: [advance, 'note taken', 'mass strike', momentum('massStrikeMomentum')] },
                      'strike.scale-back': { target: 'active', actions: [advance, strikeLevel(1)] },
                      'truce.sign': { guard: truceSigned, target: 'paused', actions: strikeLevel(0) },
                    }),
                  },
                },
              },
              onRussia: {
                initial: 'active',
                meta: { label: 'Strikes on Russian energy' },
                states: {
                  paused: {
                    description: 'Ukraine is not striking Russian energy facilities.',
                    meta: { label: 'paused' },
                    on: handles({
                      'strike.refineries': {
                        guard: requires('strike.refineries'),
                        target: 'active',
                        actions: [advance, 'note taken', 'refinery strike', refineryCampaign(true), momentum('refineryStrikeMomentum')],
                      },
                      [TRUCE_ENDED.type]: { target: 'active', actions: refineryCampaign(true) },
                    }),
                  },
                  active: {
                    description: 'Ukraine’s long-range strikes on Russian energy go on.',
                    meta: { label: 'active' },
                    on: handles({
                      'strike.refineries': { guard: requires('strike.refineries'), actions: [advance, 'note taken', 'refinery strike', momentum('refineryStrikeMomentum')] },
                      'strike.halt-refineries': { target: 'paused', actions: [advance, refineryCampaign(false)] },
                      'truce.sign': { guard: truceSigned, target: 'paused', actions: refineryCampaign(false) },
                    }),
                  },
                },
              },
            },
          },
          territory: {
            type: 'parallel',
            meta: { label: 'Territory' },
            states: {
              donetsk: {
                initial: 'demanded',
                meta: { label: 'Donetsk' },
                on: handles({
                  'terms.concede-donetsk': {
                    guard: requires('terms.concede-donetsk'),
                    target: '.conceded',
                    actions: [advance, 'note donetsk settled', momentum('donetskSettledMomentum')],
                  },
                  'terms.drop-donetsk-demand': {
                    guard: requires('terms.drop-donetsk-demand'),
                    target: '.dropped',
                    actions: [advance, 'note donetsk settled', momentum('donetskSettledMomentum')],
                  },
                  'agreement.sign': { guard: requires('agreement.sign'), target: '#abuDhabi2026.agreement', actions: [advance, 'start ceasefire'] },
                }),
                states: {
                  demanded: {
                    description: 'Russia demands that Ukraine leave the Donetsk region before any deal; Ukraine refuses.',
                    meta: { label: 'demanded' },
                    on: handles({ 'terms.offer-dmz-donetsk': { target: 'underDiscussion', actions: [advance, momentum('donetskZoneMomentum')] } }),
                  },
                  underDiscussion: {
                    description: 'A demilitarised zone in the Donetsk area Ukraine holds is under discussion; Russia’s demand still stands.',
                    meta: { label: 'under discussion' },
                  },
                  conceded: { description: 'Ukraine has agreed to withdraw from the Donetsk region.', meta: { label: 'conceded' } },
                  dropped: { description: 'Russia has dropped its Donetsk precondition.', meta: { label: 'dropped' } },
                },
              },
              freeze: {
                initial: 'proposed',
                meta: { label: 'Frozen line' },
                on: handles({
                  'terms.propose-freeze': [
                    {
                      guard: requiresOutcome('terms.propose-freeze', 'accepted'),
                      target: '.accepted',
                      actions: [advance, 'note freeze accepted', momentum('freezeAcceptedMomentum')],
                    },
                    // Agreeing to discuss is a first answer; once it is under discussion, Russia accepts or rejects.
                    {
                      guard: requiresOutcome('terms.propose-freeze', 'discussed', anyOf([STATES.freezeProposed])),
                      target: '.underDiscussion',
                      actions: [advance, momentum('freezeDiscussedMomentum')],
                    },
                    { guard: requiresOutcome('terms.propose-freeze', 'rejected'), actions: [advance, momentum('freezeRejectedMomentum')] },
                  ],
                  'armistice.sign': { guard: requires('armistice.sign'), target: '#abuDhabi2026.armistice', actions: [advance, 'start ceasefire'] },
                }),
                states: {
                  proposed: { description: 'Ukraine proposes freezing the current line; Russia rejects it.', meta: { label: 'proposed' } },
                  underDiscussion: { description: 'Russia has agreed to discuss a frozen line.', meta: { label: 'under discussion' } },
                  accepted: { description: 'Both sides accept freezing the current line.', meta: { label: 'accepted' } },
                },
              },
              security: {
                initial: 'pledged',
                meta: { label: 'Security force' },
                on: handles({
                  'terms.propose-peacekeepers': [
                    {
                      guard: requiresOutcome('terms.propose-peacekeepers', 'accepted'),
                      target: '.accepted',
                      actions: [advance, 'accept peacekeepers', momentum('forceAcceptedMomentum')],
                    },
                    { guard: requiresOutcome('terms.propose-peacekeepers', 'rejected'), actions: [advance, momentum('forceRejectedMomentum')] },
                  ],
                }),
                states: {
                  pledged: {
                    description: 'European partners pledge a force along a demilitarised zone after a ceasefire; Russia rejects foreign troops.',
                    meta: { label: 'pledged' },
                  },
                  accepted: { description: 'Russia accepts a European-backed force along a demilitarised zone.', meta: { label: 'accepted' } },
                },
              },
            },
          },
        },
      },
      agreement: signed('agreement', 'A comprehensive agreement has been signed.', 'The agreement broke down and fighting resumed.'),
      armistice: signed('armistice', 'An armistice along the current line has been signed.', 'The armistice broke down and fighting resumed.'),
      collapse: ended('collapse', 'collapse', 'The talks have collapsed and the war escalates.'),
    },
  });
}
