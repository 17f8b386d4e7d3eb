/**
 * Pure rules of the Panmunjom 1951–53 model: how time moves the metrics, what each notable move
 * requires (with the sentence that says so when it is missing), and the odds of uncertain moves. The
 * statechart's guards and actions call these, and so do the engine's questions (engine.ts); every
 * number comes from the data's parameters and effects.
 */
import type { StateValue } from 'xstate';
import { dealHoldChance, remainingRisk, type DealRisk } from '@/machines/deal-risk';
import { spanOfDays } from '@/machines/prose';
import type { ModelView as ViewOf, Requirement as RequirementOf, Requirements } from '@/machines/requirements';
import type { EffectIdOf, MoveIdOf, OutcomeIdOf, OutcomeOdds, ParamIdOf, Params, UncertainMoveIdOf } from '@/machines/scenario';
import type { data } from './data';

type Data = typeof data;
export type MoveId = MoveIdOf<Data>;
/** The outcome ids the data declares for move `M`. */
export type OutcomeId<M extends MoveId> = OutcomeIdOf<Data, M>;
type OddsOf<M extends MoveId> = OutcomeOdds<OutcomeId<M>>[];
export type ModelParams = Params<ParamIdOf<Data>>;
/** The data's effects table by id: momentum shifts, odds weights, waiting times. */
export type ModelEffects = Readonly<Record<EffectIdOf<Data>, number>>;
/** The effects that shift talks momentum, in steps of the `momentumStep` parameter. */
export type MomentumEffect = Extract<EffectIdOf<Data>, `${string}Momentum`>;

export interface ModelContext {
  params: ModelParams;
  effects: ModelEffects;
  /** Days since the talks opened at Kaesong on 10 July 1951. */
  day: number;
  talksMomentum: number;
  /** Meetings of the delegations, at the sourced average rate while the talks are in session; fractional while it accrues. */
  sessionsHeld: number;
  /** The last day the delegations met (a day's sessions concluded); the first plenary met on day 0. */
  lastSessionDay: number;
  /** US killed and wounded since the talks opened, at the sourced average rate while the fighting goes on. */
  usCasualties: number;
  /** Where the plenaries meet: Kaesong until the talks move to Panmunjom. */
  venue: 'kaesong' | 'panmunjom';
  /** Whether each side has tabled its demarcation line (item 2). */
  communistLineTabled: boolean;
  uncLineTabled: boolean;
  /** Day the provisional line stops standing unless an armistice is signed (the 30-day clock); null before it is agreed. */
  lineClockEndDay: number | null;
  /** The terms that make a ceasefire last agreed so far, kept for the risk shown once the talks have ended. */
  terms: DurableTerms;
  /** Day the hydroelectric plants were struck; null before. */
  powerStruckDay: number | null;
  /** Prisoners in UN Command custody recorded as refusing repatriation; null before the screening. */
  prisonersRefusing: number | null;
  prisonersExchanged: number;
  prisonersReleasedByRok: number;
  /** Whether the Communist side's proposal to return all prisoners is on the table. */
  allForAllTabled: boolean;
  /** Day a UN Command proposal on prisoners was tabled, while it waits for the Communist side's answer; null when none waits. */
  proposalTabledDay: number | null;
  /** Whether Beijing has proposed neutral custody for the prisoners who refuse to go home. */
  neutralCustodyProposed: boolean;
  /** Whether the UN Command has signalled a wider war if the talks fail. */
  escalationSignalled: boolean;
  /** Whether a signed armistice has stopped the fighting. */
  ceasefire: boolean;
  /** Day the armistice or settlement was signed; null before one. */
  signedDay: number | null;
  /** The day each limited move was last taken. */
  lastTaken: Readonly<Partial<Record<MoveId, number>>>;
}

export type ModelView = ViewOf<ModelContext>;
type Requirement = RequirementOf<ModelContext>;

