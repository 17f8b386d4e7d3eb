/**
 * The Kaesong and Panmunjom armistice talks, 1951–53, as an XState v5 statechart. Parallel regions
 * while the talks go on: `talks` (in session, suspended, in recess), `terms` (the agenda's items),
 * `prisoners` (repatriation, the sick and wounded, the camps South Korea guarded), `military` (the
 * strikes on the hydroelectric plants), `moscow` (the outside power) and `rok` (South Korea, which
 * never signed). Outcomes are the states `armistice` and `agreement`, whose story goes on while the
 * deal holds or breaks, and the final state `collapse`.
 *
 * A notable move is handled once, guarded by its requirements (rules.ts), so the guard and the
 * sentence that explains an unmet requirement come from the same rule. Only time, a day of sessions
 * and the week's recess take days; they are taken by the `talks` region, whose state says whether
 * the delegations meet, so the clock advances once per move. Every state carries a label.
 */
import { and, assign, setup } from 'xstate';
import { requirementGuards } from '@/machines/requirements';
import type { MoveEventOf, MoveOutcomeIdOf, ScenarioOutput, StateMeta } from '@/machines/scenario';
import type { data } from './data';
import {
  countNonRepatriates,
  decayMomentum,
  initialContext,
  littleSwitch,
  passTime,
  rokRelease,
  screening,
  shiftMomentum,
  STATES,
  withTerm,
  type DurableTerms,
  type ModelContext,
  type ModelEffects,
  type ModelParams,
  type ModelRequirements,
  type MomentumEffect,
  type MoveId,
  type OutcomeId as OutcomeIdOf,
} from './rules';

type Data = typeof data;
export type ModelEvent = MoveEventOf<Data>;
type OutcomeId = MoveOutcomeIdOf<Data>;

/** The clock advances by the move's days; the delegations meet through them or not. */
const advance = (meeting: boolean) => ({ type: 'advance clock', params: { meeting } }) as const;
const momentum = (by: MomentumEffect) => ({ type: 'shift momentum', params: { by } }) as const;
/** A shift by a parameter a person may change (the contested effect of air pressure or of a threat). */
const momentumByParam = (by: 'airPressureMomentumSteps' | 'escalationSignalMomentumSteps') => ({ type: 'shift momentum by parameter', params: { by } }) as const;
const onOutcome = (outcome: OutcomeId) => ({ type: 'outcome is', params: { outcome } }) as const;
const noted = 'note taken' as const;
/** One of the terms that make a ceasefire last is agreed. */
const agreeTerm = (term: keyof DurableTerms) => ({ type: 'agree term', params: { term } }) as const;

const TIME_MOVES = ['time.day', 'time.week'] as const;
const onTime = <T>(transition: T) => Object.fromEntries(TIME_MOVES.map((t) => [t, transition])) as Record<(typeof TIME_MOVES)[number], T>;
/** An `on` block whose keys must be the model's events (XState does not catch a misspelt one by itself). */
const handles = <const T extends object>(transitions: T & Record<Exclude<keyof T, ModelEvent['type']>, never>): T => transitions;

/** A deal signed: the talks are over but the story goes on, as the ceasefire holds or breaks day by day. */
const signed = (label: string, description: string, broken: string) =>
  ({
    description,
    meta: { label },
    initial: 'holding',
    states: {
      holding: {
        description: 'The cease-fire holds along the demarcation line; each day it may break, at the risk of the terms agreed.',
        meta: { label: 'holding' },
        on: onTime([{ guard: onOutcome('breaks'), target: 'broken', actions: advance(false) }, { actions: advance(false) }]),
      },
      broken: { type: 'final', description: broken, meta: { label: 'broken down' } },
    },
  }) as const;

/** Two states of a region, before and after one move agrees it. */
const item = (label: string, open: string, agreed: string, openLabel = 'open') =>
  ({
    initial: 'open',
    meta: { label },
    states: {
      open: { description: open, meta: { label: openLabel } },
      agreed: { description: agreed, meta: { label: 'agreed' } },
    },
  }) as const;

