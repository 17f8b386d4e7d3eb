/**
 * Pure rules of the Abu Dhabi 2026 model: how time, strikes and talks move the metrics, what each
 * notable move requires (with the sentence that says so when it is missing), and the odds of
 * uncertain moves. The statechart's guards and actions call these, and so do the engine's questions
 * (engine.ts); every number comes from the data's parameters and effects.
 */
import type { StateValue } from 'xstate';
import { spanOfDays } from '@/machines/prose';
import type { ModelView as ViewOf, Requirement as RequirementOf, Requirements } from '@/machines/requirements';
import type { EffectIdOf, MoveIdOf, OutcomeIdOf, OutcomeOdds, ParamIdOf, Params, UncertainMoveIdOf } from '@/machines/scenario';
import type { data } from './data';

type Data = typeof data;
export type MoveId = MoveIdOf<Data>;
/** The outcome ids the data declares for move `M`. */
export type OutcomeId<M extends MoveId> = OutcomeIdOf<Data, M>;
/** A move's odds, one per outcome it declares. */
type OddsOf<M extends MoveId> = OutcomeOdds<OutcomeId<M>>[];
export type ModelParams = Params<ParamIdOf<Data>>;
/** The data's effects table by id: momentum shifts, odds weights, waiting times. */
export type ModelEffects = Readonly<Record<EffectIdOf<Data>, number>>;
/** The effects that shift talks momentum, in steps of the `momentumStep` parameter. */
export type MomentumEffect = Extract<EffectIdOf<Data>, `${string}Momentum`>;

/** Russia's strike campaign on the energy system: 0 paused, 1 active, 2 intensified. */
export type StrikeLevel = 0 | 1 | 2;

export interface ModelContext {
  params: ModelParams;
  /** The effects table, fixed like the parameters: what the rules weigh. */
  effects: ModelEffects;
  /** Days since the scenario's start date. */
  day: number;
  donetskControlPct: number;
  gridAdequacyPct: number;
  /** Killed and injured since the start; fractional while it accrues, rounded for people. */
  civilianCasualties: number;
  /** Russian refining capacity out of action after Ukraine's strikes, %. */
  russianRefiningHitPct: number;
  talksMomentum: number;
  roundsHeld: number;
  /** Rounds that made progress: every result but a stall or a breakdown. */
  roundsOfProgress: number;
  prisonersExchanged: number;
  frameworkAgreed: boolean;
  strikeLevel: StrikeLevel;
  /** Whether Ukraine's long-range campaign on Russian energy goes on. */
  refineryCampaign: boolean;
  /** Whether a signed deal has stopped the fighting. */
  ceasefire: boolean;
  /** Day the deal was signed; null before one. */
  signedDay: number | null;
  /** Mass strikes a person took that stand for strikes of the campaign's own pace still to come (see `gridAndCreditAfter`). */
  strikeCredit: number;
  /** The day each limited move was last taken (see `LIMITED_MOVES`). */
  lastTaken: Readonly<Partial<Record<MoveId, number>>>;
  /** Day Russia's pause at Washington's request ends; null when there is none. */
  holdOffEndDay: number | null;
  /** Day the energy truce in force lapses; null when none is in force. */
  truceEndDay: number | null;
  /**
   * Days under the energy truce whose hazard has not been drawn yet: every move's days count, and the
   * next time move draws for them all, so a truce cannot be run out through other moves at no risk.
   */
  truceOwedDays: number;
  pressedRussia: boolean;
  pressedUkraine: boolean;
  usMonitoring: boolean;
  peacekeepersAccepted: boolean;
  /** Day the last European energy aid package arrived; null before the first. */
  lastGridAidDay: number | null;
  /**
   * Rounds of progress when the terms of a deal last changed: Russia accepting a frozen line, the
   * Donetsk question settled. A deal needs a round since that made progress on its terms.
   */
  roundsAtFreezeAccepted: number | null;
  roundsAtDonetskSettled: number | null;
  /** People to be freed in an exchange agreed at a round and not yet carried out. */
  prisonersPending: number;
  /** Day the holiday ceasefire in force ends; null when none is. */
  holidayEndDay: number | null;
  /** Day the holiday ceasefire was declared: it takes effect the day after. */
  holidayDeclaredDay: number | null;
  /** Whether Kyiv has proposed extending the holiday ceasefire in force. */
  holidayExtensionProposed: boolean;
  /** Whether the holiday ceasefire in force has been extended once already. */
  holidayExtended: boolean;
}