const during = (regions: Record<string, StateValue>): StateValue => ({ negotiating: regions });
export const STATES = {
  inSession: during({ talks: 'inSession' }),
  suspended: during({ talks: 'suspended' }),
  recessed: during({ talks: 'recessed' }),
  agendaAdopted: during({ terms: { agenda: 'adopted' } }),
  lineOpen: during({ terms: { line: 'open' } }),
  lineProvisional: during({ terms: { line: 'provisional' } }),
  lineLapsed: during({ terms: { line: 'lapsed' } }),
  supervisionAgreed: during({ terms: { supervision: 'agreed' } }),
  recommendationsAgreed: during({ terms: { recommendations: 'agreed' } }),
  politicalAgreed: during({ terms: { political: 'agreed' } }),
  unlisted: during({ prisoners: { repatriation: 'unlisted' } }),
  listed: during({ prisoners: { repatriation: 'listed' } }),
  screened: during({ prisoners: { repatriation: 'screened' } }),
  voluntary: during({ prisoners: { repatriation: 'voluntary' } }),
  forcedAgreed: during({ prisoners: { repatriation: 'forcedAgreed' } }),
  termsAccepted: during({ prisoners: { repatriation: 'termsAccepted' } }),
  termsSigned: during({ prisoners: { repatriation: 'termsSigned' } }),
  sickWoundedNone: during({ prisoners: { sickAndWounded: 'none' } }),
  sickWoundedAccepted: during({ prisoners: { sickAndWounded: 'accepted' } }),
  sickWoundedAgreed: during({ prisoners: { sickAndWounded: 'agreed' } }),
  rokCampsHeld: during({ prisoners: { rokCamps: 'held' } }),
  powerIntact: during({ military: 'ordinary' }),
  backsBeijing: during({ moscow: 'backsBeijing' }),
  leadershipChanged: during({ moscow: 'leadershipChanged' }),
  rokOpposing: during({ rok: 'opposing' }),
  rokAcquiesced: during({ rok: 'acquiesced' }),
  armisticeHolding: { armistice: 'holding' },
  agreementHolding: { agreement: 'holding' },
  armisticeBroken: { armistice: 'broken' },
  agreementBroken: { agreement: 'broken' },
} as const;

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

const inSession: Requirement = {
  test: { in: [STATES.inSession] },
  whyNot: 'The plenaries are not meeting: the talks are suspended or in recess.',
};
const notMeeting: Requirement = {
  test: { notIn: [STATES.inSession] },
  whyNot: 'The talks are in session: there is nothing to resume.',
};
const meeting: Requirement = { test: { in: [STATES.inSession] }, whyNot: 'The talks are already suspended or in recess.' };
const lineAgreed: Requirement = {
  test: { in: [STATES.lineProvisional, STATES.lineLapsed] },
  whyNot: 'The demarcation line (item 2) is not yet agreed.',
};
const prisonerItemSettled: Requirement = {
  test: { in: [STATES.termsSigned, STATES.forcedAgreed] },
  whyNot: 'Item 4, the prisoners of war, is still open.',
};
const prisonerItemOpen: Requirement = {
  test: { notIn: [STATES.termsSigned, STATES.forcedAgreed, STATES.termsAccepted] },
  whyNot: 'The prisoner question is already settled.',
};
const listsExchanged: Requirement = {
  test: { notIn: [STATES.unlisted] },
  whyNot: 'The sides have not yet exchanged their lists of prisoners.',
};
/** An item is settled at the table: the delegations must have met that day. */
const metToday: Requirement = {
  test: { holds: (ctx) => ctx.lastSessionDay === ctx.day },
  whyNot: 'The delegations have not met today: an item is agreed at a day’s sessions.',
};
const prisonersScreened: readonly StateValue[] = [STATES.screened, STATES.voluntary, STATES.termsAccepted, STATES.termsSigned, STATES.forcedAgreed];
const armisticeTerms: readonly Requirement[] = [
  { test: { in: [STATES.agendaAdopted] }, whyNot: 'The agenda is not yet adopted.' },
  lineAgreed,
  { test: { in: [STATES.supervisionAgreed] }, whyNot: 'Item 3, the cease-fire and its supervision, is still open.' },
  { test: { in: [STATES.recommendationsAgreed] }, whyNot: 'Item 5, the recommendations to governments, is still open.' },
  prisonerItemSettled,
  { test: { in: [STATES.inSession] }, whyNot: 'An armistice is signed at the table: the talks are not in session.' },
  {
    test: { holds: (ctx) => ctx.prisonersReleasedByRok === 0 || ctx.lastTaken['rok.accept-armistice'] !== undefined },
    whyNot: 'The Communist side asks what guarantee there is that South Korea will abide by the terms: Seoul has not agreed not to obstruct them.',
  },
];

