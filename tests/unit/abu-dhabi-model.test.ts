/**
 * The facts the Abu Dhabi 2026 model must capture (issue 3, RESEARCH.md first section), each as a
 * named test driven through the engine. Expected values come from the record or are computed here
 * from the parameters, never copied from the code's output.
 */
import { coreEn } from '@/lib/i18n/core-messages';
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot, StateNode } from 'xstate';
import { applyStep, availableMoves, blockedNotableMoves, initialSnapshot, outcomeOf } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { citationText, OUTCOMES } from '@/machines/scenario';
import {
  chanceOf,
  dateOf,
  daysBetween,
  daysOfMove,
  metricsOf,
  moveAt,
  movesAt,
  next,
  paramsWith,
  play,
  regions,
  scenario,
  stateAfter,
  weekdayOf,
} from './support/abu-dhabi';

/** The parties of the Abu Dhabi talks (RESEARCH.md): the mediator, the two sides, Ukraine's European partners, and time. */
const PARTY_IDS = ['us', 'russia', 'ukraine', 'europe', 'time'];
const ROUND_OUTCOMES = ['framework', 'exchange', 'productive', 'stalled', 'breakdown'];

function blockedReason(snapshot: AnyMachineSnapshot, moveId: string): string | undefined {
  const blocked = blockedNotableMoves(scenario, snapshot).find((m) => m.id === moveId);
  return blocked && coreEn.whyNot(blocked.reason);
}

/** Change of each metric over one move. */
function deltaOf(snapshot: AnyMachineSnapshot, move: string, outcome?: string): Record<string, number> {
  const before = metricsOf(snapshot);
  const after = metricsOf(next(snapshot, move, outcome));
  return Object.fromEntries(Object.keys(before).map((k) => [k, after[k]! - before[k]!]));
}

describe('the starting point', () => {
  it('starts in mid-January 2026 before the first round, with Russia holding just over 70% of Donetsk', () => {
    const [start] = play('').records;
    expect(start!.step).toBe(0);
    expect(start!.date).toBe(scenario.data.startDate);
    expect(start!.date >= '2026-01-10' && start!.date <= '2026-01-20').toBe(true);
    // The first trilateral round met on 23–24 January 2026.
    expect(daysBetween(start!.date, '2026-01-23')).toBeGreaterThan(0);
    expect(start!.metrics.roundsHeld).toBe(0);
    expect(start!.metrics.donetskControlPct).toBeGreaterThan(70);
    expect(start!.metrics.donetskControlPct).toBeLessThan(75);
    expect(start!.outcome).toBeNull();
    const snapshot = initialSnapshot(scenario, paramsWith());
    expect(regions(snapshot)).toEqual({
      talks: 'idle',
      truce: 'none',
      strikes: { onUkraine: 'active', onRussia: 'active' },
      territory: { donetsk: 'demanded', freeze: 'proposed', security: 'pledged' },
    });
  });

  it('has the parties us, russia, ukraine, europe and time, each with at least one move, and time is the clock', () => {
    expect(scenario.data.parties.map((p) => p.id).sort()).toEqual([...PARTY_IDS].sort());
    for (const party of PARTY_IDS) {
      expect(scenario.data.moves.some((m) => m.party === party), party).toBe(true);
    }
    expect(scenario.data.parties.filter((p) => p.kind === 'clock').map((p) => p.id)).toEqual(['time']);
  });
});

