import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undoPercentEncoding } from '@/lib/share/percent-encoding';
import { percentEncodedTimes } from './support/percent-encoding';

describe('undoing the percent-encoding a link picked up on its way', () => {
  it('a text percent-encoded up to four times reads as it was written', () => {
    const plainText = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((text) => !text.includes('%'));
    fc.assert(
      fc.property(plainText, fc.integer({ min: 0, max: 4 }), (text, layers) => {
        expect(undoPercentEncoding(percentEncodedTimes(text, layers))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('a lone % or a % before characters that are not hex digits stays, with the encoding above it undone', () => {
    for (const damaged of ['/s/abu-dhabi-2026?l=220p%zz', '/s/abu-dhabi-2026?path=talks.convene%', '?l=220p%2']) {
      expect(undoPercentEncoding(damaged)).toBe(damaged);
      expect(undoPercentEncoding(percentEncodedTimes(damaged, 1))).toBe(damaged);
      expect(undoPercentEncoding(percentEncodedTimes(damaged, 2))).toBe(damaged);
    }
  });

  it('escapes of bytes that are not UTF-8 text stay as they are', () => {
    expect(undoPercentEncoding('%E0%A4%A')).toBe('%E0%A4%A');
    expect(undoPercentEncoding('?l=%FF')).toBe('?l=%FF');
  });

  it('stops after four layers, so no text costs more than four passes', () => {
    expect(undoPercentEncoding(percentEncodedTimes('?', 5))).toBe('%3F');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        expect(typeof undoPercentEncoding(text)).toBe('string');
      }),
      { numRuns: 2_000 },
    );
  });
});