/** An item of the agenda is discussed at most once a day. */
const onceToday = (moveId: MoveId): Requirement => ({
  test: { holds: (ctx) => ctx.lastTaken[moveId] !== ctx.day },
  whyNot: 'The delegations have discussed this item today already: let a day pass.',
});

/**
 * A move that needs time between one taking and the next: offensives and air raids of the record
 * came weeks apart. `said` begins the sentence that ends "… <span> ago."
 */
function waited(moveId: MoveId, days: number, said: string): Requirement {
  return {
    test: { holds: (ctx) => ctx.lastTaken[moveId] === undefined || ctx.day - ctx.lastTaken[moveId]! >= days },
    whyNot: `${said} ${spanOfDays(days)} ago.`,
  };
}

export type ModelRequirements = Requirements<MoveId, ModelContext>;

export const requirementsOf = (effect: ModelEffects): ModelRequirements => ({
  'talks.session': [inSession],
  'talks.suspend-unc': [meeting],
  'talks.suspend-communist': [meeting],
  'talks.resume': [notMeeting],
  'talks.resume-panmunjom': [
    notMeeting,
    { test: { holds: (ctx) => ctx.venue === 'kaesong' }, whyNot: 'The talks already meet at Panmunjom.' },
  ],
  'talks.recess': [
    meeting,
    { test: { in: [STATES.voluntary] }, whyNot: 'A recess without a date needs the prisoner question deadlocked: the UN Command has not declared against forced repatriation, or the question is settled.' },
  ],
  'talks.recess-week': [inSession, { test: { holds: (ctx) => ctx.proposalTabledDay !== null }, whyNot: 'No UN Command proposal waits for an answer.' }],
  'talks.abandon-unc': [{ test: { notIn: [STATES.inSession] }, whyNot: 'The talks are in session; only talks suspended or in recess can be abandoned.' }],
  'talks.abandon-communist': [{ test: { notIn: [STATES.inSession] }, whyNot: 'The talks are in session; only talks suspended or in recess can be abandoned.' }],
  'terms.agenda': [inSession, { test: { notIn: [STATES.agendaAdopted] }, whyNot: 'The agenda is already adopted.' }, metToday, onceToday('terms.agenda')],
  'terms.propose-38th-parallel': [
    { test: { in: [STATES.agendaAdopted] }, whyNot: 'The agenda is not yet adopted.' },
    { test: { holds: (ctx) => !ctx.communistLineTabled }, whyNot: 'The Communist side has already proposed its line.' },
  ],
  'terms.propose-battle-line': [
    { test: { in: [STATES.agendaAdopted] }, whyNot: 'The agenda is not yet adopted.' },
    { test: { holds: (ctx) => !ctx.uncLineTabled }, whyNot: 'The UN Command has already proposed its line.' },
  ],
  'terms.demarcation-line': [
    { test: { in: [STATES.lineOpen] }, whyNot: 'A demarcation line is already agreed.' },
    { test: { holds: (ctx) => ctx.communistLineTabled && ctx.uncLineTabled }, whyNot: 'Both sides must have put their line on the table.' },
    inSession,
    metToday,
    onceToday('terms.demarcation-line'),
  ],
  'terms.supervision': [lineAgreed, { test: { notIn: [STATES.supervisionAgreed] }, whyNot: 'Supervision is already agreed.' }, inSession, metToday, onceToday('terms.supervision')],
  'terms.recommendations': [
    lineAgreed,
    { test: { notIn: [STATES.recommendationsAgreed] }, whyNot: 'The recommendations are already agreed.' },
    inSession,
    metToday,
    onceToday('terms.recommendations'),
  ],
  'terms.political-settlement': [
    { test: { in: [STATES.recommendationsAgreed] }, whyNot: 'The political questions were set aside for item 5, which is still open.' },
    { test: { notIn: [STATES.politicalAgreed] }, whyNot: 'The political questions are already settled.' },
    inSession,
    metToday,
    onceToday('terms.political-settlement'),
  ],
  'pow.exchange-lists': [
    lineAgreed,
    { test: { in: [STATES.unlisted] }, whyNot: 'The lists have already been exchanged.' },
  ],
  'pow.screening': [{ test: { in: [STATES.listed] }, whyNot: 'The prisoners can be screened once, after the lists are exchanged.' }],
  'pow.no-forced-repatriation': [{ test: { in: [STATES.screened] }, whyNot: 'The UN Command declares its position once its prisoners have been screened.' }],
  'pow.propose-all-for-all': [listsExchanged, prisonerItemOpen, { test: { holds: (ctx) => !ctx.allForAllTabled }, whyNot: 'The proposal to return all prisoners is already on the table.' }],
  'pow.accept-all-for-all': [prisonerItemOpen, { test: { holds: (ctx) => ctx.allForAllTabled }, whyNot: 'No proposal to return all prisoners is on the table.' }],
  'pow.unc-proposal': [
    { test: { in: [STATES.voluntary] }, whyNot: 'The UN Command tables proposals once it has declared against forced repatriation, while the question is open.' },
    { test: { holds: (ctx) => ctx.proposalTabledDay === null }, whyNot: 'A UN Command proposal already waits for an answer.' },
    waited('pow.unc-proposal', effect.proposalIntervalDays, 'The UN Command tabled its last proposal less than'),
  ],
  'pow.answer': [
    { test: { holds: (ctx) => ctx.proposalTabledDay !== null }, whyNot: 'No UN Command proposal waits for an answer.' },
    {
      test: { holds: (ctx) => ctx.proposalTabledDay === null || ctx.day - ctx.proposalTabledDay >= effect.answerStudyDays },
      whyNot: `The Communist side answers a proposal after studying it: ${spanOfDays(effect.answerStudyDays)} passed before each answer of the record.`,
    },
  ],
  'pow.neutral-custody': [
    { test: { in: [STATES.voluntary] }, whyNot: 'Neutral custody answers the UN Command’s stand against forced repatriation, which is not yet taken or already settled.' },
    { test: { holds: (ctx) => !ctx.neutralCustodyProposed }, whyNot: 'Beijing has already proposed neutral custody.' },
  ],
  'pow.terms-of-reference': [{ test: { in: [STATES.termsAccepted] }, whyNot: 'No prisoner proposal has been accepted by both sides.' }, inSession],
  'pow.accept-sick-wounded': [listsExchanged, { test: { in: [STATES.sickWoundedNone] }, whyNot: 'An exchange of sick and wounded prisoners is already accepted.' }],
  'pow.sick-wounded-agreement': [{ test: { in: [STATES.sickWoundedAccepted] }, whyNot: 'No exchange of sick and wounded prisoners has been accepted.' }],
  'pow.little-switch': [{ test: { in: [STATES.sickWoundedAgreed] }, whyNot: 'No agreed exchange of sick and wounded prisoners waits to be carried out.' }],
  'rok.release-prisoners': [
    { test: { in: [STATES.rokCampsHeld] }, whyNot: 'South Korean guards have already released the prisoners they held.' },
    { test: { in: prisonersScreened }, whyNot: 'The UN Command has not yet screened its prisoners: none are recorded as refusing to go home.' },
  ],
  'rok.boycott': [{ test: { in: [STATES.rokOpposing] }, whyNot: 'South Korea’s delegate is not taking part as before.' }],
  'rok.accept-armistice': [
    { test: { notIn: [STATES.rokAcquiesced] }, whyNot: 'South Korea already accepts the armistice.' },
    { test: { in: [STATES.termsAccepted, STATES.termsSigned, STATES.forcedAgreed] }, whyNot: 'There are no terms for the prisoners yet for Seoul to accept or refuse.' },
  ],
  'unc.eisenhower-pledge': [{ test: { holds: (ctx) => ctx.lastTaken['unc.eisenhower-pledge'] === undefined }, whyNot: 'Eisenhower has already pledged to go to Korea.' }],
  'military.power-strike': [{ test: { in: [STATES.powerIntact] }, whyNot: 'The main hydroelectric plants are already out of action.' }],
  'military.raid-pyongyang': [waited('military.raid-pyongyang', effect.raidIntervalDays, 'The last mass raid was less than')],
  'military.dam-strike': [waited('military.dam-strike', effect.damStrikeIntervalDays, 'The last strike on the dams was less than')],
  'military.unc-offensive': [waited('military.unc-offensive', effect.offensiveIntervalDays, 'The UN Command’s last offensive began less than')],
  'military.communist-offensive': [waited('military.communist-offensive', effect.offensiveIntervalDays, 'The last Chinese offensive began less than')],
  'unc.signal-escalation': [{ test: { holds: (ctx) => !ctx.escalationSignalled }, whyNot: 'Washington has already signalled a wider war.' }],
  'ussr.back-beijing': [{ test: { in: [STATES.backsBeijing] }, whyNot: 'Moscow’s leadership has changed since Stalin’s death.' }],
  'ussr.change-line': [{ test: { in: [STATES.leadershipChanged] }, whyNot: 'While Stalin lives, Moscow backs Beijing’s position on the prisoners.' }],
  'dprk.press-for-end': [waited('dprk.press-for-end', effect.offensiveIntervalDays, 'Pyongyang last urged an end to the war less than')],
  'armistice.sign': armisticeTerms,
  'agreement.sign': [{ test: { in: [STATES.politicalAgreed] }, whyNot: 'The political questions — the withdrawal of foreign forces and the future of Korea — are not agreed.' }, ...armisticeTerms],
});