describe('the energy truce', () => {
  const signed = 'truce.propose,truce.sign:signed';

  it('is proposed, then signed into force', () => {
    expect(regions(stateAfter('truce.propose')).truce).toBe('proposed');
    expect(regions(stateAfter(signed)).truce).toBe('inForce');
    expect(regions(stateAfter('truce.propose,truce.sign:refused')).truce).toBe('none');
  });

  it('Russia cannot sign an energy truce nobody has proposed', () => {
    for (const path of ['', 'strike.intensify', `${signed},strike.energy`]) {
      const before = stateAfter(path);
      expect(moveAt(before, 'truce.sign'), path).toBeUndefined();
      expect(blockedReason(before, 'truce.sign')).toMatch(/proposed/);
      expect(applyStep(scenario, before, { move: 'truce.sign', outcome: 'signed' }).ok).toBe(false);
    }
  });

  it('while a truce is in force, answering a proposal is not possible because the truce is in force, not because none was proposed', () => {
    const inForce = stateAfter(signed);
    expect(moveAt(inForce, 'truce.sign')).toBeUndefined();
    expect(blockedReason(inForce, 'truce.sign')).toBe('An energy truce is already in force.');
    expect(blockedReason(inForce, 'truce.propose')).toBe('An energy truce is already in force.');
  });

  it('a Russian strike on energy infrastructure breaks a truce in force', () => {
    const after = stateAfter(`${signed},strike.energy`);
    expect(regions(after).truce).toBe('broken');
    expect(regions(after).strikes.onUkraine).toBe('active');
  });

  it('a Ukrainian strike on Russian refineries breaks a truce in force', () => {
    const after = stateAfter(`${signed},strike.refineries`);
    expect(regions(after).truce).toBe('broken');
    expect(regions(after).strikes.onRussia).toBe('active');
  });

  it('a strike when no truce is in force breaks nothing', () => {
    expect(regions(stateAfter('strike.energy')).truce).toBe('none');
    expect(regions(stateAfter('strike.refineries')).truce).toBe('none');
    expect(regions(stateAfter(`${signed},time.week:truce-holds,strike.energy`, { energyTruceDays: 3 })).truce).toBe('expired');
  });

  it.each([3, 7, 12])('a truce of %i days runs its term and expires when time passes its end', (energyTruceDays) => {
    let snapshot = stateAfter(signed, { energyTruceDays });
    const signedOn = dateOf(snapshot);
    let daysInForce = 0;
    while (regions(snapshot).truce === 'inForce') {
      expect(moveAt(snapshot, 'time.day')?.outcomes?.map((o) => o.id).sort()).toEqual(['truce-breaks', 'truce-holds']);
      snapshot = next(snapshot, 'time.day', 'truce-holds');
      daysInForce += 1;
      expect(daysInForce).toBeLessThanOrEqual(energyTruceDays);
    }
    expect(daysInForce).toBe(energyTruceDays);
    expect(daysBetween(signedOn, dateOf(snapshot))).toBe(energyTruceDays);
    expect(regions(snapshot).truce).toBe('expired');
    // Once it has lapsed, passing time no longer risks breaking it.
    expect(moveAt(snapshot, 'time.day')?.outcomes).toBeUndefined();
  });

  it('a week that passes the end of a short truce ends it by expiry, not breach', () => {
    expect(regions(stateAfter(`${signed},time.week:truce-holds`, { energyTruceDays: 3 })).truce).toBe('expired');
    expect(regions(stateAfter(`${signed},time.week:truce-holds`, { energyTruceDays: 30 })).truce).toBe('inForce');
  });

  it('a truce can break down as time passes, and the Russian campaign resumes', () => {
    const after = stateAfter(`${signed},time.day:truce-breaks`);
    expect(regions(after).truce).toBe('broken');
    expect(regions(after).strikes.onUkraine).toBe('active');
  });

  it('when a truce ends, by breach or by running its term, both strike campaigns resume', () => {
    const ends = [
      stateAfter(`${signed},time.week:truce-holds`, { energyTruceDays: 3 }),
      stateAfter(`${signed},strike.refineries`),
      stateAfter(`${signed},strike.energy`),
      stateAfter(`${signed},time.day:truce-breaks`),
    ];
    for (const after of ends) {
      expect(regions(after).truce).not.toBe('inForce');
      expect(regions(after).strikes).toEqual({ onUkraine: 'active', onRussia: 'active' });
      expect(after.context.strikeLevel).toBe(1);
    }
  });

  it('the chance a truce survives is (1 − daily hazard) for each day of the truce the time covers', () => {
    for (const truceDailyHazard of [0.02, 0.1, 0.25]) {
      const long = stateAfter(signed, { energyTruceDays: 30, truceDailyHazard });
      expect(chanceOf(long, 'time.day', 'truce-holds')).toBeCloseTo(1 - truceDailyHazard, 12);
      expect(chanceOf(long, 'time.week', 'truce-holds')).toBeCloseTo((1 - truceDailyHazard) ** 7, 12);
      // Only the three days left of a three-day truce are at risk in a week.
      const short = stateAfter(signed, { energyTruceDays: 3, truceDailyHazard });
      expect(chanceOf(short, 'time.week', 'truce-holds')).toBeCloseTo((1 - truceDailyHazard) ** 3, 12);
    }
  });

  it('the truce pauses the Russian campaign and Ukraine’s strikes on Russian energy', () => {
    for (const before of ['', 'strike.intensify,']) {
      const inForce = stateAfter(`${before}${signed}`);
      expect(regions(inForce).strikes).toEqual({ onUkraine: 'paused', onRussia: 'paused' });
      expect(inForce.context.strikeLevel).toBe(0);
    }
    const overrides = { energyTruceDays: 30 };
    const underTruce = deltaOf(stateAfter(signed, overrides), 'time.week', 'truce-holds');
    const refused = deltaOf(stateAfter('truce.propose,truce.sign:refused', overrides), 'time.week');
    expect(underTruce.gridAdequacyPct).toBeGreaterThan(refused.gridAdequacyPct!);
    expect(underTruce.civilianCasualties).toBeLessThan(refused.civilianCasualties!);
  });
});