export type ModelView = ViewOf<ModelContext>;
type Requirement = RequirementOf<ModelContext>;

/** A state of one region while the talks go on, as a state value of the whole chart. */
const during = (regions: Record<string, StateValue>): StateValue => ({ negotiating: regions });
export const STATES = {
  roundScheduled: during({ talks: 'scheduled' }),
  talksPaused: during({ talks: 'paused' }),
  holidayDeclared: during({ holiday: 'declared' }),
  holidayInForce: during({ holiday: 'inForce' }),
  armisticeHolding: { armistice: 'holding' },
  agreementHolding: { agreement: 'holding' },
  armisticeBroken: { armistice: 'broken' },
  agreementBroken: { agreement: 'broken' },
  talksSuspended: during({ talks: 'suspended' }),
  strikesActive: during({ strikes: { onUkraine: 'active' } }),
  exchangePending: during({ prisoners: 'exchangeAgreed' }),
  truceProposed: during({ truce: 'proposed' }),
  truceInForce: during({ truce: 'inForce' }),
  truceLapsing: during({ truce: 'lapsing' }),
  donetskDemanded: during({ territory: { donetsk: 'demanded' } }),
  donetskUnderDiscussion: during({ territory: { donetsk: 'underDiscussion' } }),
  donetskConceded: during({ territory: { donetsk: 'conceded' } }),
  donetskDropped: during({ territory: { donetsk: 'dropped' } }),
  freezeProposed: during({ territory: { freeze: 'proposed' } }),
  freezeUnderDiscussion: during({ territory: { freeze: 'underDiscussion' } }),
  freezeAccepted: during({ territory: { freeze: 'accepted' } }),
  forceAccepted: during({ territory: { security: 'accepted' } }),
} as const;

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** Whether a European energy aid package can be sent now. */
export function gridAidReady(ctx: ModelContext): boolean {
  return ctx.lastGridAidDay === null || ctx.day - ctx.lastGridAidDay >= ctx.effects.gridAidIntervalDays;
}

const talksRunning: Requirement = {
  test: { notIn: [STATES.talksSuspended] },
  whyNot: 'The talks are suspended: a deal is signed only once a round is convened again.',
};
const notPaused: Requirement = {
  test: { notIn: [STATES.talksPaused] },
  whyNot: 'The talks are paused while the mediator’s attention is elsewhere: resume them first.',
};
const noRoundScheduled: Requirement = { test: { notIn: [STATES.roundScheduled] }, whyNot: 'A round is already scheduled.' };
const exchangeWaiting: Requirement = {
  test: { in: [STATES.exchangePending] },
  whyNot: 'No exchange agreed at a round is waiting to be carried out.',
};
/** A deal is signed at a round at the table, as the armistices and agreements of the record were. */
const signedAtARound: Requirement = {
  test: { in: [STATES.roundScheduled] },
  whyNot: 'A deal is signed at a round: convene one first.',
};
const noTruceInForce: Requirement = { test: { notIn: [STATES.truceInForce] }, whyNot: 'An energy truce is already in force.' };
const truceSettled: Requirement = {
  test: { notIn: [STATES.truceLapsing] },
  whyNot: 'The last energy truce’s term has ended, but whether it held to the end is settled only when time next passes.',
};
const donetskOpen: Requirement = {
  test: { in: [STATES.donetskDemanded, STATES.donetskUnderDiscussion] },
  whyNot: 'The Donetsk question is already settled.',
};

/**
 * What each notable move needs, in the order a person should hear about what is missing: the
 * statechart guards each move with these (machine.ts), and their sentences explain it.
 */
export type ModelRequirements = Requirements<MoveId, ModelContext>;

