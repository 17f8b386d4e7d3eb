/**
 * Pure rules of the Abu Dhabi 2026 model: how time, strikes and talks move the metrics, and the odds
 * of uncertain moves. The statechart's guards and actions call these; tests call them directly.
 */
import type { OutcomeOdds, Params } from '@/machines/scenario';

/** Russia's strike campaign on the energy system: 0 paused, 1 active, 2 intensified. */
export type StrikeLevel = 0 | 1 | 2;

export interface ModelContext {
  params: Params;
  /** Days since the scenario's start date. */
  day: number;
  donetskControlPct: number;
  gridAdequacyPct: number;
  /** Killed and injured since the start; fractional while it accrues, rounded for people. */
  civilianCasualties: number;
  talksMomentum: number;
  roundsHeld: number;
  prisonersExchanged: number;
  frameworkAgreed: boolean;
  strikeLevel: StrikeLevel;
  /** Day the energy truce in force lapses; null when none is in force. */
  truceEndDay: number | null;
  pressedRussia: boolean;
  pressedUkraine: boolean;
  usMonitoring: boolean;
  peacekeepersAccepted: boolean;
  /** Day the last European energy aid package arrived; null before the first. */
  lastGridAidDay: number | null;
}

/** Where the territorial terms stand, as the odds need them. */
export interface TermsStatus {
  donetsk: 'demanded' | 'underDiscussion' | 'conceded' | 'dropped';
  freeze: 'proposed' | 'underDiscussion' | 'accepted';
  security: 'pledged' | 'accepted';
}

const DAYS_PER_MONTH = 365 / 12;
export const GRID_AID_INTERVAL_DAYS = 28;

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export function initialContext(params: Params): ModelContext {
  return {
    params,
    day: 0,
    donetskControlPct: params.donetskControlStartPct!,
    gridAdequacyPct: params.gridAdequacyStartPct!,
    civilianCasualties: 0,
    talksMomentum: params.initialMomentum!,
    roundsHeld: 0,
    prisonersExchanged: 0,
    frameworkAgreed: false,
    strikeLevel: 1,
    truceEndDay: null,
    pressedRussia: false,
    pressedUkraine: false,
    usMonitoring: false,
    peacekeepersAccepted: false,
    lastGridAidDay: null,
  };
}

/** Multiplier on the pace of strikes and on long-range harm for a campaign level. */
export function campaignFactor(level: StrikeLevel, params: Params): number {
  if (level === 0) return params.pausedLongRangeFactor!;
  return level === 2 ? params.intensifiedFactor! : 1;
}

/** Grid adequacy points one mass strike removes. */
export function gridLossPerStrikePct(params: Params): number {
  return (params.capacityLossPerMassStrikeGw! / params.winterPeakGw!) * 100;
}

/**
 * The war going on for `days`: the front moves at the sourced rate, the campaign wears down the
 * grid while repairs bring it back, civilians are harmed near the front and by long-range weapons.
 */
export function passTime(ctx: ModelContext, days: number): Partial<ModelContext> {
  const p = ctx.params;
  const gainPctPerDay =
    ((p.territorialGainKm2PerMonth! / DAYS_PER_MONTH) * p.donetskShareOfGains! * 100) / p.donetskAreaKm2!;
  const strikesPerDay = ctx.strikeLevel === 0 ? 0 : (p.massStrikesPerWeek! * campaignFactor(ctx.strikeLevel, p)) / 7;
  const repairPctPerDay = (p.gridRepairGwPerWeek! / 7 / p.winterPeakGw!) * 100;
  const harmPerDay =
    (p.civilianHarmPerMonth! / DAYS_PER_MONTH) *
    (1 - p.longRangeHarmShare! + p.longRangeHarmShare! * campaignFactor(ctx.strikeLevel, p));
  return {
    day: ctx.day + days,
    donetskControlPct: clamp(ctx.donetskControlPct + gainPctPerDay * days, 0, 100),
    gridAdequacyPct: clamp(ctx.gridAdequacyPct + (repairPctPerDay - strikesPerDay * gridLossPerStrikePct(p)) * days, 0, 100),
    civilianCasualties: ctx.civilianCasualties + harmPerDay * days,
  };
}

/** Momentum after a shift of `steps` momentum steps (see the `momentumStep` parameter). */
export function shiftMomentum(ctx: ModelContext, steps: number): number {
  return clamp(ctx.talksMomentum + steps * ctx.params.momentumStep!, 0, 100);
}

/** Effects of one mass strike on the energy system beyond the campaign's background pace. */
export function massStrike(ctx: ModelContext): Partial<ModelContext> {
  return {
    gridAdequacyPct: clamp(ctx.gridAdequacyPct - gridLossPerStrikePct(ctx.params), 0, 100),
    civilianCasualties: ctx.civilianCasualties + ctx.params.casualtiesPerMassStrike!,
  };
}

function normalise(weights: Array<[string, number]>): OutcomeOdds[] {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  return weights.map(([id, w]) => ({ id, p: w / total }));
}

/**
 * Odds of a round's results. At momentum 50, with an active campaign and no movement on territory,
 * the weights are the probabilities themselves (framework = `frameworkChance`).
 */