export function initialContext(params: ModelParams, effects: ModelEffects): ModelContext {
  return {
    params,
    effects,
    day: 0,
    talksMomentum: params.initialMomentum,
    // The first plenary met on the day the talks opened.
    sessionsHeld: 1,
    lastSessionDay: 0,
    usCasualties: 0,
    venue: 'kaesong',
    communistLineTabled: false,
    uncLineTabled: false,
    lineClockEndDay: null,
    terms: { dmz: false, supervised: false, definitive: false },
    powerStruckDay: null,
    prisonersRefusing: null,
    prisonersExchanged: 0,
    prisonersReleasedByRok: 0,
    allForAllTabled: false,
    proposalTabledDay: null,
    neutralCustodyProposed: false,
    escalationSignalled: false,
    ceasefire: false,
    signedDay: null,
    lastTaken: {},
  };
}

/**
 * The war going on for `days`: US forces lose killed and wounded at the sourced average rate of the
 * talks' two years, and stop losing them once an armistice holds; the delegations meet at the
 * average rate while the talks are in session (`meeting`).
 */
export function passTime(ctx: ModelContext, days: number, meeting: boolean): Partial<ModelContext> {
  return {
    day: ctx.day + days,
    usCasualties: ctx.usCasualties + (ctx.ceasefire ? 0 : ctx.params.usCasualtiesPerDay * days),
    sessionsHeld: ctx.sessionsHeld + (meeting ? ctx.params.sessionsPerDayInSession * days : 0),
  };
}