export const requirementsOf = (effect: ModelEffects): ModelRequirements => ({
  'talks.convene': [notPaused, noRoundScheduled],
  'talks.convene-geneva': [notPaused, noRoundScheduled],
  'talks.round': [notPaused, { test: { in: [STATES.roundScheduled] }, whyNot: 'No round has been convened.' }],
  'us.turn-to-crisis': [
    { test: { notIn: [STATES.talksPaused] }, whyNot: 'The talks are already paused.' },
    { test: { notIn: [STATES.talksSuspended] }, whyNot: 'The talks are suspended after a breakdown, not waiting on the mediator.' },
    // What a crisis elsewhere calls off is a round planned.
    { test: { in: [STATES.roundScheduled] }, whyNot: 'No round is planned for a crisis elsewhere to call off.' },
  ],
  'talks.resume': [{ test: { in: [STATES.talksPaused] }, whyNot: 'The talks are not paused.' }],
  'prisoners.exchange-stage': [exchangeWaiting],
  'prisoners.exchange-rest': [exchangeWaiting],
  'holiday.declare': [
    { test: { notIn: [STATES.holidayDeclared, STATES.holidayInForce] }, whyNot: 'A holiday ceasefire is already declared.' },
    waited('holiday.declare', effect.holidayIntervalDays, 'A holiday ceasefire was declared less than'),
  ],
  'holiday.propose-extension': [
    { test: { in: [STATES.holidayDeclared, STATES.holidayInForce] }, whyNot: 'No holiday ceasefire is declared.' },
    { test: { holds: (ctx) => !ctx.holidayExtensionProposed }, whyNot: 'Kyiv has already proposed extending it.' },
    { test: { holds: (ctx) => !ctx.holidayExtended }, whyNot: 'The holiday ceasefire has been extended once already.' },
  ],
  'strike.energy': [waited('strike.energy', effect.massStrikeIntervalDays, 'The last mass strike was less than')],
  'strike.refineries': [waited('strike.refineries', effect.refineryStrikeIntervalDays, 'Ukraine’s last long-range strike was less than')],
  'strike.hold-off': [
    waited('strike.hold-off', effect.holdOffIntervalDays, 'Russia last held off its strikes at Washington’s request less than'),
    { test: { in: [STATES.strikesActive] }, whyNot: 'Russia’s campaign on Ukraine’s energy is not going on at its usual pace.' },
  ],
  'us.meet-ukraine': [waited('us.meet-ukraine', effect.contactIntervalDays, 'US envoys met Ukraine’s delegation less than')],
  'us.meet-russia': [waited('us.meet-russia', effect.contactIntervalDays, 'US envoys met Russia’s envoy less than')],
  'us.call-ukraine': [waited('us.call-ukraine', effect.contactIntervalDays, 'The presidents of the United States and Ukraine spoke less than')],
  'us.call-russia': [waited('us.call-russia', effect.contactIntervalDays, 'The presidents of the United States and Russia spoke less than')],
  'holiday.answer-extension': [
    { test: { in: [STATES.holidayDeclared, STATES.holidayInForce] }, whyNot: 'No holiday ceasefire is declared.' },
    { test: { holds: (ctx) => ctx.holidayExtensionProposed }, whyNot: 'Kyiv has not proposed extending the holiday ceasefire.' },
  ],
  'front.ukrainian-gains': [waited('front.ukrainian-gains', effect.frontGainsIntervalDays, 'Ukraine’s last recovery of ground on the record was less than')],
  'talks.abandon': [{ test: { in: [STATES.talksSuspended] }, whyNot: 'The talks are not suspended; Washington is still mediating.' }],
  'truce.propose': [{ test: { notIn: [STATES.truceProposed] }, whyNot: 'A truce proposal is already on the table.' }, noTruceInForce, truceSettled],
  'truce.sign': [noTruceInForce, truceSettled, { test: { in: [STATES.truceProposed] }, whyNot: 'No energy truce has been proposed.' }],
  'agreement.sign': [
    {
      test: { in: [STATES.donetskConceded, STATES.donetskDropped] },
      whyNot: 'Russia’s precondition on Donetsk still stands and Ukraine has not conceded.',
    },
    { test: { holds: (ctx) => ctx.frameworkAgreed }, whyNot: 'No round has produced a framework document yet.' },
    {
      test: { holds: (ctx) => progressSince(ctx, ctx.roundsAtDonetskSettled) },
      whyNot: 'No round has made progress since the Donetsk question was settled: the terms have not been worked out at the table.',
    },
    talksRunning,
    signedAtARound,
  ],
  'armistice.sign': [
    { test: { in: [STATES.freezeAccepted] }, whyNot: 'Russia has not accepted freezing the current line.' },
    {
      test: { holds: (ctx) => progressSince(ctx, ctx.roundsAtFreezeAccepted) },
      whyNot: 'No round has made progress since Russia accepted a frozen line: its terms have not been worked out at the table.',
    },
    talksRunning,
    signedAtARound,
  ],
  'terms.propose-freeze': [
    { test: { notIn: [STATES.freezeAccepted] }, whyNot: 'Both sides already accept a frozen line.' },
    {
      test: { notIn: [STATES.donetskConceded] },
      whyNot: 'Ukraine has agreed to withdraw from the Donetsk region: the terms now go to a settlement, not a frozen line.',
    },
  ],
  'terms.propose-peacekeepers': [{ test: { notIn: [STATES.forceAccepted] }, whyNot: 'Russia has already accepted the force.' }],
  'terms.drop-donetsk-demand': [donetskOpen],
  'terms.concede-donetsk': [donetskOpen],
  'europe.grid-aid': [
    { test: { holds: gridAidReady }, whyNot: `The last aid package arrived less than ${spanOfDays(effect.gridAidIntervalDays)} ago.` },
  ],
});