export function createPanmunjom1951Machine({ daysOf, requirements }: { daysOf: (moveId: string) => number; requirements: ModelRequirements }) {
  const { all, anyOf, requires } = requirementGuards<ModelContext, ModelEvent, MoveId>(requirements);
  type ModelGuard = ReturnType<typeof requires>;
  const requiresOutcome = <M extends MoveId>(moveId: M, outcome: OutcomeIdOf<M>) =>
    and<ModelContext, ModelEvent, [ModelGuard, ReturnType<typeof onOutcome>]>([all([requires(moveId)]), onOutcome(outcome)]);
  /** An item of the agenda settled at the day's session, or stalled. */
  const agreeItem = (moveId: 'terms.supervision' | 'terms.recommendations') => [
    { guard: requiresOutcome(moveId, 'agreed'), target: '.agreed', actions: [noted, ...(moveId === 'terms.supervision' ? [agreeTerm('supervised')] : []), momentum('itemAgreedMomentum')] },
    { guard: requiresOutcome(moveId, 'stalled'), actions: [noted, momentum('itemStalledMomentum')] },
  ];

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
      'line clock run out': ({ context }) => context.lineClockEndDay !== null && context.day >= context.lineClockEndDay,
      'stalin has died': ({ context }) => context.day >= context.params.stalinDeathDay,
    },
    actions: {
      'advance clock': assign(({ context, event }, params: { meeting: boolean }) => passTime(context, daysOf(event.type), params.meeting)),
      'shift momentum': assign(({ context }, params: { by: MomentumEffect }) => ({ talksMomentum: shiftMomentum(context, context.effects[params.by]) })),
      'shift momentum by parameter': assign(({ context }, params: { by: 'airPressureMomentumSteps' | 'escalationSignalMomentumSteps' }) => ({
        talksMomentum: shiftMomentum(context, context.params[params.by]),
      })),
      'decay momentum while suspended': assign(({ context, event }) => ({ talksMomentum: decayMomentum(context, daysOf(event.type), context.params.suspendedDecayPerWeek) })),
      'decay momentum in recess': assign(({ context, event }) => ({ talksMomentum: decayMomentum(context, daysOf(event.type), context.params.recessDecayPerWeek) })),
      'note taken': assign(({ context, event }) => ({ lastTaken: { ...context.lastTaken, [event.type]: context.day } })),
      'move to panmunjom': assign({ venue: 'panmunjom' as const }),
      'table communist line': assign({ communistLineTabled: true }),
      'table unc line': assign({ uncLineTabled: true }),
      'start line clock': assign(({ context }) => ({ lineClockEndDay: context.day + context.params.demarcationClockDays })),
      'agree term': assign(({ context }, params: { term: keyof DurableTerms }) => withTerm(context, params.term)),
      'strike power plants': assign(({ context }) => ({ powerStruckDay: context.day })),
      screen: assign(({ context }) => screening(context)),
      'table all for all': assign({ allForAllTabled: true }),
      'table unc proposal': assign(({ context }) => ({ proposalTabledDay: context.day })),
      'clear unc proposal': assign({ proposalTabledDay: null }),
      'hold session': assign(({ context }) => ({ lastSessionDay: context.day })),
      'count non-repatriates': assign(({ context }) => countNonRepatriates(context)),
      'decay momentum in deadlock': assign(({ context, event }) => ({ talksMomentum: decayMomentum(context, daysOf(event.type), context.params.deadlockDecayPerWeek) })),
      'propose neutral custody': assign({ neutralCustodyProposed: true }),
      'signal escalation': assign({ escalationSignalled: true }),
      'release prisoners': assign(({ context }) => rokRelease(context)),
      'carry out little switch': assign(({ context }) => littleSwitch(context)),
      'start ceasefire': assign(({ context }) => ({ ceasefire: true, signedDay: context.day })),
    },
  }).createMachine({
    id: 'panmunjom1951',
    context: ({ input }) => initialContext(input.params, input.effects),
    initial: 'negotiating',
    meta: { label: 'Stage' },
    output: ({ event }) => event.output as ScenarioOutput,
    states: {
      negotiating: {
        type: 'parallel',
        meta: { label: 'negotiating' },
        // Events of the war and of the parties that move no region of their own.
        on: handles({
          'military.raid-pyongyang': { guard: requires('military.raid-pyongyang'), actions: [noted, momentumByParam('airPressureMomentumSteps')] },
          'military.dam-strike': [
            { guard: requiresOutcome('military.dam-strike', 'breached'), actions: [noted, momentumByParam('airPressureMomentumSteps')] },
            { guard: requiresOutcome('military.dam-strike', 'held'), actions: noted },
          ],
          'military.unc-offensive': { guard: requires('military.unc-offensive'), actions: [noted, momentum('offensiveMomentum')] },
          'military.communist-offensive': { guard: requires('military.communist-offensive'), actions: [noted, momentum('offensiveMomentum')] },
          'unc.signal-escalation': { guard: requires('unc.signal-escalation'), actions: ['signal escalation', momentumByParam('escalationSignalMomentumSteps')] },
          'dprk.press-for-end': { guard: requires('dprk.press-for-end'), actions: [noted, momentum('pressForEndMomentum')] },
          'unc.eisenhower-pledge': { guard: requires('unc.eisenhower-pledge'), actions: noted },
          'terms.propose-38th-parallel': { guard: requires('terms.propose-38th-parallel'), actions: 'table communist line' },
          'terms.propose-battle-line': { guard: requires('terms.propose-battle-line'), actions: 'table unc line' },
          'pow.propose-all-for-all': { guard: requires('pow.propose-all-for-all'), actions: 'table all for all' },
          'pow.unc-proposal': { guard: requires('pow.unc-proposal'), actions: [noted, 'table unc proposal'] },
          'pow.neutral-custody': { guard: requires('pow.neutral-custody'), actions: ['propose neutral custody', momentum('neutralCustodyMomentum')] },
          'armistice.sign': { guard: requires('armistice.sign'), target: '#panmunjom1951.armistice', actions: 'start ceasefire' },
          'agreement.sign': { guard: requires('agreement.sign'), target: '#panmunjom1951.agreement', actions: 'start ceasefire' },
        }),
        states: {
          talks: {
            initial: 'inSession',
            meta: { label: 'Talks' },
            on: handles({
              'talks.abandon-unc': { guard: requires('talks.abandon-unc'), target: '#panmunjom1951.collapse' },
              'talks.abandon-communist': { guard: requires('talks.abandon-communist'), target: '#panmunjom1951.collapse' },
            }),
            states: {
              inSession: {
                description: 'The delegations meet in plenary sessions, sub-delegations and staff meetings while the fighting goes on.',
                meta: { label: 'in session' },
                on: handles({
                  // Deadlocked over the prisoners, the talks lose momentum even while they meet.
                  ...onTime([{ guard: anyOf([STATES.voluntary]), actions: [advance(true), 'decay momentum in deadlock'] as const }, { actions: advance(true) }]),
                  'talks.session': [
                    { guard: requiresOutcome('talks.session', 'progress'), actions: [advance(true), 'hold session', momentum('sessionProgressMomentum')] },
                    { guard: requiresOutcome('talks.session', 'stalled'), actions: [advance(true), 'hold session', momentum('sessionStalledMomentum')] },
                  ],
                  'talks.suspend-unc': { guard: requires('talks.suspend-unc'), target: 'suspended', actions: momentum('suspendMomentum') },
                  'talks.suspend-communist': { guard: requires('talks.suspend-communist'), target: 'suspended', actions: momentum('suspendMomentum') },
                  'talks.recess': { guard: requires('talks.recess'), target: 'recessed', actions: momentum('recessMomentum') },
                  'talks.recess-week': { guard: requires('talks.recess-week'), actions: [advance(false), 'decay momentum in recess'] },
                }),
              },
              suspended: {
                description: 'One side has broken off the talks; momentum drains while they are suspended.',
                meta: { label: 'suspended' },
                on: handles({
                  ...onTime({ actions: [advance(false), 'decay momentum while suspended'] as const }),
                  'talks.resume': { guard: requires('talks.resume'), target: 'inSession', actions: momentum('resumeMomentum') },
                  'talks.resume-panmunjom': { guard: requires('talks.resume-panmunjom'), target: 'inSession', actions: ['move to panmunjom', momentum('resumeMomentum')] },
                }),
              },
              recessed: {
                description: 'The plenaries are in recess with no date to resume; liaison officers still meet, and momentum drains slowly.',
                meta: { label: 'in recess' },
                on: handles({
                  ...onTime({ actions: [advance(false), 'decay momentum in recess'] as const }),
                  'talks.resume': { guard: requires('talks.resume'), target: 'inSession', actions: momentum('resumeMomentum') },
                  'talks.resume-panmunjom': { guard: requires('talks.resume-panmunjom'), target: 'inSession', actions: ['move to panmunjom', momentum('resumeMomentum')] },
                }),
              },
            },
          },
          terms: {
            type: 'parallel',
            meta: { label: 'Agenda' },
            states: {
              agenda: {
                initial: 'open',
                meta: { label: 'Agenda (item 1)' },
                on: handles({
                  'terms.agenda': [
                    { guard: requiresOutcome('terms.agenda', 'adopted'), target: '.adopted', actions: [noted, momentum('agendaAdoptedMomentum')] },
                    { guard: requiresOutcome('terms.agenda', 'deadlocked'), actions: [noted, momentum('itemStalledMomentum')] },
                  ],
                }),
                states: {
                  open: { description: 'The delegations dispute the agenda: whether the withdrawal of foreign troops belongs on it.', meta: { label: 'in dispute' } },
                  adopted: { description: 'A five-item agenda is adopted; the withdrawal of foreign troops is left to the governments.', meta: { label: 'adopted' } },
                },
              },
              line: {
                initial: 'open',
                meta: { label: 'Demarcation line (item 2)' },
                on: handles({
                  'terms.demarcation-line': [
                    { guard: requiresOutcome('terms.demarcation-line', 'agreed'), target: '.provisional', actions: [noted, 'start line clock', agreeTerm('dmz'), momentum('lineAgreedMomentum')] },
                    { guard: requiresOutcome('terms.demarcation-line', 'stalled'), actions: [noted, momentum('itemStalledMomentum')] },
                  ],
                }),
                states: {
                  open: { description: 'No demarcation line is agreed: the 38th parallel against the line of contact.', meta: { label: 'in dispute' } },
                  provisional: {
                    description: 'The line of contact is the demarcation line if an armistice is signed within the clock’s days; the clock is running. In the model the clock changes only which line is drawn at signing.',
                    meta: { label: 'provisional, clock running' },
                    always: { guard: 'line clock run out', target: 'lapsed' },
                  },
                  lapsed: {
                    description: 'The 30 days ran out with no armistice: the line will be the line of contact on the day of signing.',
                    meta: { label: 'line of contact at signing' },
                  },
                },
              },
              supervision: {
                ...item('Supervision (item 3)', 'The cease-fire’s arrangements and its supervision are disputed (airfields, inspection).', 'A commission of neutral nations will supervise the cease-fire.'),
                on: handles({ 'terms.supervision': agreeItem('terms.supervision') }),
              },
              recommendations: {
                ...item('Recommendations (item 5)', 'What to recommend to the governments is not agreed.', 'A political conference is to meet within three months of an armistice.'),
                on: handles({ 'terms.recommendations': agreeItem('terms.recommendations') }),
              },
              political: {
                initial: 'deferred',
                meta: { label: 'Political questions' },
                on: handles({
                  'terms.political-settlement': [
                    { guard: requiresOutcome('terms.political-settlement', 'agreed'), target: '.agreed', actions: [noted, agreeTerm('definitive'), momentum('itemAgreedMomentum')] },
                    { guard: requiresOutcome('terms.political-settlement', 'deferred'), actions: [noted, momentum('itemStalledMomentum')] },
                  ],
                }),
                states: {
                  deferred: { description: 'The withdrawal of foreign forces and the future of Korea are left to a political conference after an armistice.', meta: { label: 'left to a conference' } },
                  agreed: { description: 'The delegations have agreed the political questions at the table: a settlement beyond an armistice (hypothetical).', meta: { label: 'agreed' } },
                },
              },
            },
          },
          prisoners: {
            type: 'parallel',
            meta: { label: 'Prisoners of war' },
            states: {
              repatriation: {
                initial: 'unlisted',
                meta: { label: 'Repatriation (item 4)' },
                on: handles({
                  'pow.accept-all-for-all': [
                    { guard: requiresOutcome('pow.accept-all-for-all', 'accepted'), target: '.forcedAgreed', actions: ['clear unc proposal', momentum('prisonerTermsMomentum')] },
                    { guard: requiresOutcome('pow.accept-all-for-all', 'refused'), actions: momentum('proposalRejectedMomentum') },
                  ],
                  'pow.answer': [
                    { guard: requiresOutcome('pow.answer', 'accepts'), target: '.termsAccepted', actions: ['clear unc proposal', momentum('prisonerTermsMomentum')] },
                    { guard: requiresOutcome('pow.answer', 'rejects'), actions: ['clear unc proposal', momentum('proposalRejectedMomentum')] },
                  ],
                }),
                states: {
                  unlisted: {
                    description: 'The sides have not exchanged lists of the prisoners they hold.',
                    meta: { label: 'no lists' },
                    on: handles({ 'pow.exchange-lists': { guard: requires('pow.exchange-lists'), target: 'listed' } }),
                  },
                  listed: {
                    description: 'The lists are exchanged: all prisoners are presumed to go home.',
                    meta: { label: 'lists exchanged' },
                    on: handles({ 'pow.screening': { guard: requires('pow.screening'), target: 'screened', actions: ['screen', momentum('screeningMomentum')] } }),
                  },
                  screened: {
                    description: 'The UN Command has screened its prisoners; many say they will not go home.',
                    meta: { label: 'screened' },
                    on: handles({ 'pow.no-forced-repatriation': { guard: requires('pow.no-forced-repatriation'), target: 'voluntary', actions: momentum('noForcedMomentum') } }),
                  },
                  voluntary: {
                    description: 'The UN Command will return no prisoner against his will; the Communist side demands the return of all.',
                    meta: { label: 'deadlocked on return' },
                  },
                  termsAccepted: {
                    description: 'Both sides accept terms for prisoners who refuse to go home: neutral custody, no force.',
                    meta: { label: 'terms accepted' },
                    on: handles({ 'pow.terms-of-reference': { guard: requires('pow.terms-of-reference'), target: 'termsSigned', actions: ['count non-repatriates', momentum('termsSignedMomentum')] } }),
                  },
                  termsSigned: {
                    description: 'The terms of reference are signed: no prisoner is repatriated by force; a neutral commission holds those who refuse.',
                    meta: { label: 'terms signed' },
                  },
                  forcedAgreed: {
                    description: 'The UN Command has agreed to return all prisoners, by force if need be (hypothetical).',
                    meta: { label: 'all to be returned' },
                  },
                },
              },
              sickAndWounded: {
                initial: 'none',
                meta: { label: 'Sick and wounded' },
                states: {
                  none: {
                    description: 'No exchange of sick and wounded prisoners is agreed.',
                    meta: { label: 'none agreed' },
                    on: handles({ 'pow.accept-sick-wounded': { guard: requires('pow.accept-sick-wounded'), target: 'accepted', actions: momentum('sickWoundedMomentum') } }),
                  },
                  accepted: {
                    description: 'The Communist commanders have accepted an exchange of sick and wounded prisoners.',
                    meta: { label: 'accepted' },
                    on: handles({ 'pow.sick-wounded-agreement': { guard: requires('pow.sick-wounded-agreement'), target: 'agreed' } }),
                  },
                  agreed: {
                    description: 'An exchange of sick and wounded prisoners is signed and waits to be carried out.',
                    meta: { label: 'agreed, pending' },
                    on: handles({ 'pow.little-switch': { guard: requires('pow.little-switch'), target: 'exchanged', actions: ['carry out little switch', momentum('littleSwitchMomentum')] } }),
                  },
                  exchanged: { description: 'The sick and wounded prisoners have been exchanged.', meta: { label: 'exchanged' } },
                },
              },
              rokCamps: {
                initial: 'held',
                meta: { label: 'Camps under South Korean guard' },
                states: {
                  held: {
                    description: 'South Korean guards hold, in UN Command camps, North Korean prisoners who have refused repatriation.',
                    meta: { label: 'held' },
                    on: handles({ 'rok.release-prisoners': { guard: requires('rok.release-prisoners'), target: 'released', actions: ['release prisoners', momentum('rokReleaseMomentum')] } }),
                  },
                  released: { description: 'On Rhee’s order, South Korean guards have freed the prisoners who refused repatriation.', meta: { label: 'released' } },
                },
              },
            },
          },
          military: {
            initial: 'ordinary',
            meta: { label: 'Power plants' },
            states: {
              ordinary: {
                description: 'North Korea’s hydroelectric plants, which also supply north-east China, are spared.',
                meta: { label: 'spared' },
                on: handles({ 'military.power-strike': { guard: requires('military.power-strike'), target: 'struck', actions: ['strike power plants', momentumByParam('airPressureMomentumSteps')] } }),
              },
              struck: { description: 'The hydroelectric plants are struck: a blackout, then a fraction of capacity.', meta: { label: 'struck' } },
            },
          },
          moscow: {
            initial: 'backsBeijing',
            meta: { label: 'Moscow' },
            states: {
              backsBeijing: {
                description: 'Stalin backs Beijing’s position on the prisoners and judges, with Zhou Enlai, that continuing the war ties down the United States.',
                meta: { label: 'backs Beijing' },
                always: { guard: 'stalin has died', target: 'leadershipChanged' },
                on: handles({ 'ussr.back-beijing': { guard: requires('ussr.back-beijing'), actions: noted } }),
              },
              leadershipChanged: {
                description: 'Stalin has died; the new leadership has not yet changed Moscow’s line on the talks.',
                meta: { label: 'new leadership' },
                on: handles({ 'ussr.change-line': { guard: requires('ussr.change-line'), target: 'lineChanged', actions: momentum('lineChangedMomentum') } }),
              },
              lineChanged: { description: 'Moscow has told Beijing and Pyongyang that the line followed until now should change.', meta: { label: 'line changed' } },
            },
          },
          rok: {
            initial: 'opposing',
            meta: { label: 'South Korea' },
            states: {
              opposing: {
                description: 'Seoul takes part in the talks and opposes an armistice that leaves Korea divided.',
                meta: { label: 'opposes' },
                on: handles({
                  'rok.boycott': { guard: requires('rok.boycott'), target: 'boycotting', actions: momentum('rokBoycottMomentum') },
                  'rok.accept-armistice': { guard: requires('rok.accept-armistice'), target: 'acquiesced', actions: [noted, momentum('rokAcceptMomentum')] },
                }),
              },
              boycotting: {
                description: 'South Korea’s delegate boycotts the plenaries.',
                meta: { label: 'boycotting' },
                on: handles({ 'rok.accept-armistice': { guard: requires('rok.accept-armistice'), target: 'acquiesced', actions: [noted, momentum('rokAcceptMomentum')] } }),
              },
              acquiesced: { description: 'Seoul has agreed not to obstruct the armistice; it will not sign it.', meta: { label: 'accepts, will not sign' } },
            },
          },
        },
      },
      armistice: signed('armistice', 'An armistice has been signed along the line of contact, with a 4 km demilitarised zone.', 'The armistice broke down and fighting resumed.'),
      agreement: signed('settlement', 'A settlement beyond an armistice has been signed (hypothetical).', 'The settlement broke down and fighting resumed.'),
      collapse: { type: 'final', description: 'The talks have been abandoned for a wider war.', meta: { label: 'abandoned' }, output: { outcome: 'collapse' } },
    },
  });
}