export function roundOdds(ctx: ModelContext, terms: TermsStatus): OutcomeOdds[] {
  const m = clamp(ctx.talksMomentum, 1, 99) / 50;
  const territoryMoving = terms.donetsk !== 'demanded' || terms.freeze !== 'proposed';
  const strikePenalty = ctx.strikeLevel === 2 ? 2 : 1;
  const framework = ctx.params.frameworkChance! * m * (territoryMoving ? 3 : 1);
  return normalise([
    ['framework', framework],
    ['exchange', 0.25 * m],
    ['productive', 0.3 * m],
    ['stalled', 0.3 * (2 - m)],
    ['breakdown', 0.1 * (2 - m) * strikePenalty],
  ]);
}

/** Chance Russia signs a proposed energy truce: shorter truces fare better (Moscow's rearming concern). */
export function truceSignOdds(ctx: ModelContext): OutcomeOdds[] {
  const p = ctx.params;
  const lengthPenalty = 1 - p.rearmingConcern! * Math.min(1, p.energyTruceDays! / 30);
  const pressure = ctx.pressedRussia ? 1.3 : 1;
  const signed = clamp(p.russiaTruceAcceptance! * lengthPenalty * pressure, 0.01, 0.95);
  return [
    { id: 'signed', p: signed },
    { id: 'refused', p: 1 - signed },
  ];
}

/** Russia's answer to a proposed freeze of the line. */
export function freezeOdds(ctx: ModelContext, terms: TermsStatus): OutcomeOdds[] {
  const p = ctx.params;
  const donetskFactor = terms.donetsk === 'dropped' ? 4 : terms.donetsk === 'underDiscussion' ? 2 : terms.donetsk === 'conceded' ? 5 : 1;
  const pressure = ctx.pressedRussia ? 2 : 1;
  const discussedBefore = terms.freeze === 'underDiscussion' ? 2 : 1;
  const accepted = clamp(p.freezeAcceptance! * donetskFactor * pressure * discussedBefore * (1 - 0.5 * p.rearmingConcern!), 0.001, 0.9);
  const discussed =
    terms.freeze === 'underDiscussion' ? 0 : clamp(0.2 * (ctx.talksMomentum / 50) * pressure, 0, 0.95 - accepted);
  return [
    { id: 'accepted', p: accepted },
    { id: 'discussed', p: discussed },
    { id: 'rejected', p: 1 - accepted - discussed },
  ];
}

/** Russia's answer to a European-backed force along a demilitarised zone. */
export function peacekeeperOdds(ctx: ModelContext, terms: TermsStatus): OutcomeOdds[] {
  const p = ctx.params;
  const factor = (terms.freeze === 'accepted' ? 2 : 1) * (ctx.usMonitoring ? 1.5 : 1) * (ctx.pressedRussia ? 2 : 1);
  const accepted = clamp(p.peacekeeperAcceptance! * factor, 0.001, 0.9);
  return [
    { id: 'accepted', p: accepted },
    { id: 'rejected', p: 1 - accepted },
  ];
}

/** Days of the truce in force that a time move of `days` covers. */
export function truceDaysCovered(ctx: ModelContext, days: number): number {
  return ctx.truceEndDay === null ? 0 : clamp(ctx.truceEndDay - ctx.day, 0, days);
}

/** Chance the energy truce survives a time move: (1 − daily hazard) for each day it covers. */
export function truceHoldOdds(ctx: ModelContext, days: number): OutcomeOdds[] {
  let holds = 1;
  for (let d = truceDaysCovered(ctx, days); d > 0; d -= 1) holds *= 1 - ctx.params.truceDailyHazard!;
  return [
    { id: 'truce-holds', p: holds },
    { id: 'truce-breaks', p: 1 - holds },
  ];
}

/**
 * Risk (%) that fighting resumes after a ceasefire on the terms now agreed (Fortna's base rate times
 * the design factors). `definitive` is true for a comprehensive agreement. A European-backed force
 * comes with a demilitarised zone, so both effects apply together.
 */
export function relapseRiskPct(ctx: ModelContext, definitive: boolean): number {
  const p = ctx.params;
  let risk = p.relapseBase!;
  if (ctx.peacekeepersAccepted) risk *= p.peacekeeperMultiplier! * p.dmzMultiplier!;
  if (ctx.usMonitoring) risk *= p.complianceMultiplier!;
  if (definitive) risk *= p.definitiveMultiplier!;
  if (ctx.pressedRussia || ctx.pressedUkraine) risk *= p.pressureMultiplier!;
  return clamp(risk * 100, 0, 100);
}

/** Whether a European energy aid package can be sent now. */
export function gridAidReady(ctx: ModelContext): boolean {
  return ctx.lastGridAidDay === null || ctx.day - ctx.lastGridAidDay >= GRID_AID_INTERVAL_DAYS;
}

export function gridAid(ctx: ModelContext): Partial<ModelContext> {
  const gainPct = (ctx.params.europeGridAidGw! / ctx.params.winterPeakGw!) * 100;
  return { gridAdequacyPct: clamp(ctx.gridAdequacyPct + gainPct, 0, 100), lastGridAidDay: ctx.day };
}
