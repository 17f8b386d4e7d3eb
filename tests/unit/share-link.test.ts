import { coreEn } from '@/lib/i18n/core-messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '@/tests/support/scenarios';
import { replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { parsePath } from '@/lib/sim/path';
import { BitWriter } from '@/lib/share/bits';
import { decodeLinkCode, encodeLinkCode, FORMAT_VERSION, withCheckDigits, type LinkState } from '@/lib/share/codec';
import { buildLinkUrl, openLinkCode, parseLinkAddress } from '@/lib/share/link';
import { legalLinkState } from './support/legal-paths';

const scenario = await requireScenario('abu-dhabi-2026');
const data = scenario.data;
const ORIGIN = 'https://parley.example';

function stateOf(path: LinkState['path'], extra: Partial<LinkState> = {}): LinkState {
  return { scenarioId: data.id, modelVersion: data.modelVersion, path, seed: 1, params: {}, step: null, compare: null, ...extra };
}

function code(state: LinkState): string {
  const encoded = encodeLinkCode(state, data);
  if (!encoded.ok) throw new Error(coreEn.simError(encoded.error));
  return encoded.value;
}

const historyPath = (() => {
  const parsed = parsePath('history', data);
  if (!parsed.ok) throw new Error(coreEn.simError(parsed.error));
  return parsed.value;
})();

/** The reference path of the issue: thirty moves, of the history and then weeks passing should it be shorter. */
const referencePath = [...historyPath.slice(0, 30), ...Array.from({ length: Math.max(0, 30 - historyPath.length) }, () => ({ move: 'time.week' }))];

const legalState = legalLinkState(scenario);

describe('share links', () => {
  it('a 30-move path with three parameter overrides fits in 120 characters after the origin', () => {
    const url = buildLinkUrl(ORIGIN, stateOf(referencePath, { params: { energyTruceDays: 3, rearmingConcern: 0.75, truceDailyHazard: 0.08 } }), scenario);
    expect(url.ok).toBe(true);
    if (url.ok) expect(url.value.length - ORIGIN.length).toBeLessThanOrEqual(120);
  });

  it('links use only characters chat apps and LMSs leave alone', () => {
    fc.assert(
      fc.property(legalState, (state) => {
        const c = code(state);
        expect(c).toMatch(/^[0-9a-z]+$/);
        expect(encodeURIComponent(c)).toBe(c);
      }),
      { numRuns: 100 },
    );
  });

  it('a link percent-encoded twice still opens to the same state', () => {
    const url = buildLinkUrl(ORIGIN, stateOf(historyPath, { seed: 42 }), scenario);
    if (!url.ok) throw new Error(coreEn.simError(url.error));
    const mangled = encodeURIComponent(encodeURIComponent(url.value));
    const address = parseLinkAddress(mangled);
    expect(address.ok).toBe(true);
    if (!address.ok) return;
    const opened = openLinkCode(address.value.code, scenario);
    expect(opened.ok && opened.value.state).toEqual(stateOf(historyPath, { seed: 42 }));
  });

  it('opening a link replays exactly the trajectory of its path, parameters and seed', () => {
    fc.assert(
      fc.property(legalState, (state) => {
        const opened = openLinkCode(code(state), scenario);
        if (!opened.ok) throw new Error(coreEn.linkError(opened.error));
        const params = resolveParams(data, state.params);
        if (!params.ok) throw new Error(coreEn.simError(params.error));
        expect(opened.value.replay.records).toEqual(replay(scenario, state.path, params.value, state.seed).records);
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it('a link cut short says it is damaged and offers the moves that can still be read', () => {
    const full = code(stateOf(referencePath));
    const opened = openLinkCode(full.slice(0, Math.floor(full.length * 0.6)), scenario);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe('damaged');
    const usable = opened.error.usable!;
    expect(usable.path.length).toBeGreaterThan(0);
    expect(usable.path).toEqual(referencePath.slice(0, usable.path.length));
  });

  it('a link from a newer format version says so instead of guessing', () => {
    const future = new BitWriter();
    future.writeVarUint(FORMAT_VERSION + 1);
    future.write(12345, 20);
    const result = decodeLinkCode(withCheckDigits(future.toDigits()), data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('future-format');
  });

  it('text that is not a Parley code is not mistaken for a link from a newer Parley', () => {
    const result = decodeLinkCode('SGVsbG8gd29ybGQ', data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(coreEn.linkError(result.error)).toMatch(/not a Parley link/);
  });

  it('a link made for another model version names that version', () => {
    const newer = { ...data, modelVersion: data.modelVersion + 1 };
    const encoded = encodeLinkCode(stateOf([]), newer);
    if (!encoded.ok) throw new Error(coreEn.simError(encoded.error));
    const result = decodeLinkCode(encoded.value, data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'other-model', modelVersion: data.modelVersion + 1 });
      expect(coreEn.linkError(result.error)).toMatch(/newer model/);
    }
  });

  it('a path that is legal to encode but illegal to play stops at the broken step with the valid moves before it', () => {
    const result = openLinkCode(code(stateOf([{ move: 'talks.convene' }, { move: 'talks.convene' }])), scenario);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(coreEn.linkError(result.error)).toMatch(/step 2/);
    expect(result.error.usable?.path).toEqual([{ move: 'talks.convene' }]);
  });

  it('a link cut short keeps its seed and parameters for the moves it still offers', () => {
    const full = code(stateOf(referencePath, { seed: 99, params: { energyTruceDays: 3 } }));
    const opened = openLinkCode(full.slice(0, -8), scenario);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.usable).toMatchObject({ seed: 99, params: { energyTruceDays: 3 } });
  });

  it('a link whose compared path cannot be followed is refused, offering its own path without the comparison', () => {
    const main = [{ move: 'talks.convene' }];
    const result = openLinkCode(code(stateOf(main, { compare: { kind: 'path', path: [{ move: 'talks.round', outcome: 'stalled' }] } })), scenario);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(coreEn.linkError(result.error)).toMatch(/compares with/);
    expect(result.error.usable?.path).toEqual(main);
  });

  it('parameters out of range in a link are refused with their name', () => {
    const result = openLinkCode(code(stateOf([], { params: { initialMomentum: 99 } })), scenario);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(coreEn.linkError(result.error)).toMatch(/initialMomentum/);
  });
});

describe('the link decoder is total', () => {
  const validCodes = [code(stateOf(referencePath)), code(stateOf(historyPath, { params: { energyTruceDays: 3 }, seed: 9, step: 4 }))];

  const mutated = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...'0123456789abcdefghjkmnpqrstvwxyz'), maxLength: 200 }),
    fc.record({ base: fc.constantFrom(...validCodes), at: fc.nat(), len: fc.nat({ max: 5 }), insert: fc.string({ maxLength: 4 }) }).map(
      ({ base, at, len, insert }) => base.slice(0, at % base.length) + insert + base.slice((at % base.length) + len),
    ),
    fc.constantFrom(...validCodes).chain((base) => fc.nat({ max: base.length }).map((n) => base.slice(0, n))),
    fc.string({ unit: 'binary', maxLength: 100 }),
  );

  it('never throws, on 10,000 generated and mutated codes, and opening them never throws either', () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const decoded = decodeLinkCode(input, data);
        expect(decoded.ok || typeof coreEn.linkError(decoded.error)).toBeTruthy();
        const opened = openLinkCode(input, scenario);
        if (!opened.ok) expect(coreEn.linkError(opened.error).length).toBeGreaterThan(5);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('refuses 100 KB of junk unread', () => {
    const result = decodeLinkCode('a'.repeat(100_000), data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('too-long');
  });

  it('reads __proto__ and other strange addresses as errors, not as data', () => {
    for (const text of ['', '   ', '/s/__proto__?l=22', 'javascript:alert(1)', '/s/abu-dhabi-2026?l=<script>', '%E0%A4%A']) {
      const address = parseLinkAddress(text);
      if (address.ok) {
        const opened = address.value.scenarioId === data.id ? openLinkCode(address.value.code, scenario) : { ok: false as const };
        expect(opened.ok).toBe(false);
      }
    }
  });
});