/**
 * A move that needs time between one taking and the next: meetings, calls and strike waves of the
 * record come days or weeks apart, not every day. `said` begins the sentence that ends "… <span> ago."
 */
function waited(moveId: MoveId, days: number, said: string): Requirement {
  return {
    test: { holds: (ctx) => ctx.lastTaken[moveId] === undefined || ctx.day - ctx.lastTaken[moveId]! >= days },
    whyNot: `${said} ${spanOfDays(days)} ago.`,
  };
}

/** Days of the next `days` before `until` (a day a spell ends; null for none). */
const daysBefore = (ctx: ModelContext, until: number | null, days: number) => (until === null ? 0 : clamp(until - ctx.day, 0, days));

/** Whether a round has made progress since the terms changed, when the roundsOfProgress count was `at`. */
const progressSince = (ctx: ModelContext, at: number | null) => at !== null && ctx.roundsOfProgress > at;

const DAYS_PER_MONTH = 365 / 12;

export function initialContext(params: ModelParams, effects: ModelEffects): ModelContext {
  return {
    params,
    effects,
    day: 0,
    donetskControlPct: params.donetskControlStartPct,
    gridAdequacyPct: params.gridAdequacyStartPct,
    civilianCasualties: 0,
    russianRefiningHitPct: 0,
    talksMomentum: params.initialMomentum,
    roundsHeld: 0,
    roundsOfProgress: 0,
    prisonersExchanged: 0,
    frameworkAgreed: false,
    strikeLevel: 1,
    refineryCampaign: true,
    ceasefire: false,
    signedDay: null,
    strikeCredit: 0,
    lastTaken: {},
    holdOffEndDay: null,
    truceEndDay: null,
    truceOwedDays: 0,
    pressedRussia: false,
    pressedUkraine: false,
    usMonitoring: false,
    peacekeepersAccepted: false,
    lastGridAidDay: null,
    roundsAtFreezeAccepted: null,
    roundsAtDonetskSettled: null,
    prisonersPending: 0,
    holidayEndDay: null,
    holidayDeclaredDay: null,
    holidayExtensionProposed: false,
    holidayExtended: false,
  };
}

/** Multiplier on the pace of strikes and on long-range harm for a campaign level. */
export function campaignFactor(level: StrikeLevel, params: ModelParams): number {
  if (level === 0) return params.pausedLongRangeFactor;
  return level === 2 ? params.intensifiedFactor : 1;
}

/** Grid adequacy points one mass strike removes. */
export function gridLossPerStrikePct(params: ModelParams): number {
  return (params.capacityLossPerMassStrikeGw / params.winterPeakGw) * 100;
}

/**
 * The grid and the strike credit after `days`. A mass strike a person takes is one of the campaign's
 * own pace, not one on top of it: it stands for the background strikes of the next days, which then
 * do no more harm (so the record's named waves do not count twice). No strikes while a holiday
 * ceasefire holds or Russia holds off at Washington's request.
 */
export function gridAndCreditAfter(ctx: ModelContext, days: number): { grid: number; strikeCredit: number } {
  const p = ctx.params;
  const strikesPerDay = ctx.strikeLevel === 0 ? 0 : (p.massStrikesPerWeek * campaignFactor(ctx.strikeLevel, p)) / 7;
  const recoverablePct = (p.gridRecoverableGw / p.winterPeakGw) * 100;
  const repairSharePerDay = p.gridRepairShare / 7;
  const quietDays = Math.max(daysBefore(ctx, ctx.holidayEndDay, days), daysBefore(ctx, ctx.holdOffEndDay, days));
  let [grid, credit] = [ctx.gridAdequacyPct, ctx.strikeCredit];
  for (let day = 0; day < days; day += 1) {
    const due = day < quietDays ? 0 : strikesPerDay;
    const covered = Math.min(credit, due);
    credit -= covered;
    grid = clamp(grid + repairSharePerDay * Math.max(0, recoverablePct - grid) - (due - covered) * gridLossPerStrikePct(p), 0, 100);
  }
  return { grid, strikeCredit: credit };
}