describe('strikes', () => {
  it('a mass strike lowers grid adequacy and adds civilian casualties', () => {
    for (const overrides of [{}, { capacityLossPerMassStrikeGw: 1.5, winterPeakGw: 16, casualtiesPerMassStrike: 100 }] as Array<Record<string, number>>) {
      const p = paramsWith(overrides);
      const start = stateAfter('', overrides);
      const strike = deltaOf(start, 'strike.energy');
      const quietDay = deltaOf(start, 'time.day');
      expect(strike.gridAdequacyPct).toBeLessThan(0);
      expect(strike.civilianCasualties).toBeGreaterThan(0);
      // Beyond an ordinary day of war, the strike knocks out its capacity and harms its casualties.
      expect(quietDay.gridAdequacyPct! - strike.gridAdequacyPct!).toBeCloseTo((p.capacityLossPerMassStrikeGw! / p.winterPeakGw!) * 100, 9);
      expect(strike.civilianCasualties! - quietDay.civilianCasualties!).toBeCloseTo(p.casualtiesPerMassStrike!, 9);
    }
  });

  it('a paused campaign hurts the grid less than an active one, and an intensified one more', () => {
    const week = (path: string) => deltaOf(stateAfter(path), 'time.week');
    const paused = week('strike.scale-back');
    const active = week('');
    const intensified = week('strike.intensify');
    expect(regions(stateAfter('strike.scale-back')).strikes.onUkraine).toBe('paused');
    expect(regions(stateAfter('strike.intensify')).strikes.onUkraine).toBe('intensified');
    expect(paused.gridAdequacyPct).toBeGreaterThan(active.gridAdequacyPct!);
    expect(active.gridAdequacyPct).toBeGreaterThan(intensified.gridAdequacyPct!);
    expect(paused.civilianCasualties).toBeLessThan(active.civilianCasualties!);
    expect(active.civilianCasualties).toBeLessThan(intensified.civilianCasualties!);
    expect(paused.civilianCasualties).toBeGreaterThan(0);
  });

  it('European energy aid restores capacity and can be sent again only after four weeks', () => {
    const start = stateAfter('');
    const aid = deltaOf(start, 'europe.grid-aid');
    const day = deltaOf(start, 'time.day');
    const p = paramsWith();
    expect(aid.gridAdequacyPct! - day.gridAdequacyPct!).toBeCloseTo((p.europeGridAidGw! / p.winterPeakGw!) * 100, 9);
    const sent = next(start, 'europe.grid-aid');
    expect(moveAt(sent, 'europe.grid-aid')).toBeUndefined();
    const again = applyStep(scenario, sent, { move: 'europe.grid-aid' });
    expect(!again.ok && coreEn.simError(again.error)).toBe(
      'move “Send emergency energy aid” (europe.grid-aid) is not available here: The last aid package arrived less than four weeks ago.',
    );
    let later = sent;
    for (let week = 0; week < 4; week += 1) later = next(later, 'time.week');
    expect(moveAt(later, 'europe.grid-aid')).toBeDefined();
  });
});