/** North Korea's power in operation (% of capacity): intact before the strikes, nothing during the blackout, a remnant after. */
export function nkPowerPct(ctx: ModelContext): number {
  const p = ctx.params;
  if (ctx.powerStruckDay === null) return p.powerStartPct;
  return ctx.day < ctx.powerStruckDay + p.blackoutDays ? 0 : Math.min(p.powerStartPct, p.postStrikeOutputPct);
}

/** Momentum after a shift of `steps` momentum steps (see the `momentumStep` parameter). */
export function shiftMomentum(ctx: ModelContext, steps: number): number {
  return clamp(ctx.talksMomentum + steps * ctx.params.momentumStep, 0, 100);
}

/** Momentum after `days` of talks not meeting, or deadlocked at the table, draining at `perWeek` points a week. */
export function decayMomentum(ctx: ModelContext, days: number, perWeek: number): number {
  return Math.max(0, ctx.talksMomentum - (perWeek * days) / 7);
}

/** The screening: prisoners who would not accept repatriation, by the share found willing. */
export function screening(ctx: ModelContext): Partial<ModelContext> {
  return { prisonersRefusing: Math.round(ctx.params.screenedTotal * (1 - ctx.params.screeningWillingShare)) };
}

/** South Korean guards free the prisoners they hold who refused repatriation: they are no longer in UN Command custody. */
export function rokRelease(ctx: ModelContext): Partial<ModelContext> {
  const released = Math.min(ctx.params.rheeReleaseCount, ctx.prisonersRefusing ?? ctx.params.rheeReleaseCount);
  return {
    prisonersReleasedByRok: released,
    prisonersRefusing: ctx.prisonersRefusing === null ? null : ctx.prisonersRefusing - released,
  };
}