/**
 * Russian refining capacity out after `days`: Ukraine's campaign, while active, knocks out its share
 * each day and repairs bring back a share of what is out (a day at a time, arithmetic alone).
 */
export function refiningAfter(ctx: ModelContext, days: number): number {
  const p = ctx.params;
  const hitPerDay = ctx.refineryCampaign ? (p.refineryStrikesPerWeek * p.refineryHitPct) / 7 : 0;
  const holidayDays = daysBefore(ctx, ctx.holidayEndDay, days);
  let out = ctx.russianRefiningHitPct;
  for (let day = 0; day < days; day += 1) out = clamp(out + (day < holidayDays ? 0 : hitPerDay) - (p.refineryRepairShare / 7) * out, 0, 100);
  return out;
}

const gridFields = (ctx: ModelContext, days: number): Partial<ModelContext> => {
  const { grid, strikeCredit } = gridAndCreditAfter(ctx, days);
  return { gridAdequacyPct: grid, strikeCredit };
};

/** One long-range strike on Russian refining beyond the campaign's background pace. */
export const refineryStrike = (ctx: ModelContext): Partial<ModelContext> => ({ russianRefiningHitPct: clamp(ctx.russianRefiningHitPct + ctx.params.refineryHitPct, 0, 100) });

/**
 * Civilians harmed over the next `days`, a day at a time: near the front at the sourced rate, and by
 * long-range weapons at the campaign's pace (at its paused pace while Russia holds off); a share of
 * it while a holiday ceasefire holds, and a smaller share under a signed ceasefire (mines, unexploded
 * ordnance, violations along the line).
 */
function civilianHarm(ctx: ModelContext, days: number): number {
  const p = ctx.params;
  const perDay = p.civilianHarmPerMonth / DAYS_PER_MONTH;
  const withLongRange = (level: StrikeLevel) => perDay * (1 - p.longRangeHarmShare + p.longRangeHarmShare * campaignFactor(level, p));
  if (ctx.ceasefire) return perDay * p.ceasefireHarmFactor * days;
  const holidayDays = daysBefore(ctx, ctx.holidayEndDay, days);
  const holdOffDays = daysBefore(ctx, ctx.holdOffEndDay, days);
  let harm = 0;
  for (let day = 0; day < days; day += 1) {
    const fighting = withLongRange(day < holdOffDays ? 0 : ctx.strikeLevel);
    harm += day < holidayDays ? fighting * p.holidayHarmFactor : fighting;
  }
  return harm;
}

/**
 * The war going on for `days`: the front moves at the sourced rate (not while a holiday ceasefire
 * holds or under a signed deal), the campaign wears down the grid while repairs bring it back, and
 * civilians are harmed (see `civilianHarm`).
 */
export function passTime(ctx: ModelContext, days: number): Partial<ModelContext> {
  const p = ctx.params;
  const gainPctPerDay = ((p.territorialGainKm2PerMonth / DAYS_PER_MONTH) * p.donetskShareOfGains * 100) / p.donetskAreaKm2;
  // Under a signed deal the front stands; repairs go on.
  const standingDays = ctx.ceasefire ? days : daysBefore(ctx, ctx.holidayEndDay, days);
  // Ukraine's gains of February were on the southern front: in Donetsk the advance went on.
  const advancingDays = days - standingDays;
  return {
    day: ctx.day + days,
    russianRefiningHitPct: refiningAfter(ctx, days),
    truceOwedDays: ctx.truceOwedDays + truceDaysCovered(ctx, days),
    donetskControlPct: clamp(ctx.donetskControlPct + gainPctPerDay * advancingDays, 0, 100),
    ...gridFields(ctx, days),
    civilianCasualties: ctx.civilianCasualties + civilianHarm(ctx, days),
  };
}

/** Momentum after a shift of `steps` momentum steps (see the `momentumStep` parameter). */
export function shiftMomentum(ctx: ModelContext, steps: number): number {
  return clamp(ctx.talksMomentum + steps * ctx.params.momentumStep, 0, 100);
}

/** Momentum after a contact with one side worth `steps` steps: it rises no higher than the contact ceiling. */
export function contactMomentum(ctx: ModelContext, steps: number): number {
  const ceiling = ctx.effects.contactMomentumCeiling;
  return ctx.talksMomentum >= ceiling ? ctx.talksMomentum : Math.min(ceiling, shiftMomentum(ctx, steps));
}