describe('the territorial terms', () => {
  const framework = 'talks.convene,talks.round:framework';

  it('no comprehensive agreement while the Donetsk precondition stands', () => {
    for (const path of [framework, `${framework},terms.offer-dmz-donetsk`, `${framework},terms.propose-freeze:accepted`]) {
      const snapshot = stateAfter(path);
      expect(['demanded', 'underDiscussion']).toContain(regions(snapshot).territory.donetsk);
      expect(moveAt(snapshot, 'agreement.sign'), path).toBeUndefined();
      expect(blockedReason(snapshot, 'agreement.sign')).toMatch(/Donetsk/);
      const attempt = applyStep(scenario, snapshot, { move: 'agreement.sign' });
      expect(attempt.ok).toBe(false);
      if (!attempt.ok) {
        expect(attempt.error.code).toBe('move-unavailable');
        expect(coreEn.simError(attempt.error)).toMatch(/Donetsk/);
      }
    }
  });

  it.each(['terms.concede-donetsk', 'terms.drop-donetsk-demand'])('a comprehensive agreement can be signed with a framework once %s settles Donetsk', (settle) => {
    const snapshot = stateAfter(`${framework},${settle}`);
    expect(moveAt(snapshot, 'agreement.sign')).toBeDefined();
    const signed = next(snapshot, 'agreement.sign');
    expect(outcomeOf(scenario, signed)).toBe('agreement');
    expect(movesAt(signed)).toEqual([]);
  });

  it('a comprehensive agreement needs a framework from a round even once Donetsk is settled', () => {
    const snapshot = stateAfter('terms.concede-donetsk');
    expect(moveAt(snapshot, 'agreement.sign')).toBeUndefined();
    expect(blockedReason(snapshot, 'agreement.sign')).toMatch(/framework/);
  });

  it('an armistice along a frozen line is possible while the Donetsk precondition stands', () => {
    const start = stateAfter('');
    expect(moveAt(start, 'armistice.sign')).toBeUndefined();
    expect(blockedReason(start, 'armistice.sign')).toMatch(/freez/i);
    for (const path of ['terms.propose-freeze:accepted', 'terms.propose-peacekeepers:accepted,terms.propose-freeze:accepted']) {
      const frozen = stateAfter(path);
      expect(regions(frozen).territory.donetsk).toBe('demanded');
      expect(moveAt(frozen, 'armistice.sign')).toBeDefined();
      expect(outcomeOf(scenario, next(frozen, 'armistice.sign'))).toBe('armistice');
    }
  });

  it('no deal is signed while the talks are suspended, and one can be once a round is convened again', () => {
    const suspended = stateAfter('terms.propose-freeze:accepted,talks.convene,talks.round:breakdown');
    expect(regions(suspended).talks).toBe('suspended');
    expect(availableMoves(scenario, suspended).map((m) => m.id)).not.toContain('armistice.sign');
    expect(blockedReason(suspended, 'armistice.sign')).toMatch(/suspended/);
    const revived = stateAfter('terms.propose-freeze:accepted,talks.convene,talks.round:breakdown,talks.convene');
    expect(availableMoves(scenario, revived).map((m) => m.id)).toContain('armistice.sign');
  });

  it('Russia may agree to discuss a frozen line before accepting it', () => {
    const discussed = stateAfter('terms.propose-freeze:discussed');
    expect(regions(discussed).territory.freeze).toBe('underDiscussion');
    expect(moveAt(discussed, 'armistice.sign')).toBeUndefined();
    expect(regions(next(discussed, 'terms.propose-freeze', 'accepted')).territory.freeze).toBe('accepted');
  });

  it('a European-backed force along a demilitarised zone lowers the risk that an armistice breaks down', () => {
    const bare = next(stateAfter('terms.propose-freeze:accepted'), 'armistice.sign');
    const guarded = next(stateAfter('terms.propose-peacekeepers:accepted,terms.propose-freeze:accepted'), 'armistice.sign');
    expect(regions(stateAfter('terms.propose-peacekeepers:accepted')).territory.security).toBe('accepted');
    expect(metricsOf(guarded).relapseRiskPct).toBeLessThan(metricsOf(bare).relapseRiskPct!);
  });

  it('Moscow’s rearming concern and movement on Donetsk change the odds it accepts a frozen line', () => {
    const accepted = (path: string, overrides: Record<string, number> = {}) =>
      chanceOf(stateAfter(path, overrides), 'terms.propose-freeze', 'accepted');
    expect(accepted('', { rearmingConcern: 1 })).toBeLessThan(accepted('', { rearmingConcern: 0 }));
    expect(accepted('terms.drop-donetsk-demand')).toBeGreaterThan(accepted(''));
    expect(accepted('us.pressure-russia')).toBeGreaterThan(accepted(''));
  });
});

