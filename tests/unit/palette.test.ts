/**
 * Party colours come from one palette, drawn from CSS variables: each must be defined, and none may
 * be a colour an outcome wears, or a party's swatch would read as how the talks ended.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, PALETTE } from '@/machines/scenario';

const css = readFileSync(join(import.meta.dirname, '../../app/globals.css'), 'utf8');
/** The value each custom property is given in the light scheme (the first definition). */
const firstValue = (name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(css)?.[1]?.trim();

describe('the party palette', () => {
  it.each(PALETTE)('defines --palette-%s', (colour) => {
    expect(firstValue(`palette-${colour}`)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('shares no colour with an outcome', () => {
    const partyColours = PALETTE.map((colour) => firstValue(`palette-${colour}`));
    for (const outcome of OUTCOMES) {
      const value = firstValue(`outcome-${outcome}`);
      expect(value, outcome).toMatch(/^#[0-9a-f]{6}$/);
      expect(partyColours, outcome).not.toContain(value);
    }
  });
});