/** The terms of reference signed: those to be handed to the neutral commission are counted as refusing, less any already freed. */
export const countNonRepatriates = (ctx: ModelContext): Partial<ModelContext> => ({
  prisonersRefusing: Math.max(0, ctx.params.nonRepatriatesJune1953 - ctx.prisonersReleasedByRok),
});

/** The exchange of sick and wounded prisoners (Little Switch): both sides' returns. */
export const littleSwitch = (ctx: ModelContext): Partial<ModelContext> => ({
  prisonersExchanged: ctx.prisonersExchanged + ctx.params.littleSwitchToUnc + ctx.params.littleSwitchToCommunists,
});

/** Momentum at the odds' reading, as a multiplier: 1 at the pivot. */
const momentumFactor = (ctx: ModelContext) => clamp(ctx.talksMomentum, ctx.effects.oddsMomentumFloor, ctx.effects.oddsMomentumCeiling) / ctx.effects.oddsMomentumPivot;

/** Odds of a chance `p` of success (clamped so both results stay possible), as `[yes, no]`. */
function twoWay<A extends string, B extends string>(yes: A, no: B, p: number, ctx: ModelContext): [OutcomeOdds<A>, OutcomeOdds<B>] {
  const chance = clamp(p, ctx.effects.chanceMin, ctx.effects.chanceMax);
  return [
    { id: yes, p: chance },
    { id: no, p: 1 - chance },
  ];
}

/** A day of sessions: progress or a stall, likelier progress with momentum. */
export const sessionOdds = ({ context: ctx }: ModelView): OddsOf<'talks.session'> =>
  twoWay('progress', 'stalled', ctx.params.sessionProgressChance * momentumFactor(ctx), ctx);

/** An agenda item agreed at the day's session: its base chance, moved by momentum. */
const itemOdds = (ctx: ModelContext) => twoWay('agreed', 'stalled', ctx.params.itemAgreedChance * momentumFactor(ctx), ctx);

/**
 * The Communist side's answer to a UN Command proposal on prisoners: rarely yes while Stalin backs
 * Beijing's position, likelier once Moscow changes its line and once Beijing has proposed neutral
 * custody itself.
 */
export function answerOdds({ context: ctx, matches }: ModelView): OddsOf<'pow.answer'> {
  const p = ctx.params;
  const moscow = matches(STATES.backsBeijing) || matches(STATES.leadershipChanged) ? 1 : p.concessionFactorAfterLineChange;
  const custody = ctx.neutralCustodyProposed ? ctx.effects.neutralCustodyAnswerFactor : 1;
  return twoWay('accepts', 'rejects', p.communistAcceptChance * moscow * custody * momentumFactor(ctx), ctx);
}

/** Which of the terms that make a ceasefire last are agreed: a demilitarised zone (item 2), supervision (item 3), a political settlement. */
export interface DurableTerms {
  dmz: boolean;
  supervised: boolean;
  definitive: boolean;
}