/** Momentum after `days` without a round meeting, or of talks suspended, draining it at `perWeek` points a week. */
export function decayMomentum(ctx: ModelContext, days: number, perWeek: number): number {
  return Math.max(0, ctx.talksMomentum - (perWeek * days) / 7);
}

export type RoundOutcome = OutcomeId<'talks.round'>;

/** The tally of a round held: its number, whether a framework now stands, the prisoners freed. */
export function recordRound(ctx: ModelContext, outcome: RoundOutcome): Partial<ModelContext> {
  return {
    roundsHeld: ctx.roundsHeld + 1,
    roundsOfProgress: ctx.roundsOfProgress + (outcome === 'stalled' || outcome === 'breakdown' ? 0 : 1),
    frameworkAgreed: ctx.frameworkAgreed || outcome === 'framework',
    prisonersExchanged: ctx.prisonersExchanged + (outcome === 'exchange' ? ctx.params.prisonersPerExchange : 0),
    prisonersPending: ctx.prisonersPending + (outcome === 'exchange-agreed' ? ctx.params.prisonersPerAgreedExchange : 0),
  };
}

/** A stage of the agreed exchange carried out (`whole`: all that is left of it). */
export function exchangeStage(ctx: ModelContext, whole: boolean): Partial<ModelContext> {
  const freed = whole ? ctx.prisonersPending : Math.min(ctx.prisonersPending, ctx.params.prisonersPerStage);
  return { prisonersExchanged: ctx.prisonersExchanged + freed, prisonersPending: ctx.prisonersPending - freed };
}

/** The holiday ceasefire declared now, or extended by another term. */
export function holidayFor(ctx: ModelContext, from: number): Partial<ModelContext> {
  return { holidayEndDay: from + ctx.params.holidayTruceDays, holidayExtensionProposed: false };
}

/** Russia holding off its strikes on Ukraine's energy at Washington's request, from the day after. */
export const holdOffFor = (ctx: ModelContext): Partial<ModelContext> => ({ holdOffEndDay: ctx.day + ctx.params.holdOffDays });

/** Whether Russia's pause at Washington's request has run its term. */
export const holdOffOver = (ctx: ModelContext): boolean => ctx.holdOffEndDay !== null && ctx.day >= ctx.holdOffEndDay;

/** Whether the holiday ceasefire declared has begun: it takes effect the day after it is declared. */
export const holidayBegun = (ctx: ModelContext): boolean => ctx.holidayDeclaredDay !== null && ctx.day > ctx.holidayDeclaredDay;

/** Whether the holiday ceasefire in force has run its term. */
export const holidayTermOver = (ctx: ModelContext): boolean => ctx.holidayEndDay !== null && ctx.day >= ctx.holidayEndDay;

/** The energy truce signed now: it lapses after its term. */
export function startTruce(ctx: ModelContext): Partial<ModelContext> {
  return { truceEndDay: ctx.day + ctx.params.energyTruceDays };
}

/** Whether the energy truce in force has run its term. */
export function truceTermOver(ctx: ModelContext): boolean {
  return ctx.truceEndDay !== null && ctx.day >= ctx.truceEndDay;
}

/** Effects of one mass strike on the energy system beyond the campaign's background pace. */
export function massStrike(ctx: ModelContext): Partial<ModelContext> {
  return {
    strikeCredit: ctx.strikeCredit + 1,
    gridAdequacyPct: clamp(ctx.gridAdequacyPct - gridLossPerStrikePct(ctx.params), 0, 100),
    civilianCasualties: ctx.civilianCasualties + ctx.params.casualtiesPerMassStrike,
  };
}

export function gridAid(ctx: ModelContext): Partial<ModelContext> {
  const gainPct = (ctx.params.europeGridAidGw / ctx.params.winterPeakGw) * 100;
  return { gridAdequacyPct: clamp(ctx.gridAdequacyPct + gainPct, 0, 100), lastGridAidDay: ctx.day };
}

function normalise<TOutcomeId extends string>(weights: Array<[TOutcomeId, number]>): OutcomeOdds<TOutcomeId>[] {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  return weights.map(([id, w]) => ({ id, p: w / total }));
}

/**
 * Odds of a round's results. At the pivot momentum (`oddsMomentumPivot`), with an active campaign and no movement on territory,
 * the weights are the probabilities themselves (framework = `frameworkChance`).
 */