describe('rounds of talks', () => {
  it('rounds are numbered, and each takes two days', () => {
    const { records } = play('talks.convene,talks.round:productive,talks.convene-geneva,talks.round:stalled,talks.convene,talks.round:exchange');
    const rounds = records.filter((r) => r.move === 'talks.round');
    expect(rounds.map((r) => r.metrics.roundsHeld)).toEqual([1, 2, 3]);
    for (const round of rounds) {
      expect(daysBetween(records[round.step - 1]!.date, round.date)).toBe(2);
    }
  });

  it('a round needs to be convened first, in Abu Dhabi or elsewhere', () => {
    const start = stateAfter('');
    expect(moveAt(start, 'talks.round')).toBeUndefined();
    expect(blockedReason(start, 'talks.round')).toMatch(/convened/);
    for (const convene of ['talks.convene', 'talks.convene-geneva']) {
      expect(regions(stateAfter(convene)).talks).toBe('scheduled');
      expect(moveAt(stateAfter(convene), 'talks.round')).toBeDefined();
    }
  });

  it('a round can end in a framework, an exchange, productive, stalled or a breakdown, with odds that sum to one', () => {
    const scheduled = stateAfter('talks.convene');
    const outcomes = moveAt(scheduled, 'talks.round')!.outcomes!;
    expect(outcomes.map((o) => o.id).sort()).toEqual([...ROUND_OUTCOMES].sort());
    for (const o of outcomes) expect(o.p).toBeGreaterThan(0);
    expect(outcomes.reduce((sum, o) => sum + o.p, 0)).toBeCloseTo(1, 12);
    for (const outcome of ROUND_OUTCOMES) {
      const after = next(scheduled, 'talks.round', outcome);
      expect(metricsOf(after).roundsHeld).toBe(1);
      expect(regions(after).talks).toBe(outcome === 'breakdown' ? 'suspended' : 'idle');
    }
  });

  it('a breakdown suspends the talks until a round is convened again', () => {
    const suspended = stateAfter('talks.convene,talks.round:breakdown', { initialMomentum: 70 });
    expect(regions(suspended).talks).toBe('suspended');
    expect(moveAt(suspended, 'talks.round')).toBeUndefined();
    expect(moveAt(suspended, 'talks.convene')).toBeDefined();
    expect(metricsOf(suspended).talksMomentum).toBeLessThan(70);
  });

  it('a prisoner exchange frees the number of prisoners the parameter sets', () => {
    expect(metricsOf(stateAfter('talks.convene,talks.round:exchange')).prisonersExchanged).toBe(314);
    const twice = stateAfter('talks.convene,talks.round:exchange,talks.convene,talks.round:exchange', { prisonersPerExchange: 500 });
    expect(metricsOf(twice).prisonersExchanged).toBe(1000);
    expect(metricsOf(stateAfter('talks.convene,talks.round:productive')).prisonersExchanged).toBe(0);
  });

  it('a round is likelier to be productive, and less likely to break down, with more momentum', () => {
    const at = (initialMomentum: number) => stateAfter('talks.convene', { initialMomentum });
    expect(chanceOf(at(60), 'talks.round', 'productive')).toBeGreaterThan(chanceOf(at(20), 'talks.round', 'productive'));
    expect(chanceOf(at(60), 'talks.round', 'framework')).toBeGreaterThan(chanceOf(at(20), 'talks.round', 'framework'));
    expect(chanceOf(at(60), 'talks.round', 'breakdown')).toBeLessThan(chanceOf(at(20), 'talks.round', 'breakdown'));
  });

  it('a round is likelier to break down while strikes are intensified', () => {
    // A mass strike costs the same momentum as intensifying, so only the campaign level differs.
    const intensified = stateAfter('strike.intensify,talks.convene');
    const active = stateAfter('strike.energy,talks.convene');
    expect(metricsOf(intensified).talksMomentum).toBe(metricsOf(active).talksMomentum);
    expect(chanceOf(intensified, 'talks.round', 'breakdown')).toBeGreaterThan(chanceOf(active, 'talks.round', 'breakdown'));
  });

  it('movement on territory makes a framework likelier relative to a merely productive round', () => {
    const ratio = (s: AnyMachineSnapshot) => chanceOf(s, 'talks.round', 'framework') / chanceOf(s, 'talks.round', 'productive');
    expect(ratio(stateAfter('terms.propose-freeze:discussed,talks.convene'))).toBeGreaterThan(ratio(stateAfter('talks.convene')));
    expect(ratio(stateAfter('terms.offer-dmz-donetsk,talks.convene'))).toBeGreaterThan(ratio(stateAfter('talks.convene')));
  });

  it('a higher framework chance makes a framework likelier', () => {
    const at = (frameworkChance: number) => chanceOf(stateAfter('talks.convene', { frameworkChance }), 'talks.round', 'framework');
    expect(at(0.15)).toBeGreaterThan(at(0.02));
  });
});

