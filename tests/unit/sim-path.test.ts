/** Paths as text: comma-separated move ids, each optionally `:outcome`; preset ids expand in place. */
import { coreEn } from '@/lib/i18n/core-messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, parsePath, type PathStep } from '@/lib/sim/path';
import { scenario } from './support/abu-dhabi';

const data = scenario.data;
const presetIds = new Set(data.presets.map((p) => p.id));

const segment = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const id = fc.tuple(segment, fc.array(fc.tuple(fc.constantFrom('.', '-'), fc.stringMatching(/^[a-z0-9]{1,6}$/)), { maxLength: 3 })).map(
  ([head, rest]) => head + rest.map(([sep, part]) => sep + part).join(''),
);
const stepArb: fc.Arbitrary<PathStep> = fc
  .tuple(id, fc.option(id, { nil: undefined }))
  .filter(([move]) => !presetIds.has(move))
  .map(([move, outcome]) => (outcome === undefined ? { move } : { move, outcome }));

function parsed(text: string): PathStep[] {
  const result = parsePath(text, data);
  if (!result.ok) throw new Error(coreEn.simError(result.error));
  return result.value;
}

describe('parsePath and formatPath', () => {
  it('round-trip: parsing a formatted path gives the steps back, and formatting gives the text back', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        const text = formatPath(steps);
        expect(parsed(text)).toEqual(steps);
        expect(formatPath(parsed(text))).toBe(text);
      }),
    );
  });

  it('reads the scenario’s own move ids and outcomes', () => {
    expect(parsed('talks.convene,talks.round:stalled, time.week ')).toEqual([
      { move: 'talks.convene' },
      { move: 'talks.round', outcome: 'stalled' },
      { move: 'time.week' },
    ]);
    expect(parsed('')).toEqual([]);
    expect(parsed('   ')).toEqual([]);
  });

  it('expands a preset in place, wherever it stands in the path', () => {
    for (const preset of data.presets) {
      const expanded = preset.path.map((item) => {
        const [move, outcome] = item.split(':');
        return outcome === undefined ? { move: move! } : { move: move!, outcome };
      });
      expect(parsed(preset.id)).toEqual(expanded);
      expect(parsed(`time.day,${preset.id},talks.convene`)).toEqual([{ move: 'time.day' }, ...expanded, { move: 'talks.convene' }]);
    }
  });

  it.each([
    ['talks.convene,', 2],
    [',talks.convene', 1],
    ['talks.convene,,time.day', 2],
    ['time.week,talks.round:a:b', 2],
    ['Talks.convene', 1],
    ['talks.round:', 1],
    ['time.day,:stalled', 2],
    ['talks..convene', 1],
    ['time.day,talks round', 2],
  ] as const)('rejects the malformed path "%s", naming step %i', (text, step) => {
    const result = parsePath(text, data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-path');
      expect(coreEn.simError(result.error)).toMatch(new RegExp(`^step ${step}\\b`));
    }
  });
});