export function roundOdds({ context: ctx, matches }: ModelView): OddsOf<'talks.round'> {
  const effect = ctx.effects;
  const m = clamp(ctx.talksMomentum, effect.oddsMomentumFloor, effect.oddsMomentumCeiling) / effect.oddsMomentumPivot;
  const territoryMoving = !matches(STATES.donetskDemanded) || !matches(STATES.freezeProposed);
  const strikePenalty = ctx.strikeLevel === 2 ? effect.intensifiedBreakdownFactor : 1;
  const framework = ctx.params.frameworkChance * m * (territoryMoving ? effect.territoryFrameworkFactor : 1);
  return normalise([
    ['framework', framework],
    ['exchange', effect.roundExchangeWeight * m],
    ['exchange-agreed', effect.roundExchangeAgreedWeight * m],
    ['productive', effect.roundProductiveWeight * m],
    ['stalled', effect.roundStalledWeight * (2 - m)],
    ['breakdown', effect.roundBreakdownWeight * (2 - m) * strikePenalty],
  ]);
}

/** Chance Russia signs a proposed energy truce: shorter truces fare better (Moscow's rearming concern). */
export function truceSignOdds({ context: ctx }: ModelView): OddsOf<'truce.sign'> {
  const effect = ctx.effects;
  const p = ctx.params;
  const lengthPenalty = 1 - p.rearmingConcern * Math.min(1, p.energyTruceDays / effect.truceFullConcernDays);
  const pressure = ctx.pressedRussia ? effect.truceSignPressureFactor : 1;
  const signed = clamp(p.russiaTruceAcceptance * lengthPenalty * pressure, effect.truceSignMin, effect.truceSignMax);
  return [
    { id: 'signed', p: signed },
    { id: 'refused', p: 1 - signed },
  ];
}

/** Russia's answer to a proposed freeze of the line. */
export function freezeOdds({ context: ctx, matches }: ModelView): OddsOf<'terms.propose-freeze'> {
  const effect = ctx.effects;
  const p = ctx.params;
  const donetskFactor = matches(STATES.donetskDropped)
    ? effect.freezeDonetskDroppedFactor
    : matches(STATES.donetskUnderDiscussion)
      ? effect.freezeDonetskDiscussedFactor
      : matches(STATES.donetskConceded)
        ? effect.freezeDonetskConcededFactor
        : 1;
  const pressure = ctx.pressedRussia ? effect.freezePressureFactor : 1;
  const discussedBefore = matches(STATES.freezeUnderDiscussion);
  const accepted = clamp(
    p.freezeAcceptance * donetskFactor * pressure * (discussedBefore ? effect.freezeDiscussedBeforeFactor : 1) * (1 - effect.freezeRearmingWeight * p.rearmingConcern),
    effect.freezeAcceptMin,
    effect.freezeAcceptMax,
  );
  const discussed = discussedBefore ? 0 : clamp(effect.freezeDiscussChance * (ctx.talksMomentum / effect.oddsMomentumPivot) * pressure, 0, effect.freezeAnswerMax - accepted);
  return [
    { id: 'accepted', p: accepted },
    { id: 'discussed', p: discussed },
    { id: 'rejected', p: 1 - accepted - discussed },
  ];
}

/** Russia's answer to a European-backed force along a demilitarised zone. */
export function peacekeeperOdds({ context: ctx, matches }: ModelView): OddsOf<'terms.propose-peacekeepers'> {
  const effect = ctx.effects;
  const factor =
    (matches(STATES.freezeAccepted) ? effect.forceFrozenLineFactor : 1) *
    (ctx.usMonitoring ? effect.forceMonitoringFactor : 1) *
    (ctx.pressedRussia ? effect.forcePressureFactor : 1);
  const accepted = clamp(ctx.params.peacekeeperAcceptance * factor, effect.forceAcceptMin, effect.forceAcceptMax);
  return [
    { id: 'accepted', p: accepted },
    { id: 'rejected', p: 1 - accepted },
  ];
}

/** Russia's answer to Kyiv's proposal to extend the holiday ceasefire. */
export function holidayExtensionOdds({ context: ctx }: ModelView): OddsOf<'holiday.answer-extension'> {
  const extended = ctx.params.holidayExtensionAcceptance;
  return [
    { id: 'extended', p: extended },
    { id: 'refused', p: 1 - extended },
  ];
}

/** Days of the truce in force that a time move of `days` covers. */
export function truceDaysCovered(ctx: ModelContext, days: number): number {
  return ctx.truceEndDay === null ? 0 : clamp(ctx.truceEndDay - ctx.day, 0, days);
}