describe('Putin’s rearming concern', () => {
  const signedChance = (overrides: Record<string, number>) => chanceOf(stateAfter('truce.propose', overrides), 'truce.sign', 'signed');

  it('lowers the odds that Russia signs a longer truce', () => {
    expect(signedChance({ energyTruceDays: 30 })).toBeLessThan(signedChance({ energyTruceDays: 3 }));
    expect(signedChance({ energyTruceDays: 30, rearmingConcern: 1 })).toBeLessThan(signedChance({ energyTruceDays: 30, rearmingConcern: 0 }));
    // Without the concern, the length of the truce does not matter to Moscow.
    expect(signedChance({ energyTruceDays: 30, rearmingConcern: 0 })).toBeCloseTo(signedChance({ energyTruceDays: 3, rearmingConcern: 0 }), 12);
  });

  it('is sourced to Putin’s statements', () => {
    const spec = scenario.data.parameters.find((p) => p.id === 'rearmingConcern');
    expect(citationText(scenario.data, spec!)).toMatch(/Putin/);
  });
});

describe('time', () => {
  it('a week passing moves the Donetsk share at the sourced rate', () => {
    for (const overrides of [{}, { territorialGainKm2PerMonth: 420, donetskShareOfGains: 0.8 }, { territorialGainKm2PerMonth: 300, donetskShareOfGains: 0.3 }] as Array<Record<string, number>>) {
      const p = paramsWith(overrides);
      const pctPerDay = (((p.territorialGainKm2PerMonth! * 12) / 365) * p.donetskShareOfGains!) / p.donetskAreaKm2! * 100;
      const start = stateAfter('', overrides);
      expect(deltaOf(start, 'time.week').donetskControlPct).toBeCloseTo(pctPerDay * 7, 9);
      expect(deltaOf(start, 'time.day').donetskControlPct).toBeCloseTo(pctPerDay, 9);
    }
  });

  it('civilian casualties accrue as time passes, at the monthly rate while the campaign is active', () => {
    const p = paramsWith();
    const week = deltaOf(stateAfter(''), 'time.week').civilianCasualties!;
    expect(week).toBeCloseTo((p.civilianHarmPerMonth! * 12 * 7) / 365, 6);
  });

  it('every move advances the date by its days exactly once', () => {
    const suspendedTalks = { initialMomentum: 70 };
    const probes: Array<[string, Record<string, number>]> = [
      ['', {}],
      ['talks.convene', {}],
      ['talks.convene,talks.round:breakdown', suspendedTalks],
      ['truce.propose', {}],
      ['truce.propose,truce.sign:signed', {}],
      ['talks.convene,talks.round:breakdown,truce.propose,truce.sign:signed', suspendedTalks],
      ['talks.convene,truce.propose,truce.sign:signed', {}],
      ['strike.intensify,talks.convene', {}],
      ['strike.scale-back,strike.halt-refineries', {}],
      ['terms.propose-freeze:accepted,terms.propose-peacekeepers:accepted', {}],
      ['talks.convene,talks.round:framework,terms.concede-donetsk', {}],
      ['terms.offer-dmz-donetsk,terms.propose-freeze:discussed', {}],
    ];
    let checked = 0;
    for (const [path, overrides] of probes) {
      const before = stateAfter(path, overrides);
      for (const move of movesAt(before)) {
        for (const outcome of move.outcomes?.map((o) => o.id) ?? [undefined]) {
          const after = next(before, move.id, outcome);
          expect(daysBetween(dateOf(before), dateOf(after)), `${path} → ${move.id}:${outcome ?? ''}`).toBe(daysOfMove(move.id));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('the talks collapse', () => {
  it('talks suspended with momentum draining collapse', () => {
    for (const suspendedDecayPerWeek of [5, 10, 25]) {
      let snapshot = stateAfter('talks.convene,talks.round:breakdown', { initialMomentum: 70, suspendedDecayPerWeek });
      const left = metricsOf(snapshot).talksMomentum!;
      expect(left).toBeGreaterThan(0);
      let weeks = 0;
      while (outcomeOf(scenario, snapshot) === null) {
        const before = metricsOf(snapshot).talksMomentum!;
        snapshot = next(snapshot, 'time.week');
        weeks += 1;
        if (outcomeOf(scenario, snapshot) === null) expect(metricsOf(snapshot).talksMomentum).toBeCloseTo(before - suspendedDecayPerWeek, 9);
        expect(weeks).toBeLessThan(60);
      }
      expect(outcomeOf(scenario, snapshot)).toBe('collapse');
      expect(weeks).toBe(Math.ceil(left / suspendedDecayPerWeek));
    }
  });

  it('momentum does not drain while a round is scheduled', () => {
    const resumed = stateAfter('talks.convene,talks.round:breakdown,talks.convene', { initialMomentum: 70 });
    expect(metricsOf(next(resumed, 'time.week')).talksMomentum).toBe(metricsOf(resumed).talksMomentum);
  });

  it('the US walking away from suspended talks collapses them', () => {
    expect(moveAt(stateAfter(''), 'talks.abandon')).toBeUndefined();
    expect(blockedReason(stateAfter(''), 'talks.abandon')).toMatch(/not suspended/);
    const suspended = stateAfter('talks.convene,talks.round:breakdown', { initialMomentum: 70 });
    const abandoned = next(suspended, 'talks.abandon');
    expect(outcomeOf(scenario, abandoned)).toBe('collapse');
    expect(movesAt(abandoned)).toEqual([]);
    expect(blockedReason(abandoned, 'talks.convene')).toMatch(/ended/);
  });
});

describe('the history preset', () => {
  it('the history preset replays to round 2 with the truce broken, and on to Geneva', () => {
    const { records } = play('history');
    const rounds = records.filter((r) => r.move === 'talks.round');
    const at = (move: string) => records.find((r) => r.move === move)!;

    // Round 1, Abu Dhabi, 23–24 January: productive, core issues unresolved.
    expect(rounds[0]!.date).toBe('2026-01-24');
    expect(rounds[0]!.moveOutcome).toBe('productive');
    expect(records[rounds[0]!.step - 1]!.date).toBe('2026-01-22');
    expect(rounds[0]!.metrics.roundsHeld).toBe(1);

    // The energy truce signed on Friday 30 January.
    const truceSigned = at('truce.sign');
    expect(truceSigned.date).toBe('2026-01-30');
    expect(weekdayOf(truceSigned.date)).toBe(5);
    expect(truceSigned.moveOutcome).toBe('signed');
    expect((truceSigned.value as { negotiating: { truce: string } }).negotiating.truce).toBe('inForce');

    // Russia's strikes of Tuesday 3 February break it.
    const strikes = at('strike.energy');
    expect(strikes.date).toBe('2026-02-03');
    expect(weekdayOf(strikes.date)).toBe(2);
    const strikeRegions = (strikes.value as { negotiating: { truce: string; strikes: { onUkraine: string } } }).negotiating;
    expect(strikeRegions.truce).toBe('broken');
    expect(strikeRegions.strikes.onUkraine).toBe('active');

    // Round 2 in Abu Dhabi on 4–5 February, 314 prisoners exchanged.
    expect(rounds[1]!.date).toBe('2026-02-05');
    expect(rounds[1]!.metrics.roundsHeld).toBe(2);
    expect(rounds[1]!.metrics.prisonersExchanged).toBe(314);
    expect(records[rounds[1]!.step - 1]!.move).toBe('strike.energy');

    // Round 3 in Geneva on 17–18 February.
    expect(rounds[2]!.date).toBe('2026-02-18');
    expect(records.slice(rounds[1]!.step, rounds[2]!.step).some((r) => r.move === 'talks.convene-geneva')).toBe(true);
    expect(rounds[2]!.metrics.roundsHeld).toBe(3);

    // Nothing has been settled, and Russia still holds just over 70% of Donetsk.
    const last = records.at(-1)!;
    expect(records.every((r) => r.outcome === null)).toBe(true);
    expect(last.metrics.donetskControlPct).toBeGreaterThan(70);
    expect(last.metrics.donetskControlPct).toBeLessThan(75);
    expect((last.value as { negotiating: { territory: { donetsk: string } } }).negotiating.territory.donetsk).toBe('demanded');
  });

  it('under Moscow’s reading of a truce to Sunday 1 February, the history truce lapses before the strikes', () => {
    const { records } = play('history', { energyTruceDays: 3 });
    const strikes = records.find((r) => r.move === 'strike.energy')!;
    expect(strikes.date).toBe('2026-02-03');
    expect((strikes.value as { negotiating: { truce: string } }).negotiating.truce).toBe('expired');
  });
});

describe('the scenario data', () => {
  it('every move and parameter carries a source and a fact/assumption label', () => {
    const parties = new Set<string>(PARTY_IDS);
    for (const move of scenario.data.moves) {
      expect(citationText(scenario.data, move).trim().length, move.id).toBeGreaterThan(10);
      expect(['fact', 'assumption'], move.id).toContain(move.kind);
      expect(move.label.trim(), move.id).not.toBe('');
      expect(move.description.length, move.id).toBeGreaterThan(40);
      expect(parties.has(move.party), move.id).toBe(true);
      expect(move.days, move.id).toBeGreaterThanOrEqual(1);
    }
    for (const parameter of scenario.data.parameters) {
      expect(citationText(scenario.data, parameter).trim().length, parameter.id).toBeGreaterThan(10);
      expect(['fact', 'assumption'], parameter.id).toContain(parameter.kind);
      expect(parameter.unit.trim(), parameter.id).not.toBe('');
      expect(parameter.min <= parameter.default && parameter.default <= parameter.max, parameter.id).toBe(true);
    }
    for (const metric of scenario.data.metrics) {
      expect(citationText(scenario.data, metric).trim().length, metric.id).toBeGreaterThan(10);
      expect(['fact', 'assumption'], metric.id).toContain(metric.kind);
    }
  });

  it('figures the evidence base calls inferred are labelled assumptions, and sourced figures facts', () => {
    const kind = (id: string) => scenario.data.parameters.find((p) => p.id === id)?.kind;
    for (const id of ['frameworkChance', 'capacityLossPerMassStrikeGw', 'truceDailyHazard', 'dmzMultiplier']) expect(kind(id), id).toBe('assumption');
    for (const id of ['territorialGainKm2PerMonth', 'civilianHarmPerMonth', 'relapseBase', 'gridAdequacyStartPct']) expect(kind(id), id).toBe('fact');
  });

  it('exposes the required metrics with their ranges', () => {
    const ids = scenario.data.metrics.map((m) => m.id);
    for (const id of ['donetskControlPct', 'gridAdequacyPct', 'civilianCasualties', 'talksMomentum', 'roundsHeld']) expect(ids).toContain(id);
    const momentum = scenario.data.metrics.find((m) => m.id === 'talksMomentum')!;
    expect([momentum.min, momentum.max]).toEqual([0, 100]);
    expect(Object.keys(metricsOf(stateAfter(''))).sort()).toEqual([...ids].sort());
  });

  it('parameter overrides out of range are rejected, and the range ends are accepted', () => {
    for (const spec of scenario.data.parameters) {
      const span = Math.max(1, spec.max - spec.min);
      for (const bad of [spec.min - span / 100, spec.max + span / 100, Number.NaN]) {
        const result = resolveParams(scenario.data, { [spec.id]: bad });
        expect(result.ok, `${spec.id}=${bad}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('parameter-out-of-range');
          expect(coreEn.simError(result.error)).toContain(spec.id);
        }
      }
      for (const good of [spec.min, spec.max]) {
        const result = resolveParams(scenario.data, { [spec.id]: good });
        expect(result.ok, `${spec.id}=${good}`).toBe(true);
        if (result.ok) expect(result.value[spec.id]).toBe(good);
      }
    }
    const unknown = resolveParams(scenario.data, { warpFactor: 1 });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('unknown-parameter');
  });

  it('an overridden parameter changes the run, and the defaults are untouched', () => {
    expect(metricsOf(stateAfter('', { donetskControlStartPct: 78 })).donetskControlPct).toBe(78);
    expect(paramsWith().donetskControlStartPct).toBe(scenario.data.parameters.find((p) => p.id === 'donetskControlStartPct')!.default);
  });

  it('every blocked notable move says why in one sentence of its own', () => {
    const probes = ['', 'talks.convene', 'truce.propose', 'truce.propose,truce.sign:signed', 'terms.concede-donetsk', 'terms.propose-freeze:accepted,terms.propose-peacekeepers:accepted'];
    for (const path of probes) {
      for (const blocked of blockedNotableMoves(scenario, stateAfter(path))) {
        const reason = coreEn.whyNot(blocked.reason);
        expect(reason, `${path} ${blocked.id}`).toMatch(/^[A-Z][^]*\.$/);
        expect(reason.split(/[.!?]\s/).length, reason).toBe(1);
        expect(reason, `${path} ${blocked.id}`).not.toBe('Not possible in the present situation.');
      }
    }
  });

  it('every discussion prompt belongs to a state of the statechart, an outcome or the start', () => {
    const regionStates = new Set<string>();
    const walk = (node: StateNode, path: string[]) => {
      for (const [key, child] of Object.entries(node.states)) {
        regionStates.add([...path, key].join('.'));
        walk(child, [...path, key]);
      }
    };
    walk(scenario.machine.root.states.negotiating!, []);
    for (const prompt of scenario.data.prompts) {
      const known = prompt.when === 'start' || (OUTCOMES as readonly string[]).includes(prompt.when) || regionStates.has(prompt.when);
      expect(known, prompt.when).toBe(true);
    }
  });
});