/** The terms of a deal signed: an armistice needs items 2 and 3 agreed, a settlement the political questions too. */
export const signedTerms = (definitive: boolean): DurableTerms => ({ dmz: true, supervised: true, definitive });

/** The terms with one more agreed. */
export const withTerm = (ctx: ModelContext, term: keyof DurableTerms): Partial<ModelContext> => ({ terms: { ...ctx.terms, [term]: true } });

/**
 * Risk (%) that fighting resumes after an armistice on these terms: Fortna's base rate, less for a
 * demilitarised zone and for a supervising commission, less again for a settlement of the political
 * questions. No peacekeeping force: the neutral nations' commission supervised, it kept no peace.
 */
export function relapseRiskPct(ctx: ModelContext, terms: DurableTerms): number {
  const p = ctx.params;
  let risk = p.relapseBase;
  if (terms.dmz) risk *= p.dmzMultiplier;
  if (terms.supervised) risk *= p.complianceMultiplier;
  if (terms.definitive) risk *= p.definitiveMultiplier;
  return clamp(risk * 100, 0, 100);
}

/** A signed deal's risk, as the shared arithmetic of a deal holding or breaking reads it. */
const dealRisk = (ctx: ModelContext, definitive: boolean): DealRisk => ({
  risk: relapseRiskPct(ctx, signedTerms(definitive)) / 100,
  years: ctx.params.relapseYears,
  daysSinceSigning: ctx.signedDay === null ? 0 : ctx.day - ctx.signedDay,
});

/** Chance a signed deal holds over a time move of `days`, at the risk of its terms. */
export function dealHoldOdds(ctx: ModelContext, days: number, definitive: boolean): OddsOf<'time.day' | 'time.week'> {
  const holds = dealHoldChance(dealRisk(ctx, definitive), days);
  return [
    { id: 'holds', p: holds },
    { id: 'breaks', p: 1 - holds },
  ];
}

/** The risk (%) shown for a signed deal: that it fails in what is left of the years counted, given it has held so far. */
export const remainingRelapseRiskPct = (ctx: ModelContext, definitive: boolean): number => 100 * remainingRisk(dealRisk(ctx, definitive));

/** The odds of a time move now: once a deal is signed, whether it holds; else none (time alone is certain). */
function timeOdds(view: ModelView, days: number): OddsOf<'time.day' | 'time.week'> | null {
  if (view.matches(STATES.armisticeHolding)) return dealHoldOdds(view.context, days, false);
  if (view.matches(STATES.agreementHolding)) return dealHoldOdds(view.context, days, true);
  return null;
}

/** The odds of each uncertain move's outcomes, by move; `daysOf` gives a move's days. */
export const oddsTable = (daysOf: (moveId: MoveId) => number): { [M in UncertainMoveIdOf<Data>]: (view: ModelView) => OddsOf<M> | null } => ({
  'talks.session': sessionOdds,
  'terms.agenda': ({ context: ctx }) => twoWay('adopted', 'deadlocked', ctx.params.itemAgreedChance * momentumFactor(ctx), ctx),
  'terms.demarcation-line': ({ context: ctx }) => itemOdds(ctx),
  'terms.supervision': ({ context: ctx }) => itemOdds(ctx),
  'terms.recommendations': ({ context: ctx }) => itemOdds(ctx),
  'terms.political-settlement': ({ context: ctx }) => twoWay('agreed', 'deferred', ctx.params.politicalSettlementChance * momentumFactor(ctx), ctx),
  'pow.accept-all-for-all': ({ context: ctx }) => twoWay('accepted', 'refused', ctx.params.uncForcedRepatriationWillingness, ctx),
  'pow.answer': answerOdds,
  'military.dam-strike': ({ context: ctx }) => twoWay('breached', 'held', ctx.params.damBreachChance, ctx),
  'time.day': (view) => timeOdds(view, daysOf('time.day')),
  'time.week': (view) => timeOdds(view, daysOf('time.week')),
});