/**
 * Chance the energy truce survives a time move: (1 − daily hazard) for each day under it not yet
 * drawn, those other moves took and those this one covers; null when there are none.
 */
export function truceHoldOdds(ctx: ModelContext, days: number): OddsOf<'time.day' | 'time.week'> | null {
  const atRisk = ctx.truceOwedDays + truceDaysCovered(ctx, days);
  if (atRisk === 0) return null;
  let holds = 1;
  for (let d = atRisk; d > 0; d -= 1) holds *= 1 - ctx.params.truceDailyHazard;
  return [
    { id: 'truce-holds', p: holds },
    { id: 'truce-breaks', p: 1 - holds },
  ];
}

/**
 * Chance a signed deal holds over a time move of `days`: the risk of its terms failing, spread evenly
 * over the years it is counted over, day by day (arithmetic alone, so every engine agrees).
 */
export function dealHoldOdds(ctx: ModelContext, days: number, definitive: boolean): OddsOf<'time.day' | 'time.week'> {
  // The chance it has failed by day t of the T counted is risk × t / T: after T days it has failed
  // with exactly the risk shown. Holding over the next days, given it held so far, is the ratio of
  // the two survivals.
  const risk = relapseRiskPct(ctx, definitive) / 100;
  const span = 365 * ctx.params.relapseYears;
  const since = ctx.signedDay === null ? 0 : ctx.day - ctx.signedDay;
  const survival = (t: number) => 1 - (risk * Math.min(t, span)) / span;
  const holds = survival(since + days) / survival(since);
  return [
    { id: 'deal-holds', p: holds },
    { id: 'deal-breaks', p: 1 - holds },
  ];
}

/**
 * The risk (%) shown for a signed deal: that it fails in what is left of the years its risk is
 * counted over, given that it has held so far (the same even spread as `dealHoldOdds`).
 */
export function remainingRelapseRiskPct(ctx: ModelContext, definitive: boolean): number {
  const risk = relapseRiskPct(ctx, definitive) / 100;
  const span = 365 * ctx.params.relapseYears;
  const since = ctx.signedDay === null ? 0 : ctx.day - ctx.signedDay;
  // Past the years counted there is no risk left (and a certain failure would leave 0 / 0).
  if (since >= span) return 0;
  return (100 * (risk * (span - since))) / span / (1 - (risk * since) / span);
}

/** The odds of a time move now: under a signed deal, whether it holds; else whether an energy truce does. */
function timeOdds(view: ModelView, days: number): OddsOf<'time.day' | 'time.week'> | null {
  if (view.matches(STATES.armisticeHolding)) return dealHoldOdds(view.context, days, false);
  if (view.matches(STATES.agreementHolding)) return dealHoldOdds(view.context, days, true);
  return truceHoldOdds(view.context, days);
}

/**
 * The odds of each uncertain move's outcomes, by move: one table, one place per move, with an entry
 * for every move whose data declares outcomes and odds for exactly those; `daysOf` gives a move's days.
 */
export const oddsTable = (daysOf: (moveId: MoveId) => number): { [M in UncertainMoveIdOf<Data>]: (view: ModelView) => OddsOf<M> | null } => ({
  'talks.round': roundOdds,
  'truce.sign': truceSignOdds,
  'terms.propose-freeze': freezeOdds,
  'terms.propose-peacekeepers': peacekeeperOdds,
  'holiday.answer-extension': holidayExtensionOdds,
  'time.day': (view) => timeOdds(view, daysOf('time.day')),
  'time.week': (view) => timeOdds(view, daysOf('time.week')),
});

/**
 * Risk (%) that fighting resumes after a ceasefire on the terms now agreed (Fortna's base rate times
 * the design factors). `definitive` is true for a comprehensive agreement. A European-backed force
 * comes with a demilitarised zone, so both effects apply together.
 */
export function relapseRiskPct(ctx: ModelContext, definitive: boolean): number {
  const p = ctx.params;
  let risk = p.relapseBase;
  if (ctx.peacekeepersAccepted) risk *= p.peacekeeperMultiplier * p.dmzMultiplier;
  if (ctx.usMonitoring) risk *= p.complianceMultiplier;
  if (definitive) risk *= p.definitiveMultiplier;
  if (ctx.pressedRussia || ctx.pressedUkraine) risk *= p.pressureMultiplier;
  return clamp(risk * 100, 0, 100);
}
