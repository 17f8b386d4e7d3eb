import type { CSSProperties } from 'react';
import type { Party } from '@/machines/scenario';

/**
 * The party's colour for an element and its children (`--party-color`), drawn from the palette the
 * scenario data names; the element's `data-party` keeps naming the party for tests and styles.
 */
export const partyColour = (party: Pick<Party, 'colour'>): CSSProperties => ({ '--party-color': `var(--palette-${party.colour})` }) as CSSProperties;

/** A small square in the party's colour; decorative, the party's name is always written beside it. */
export function PartySwatch({ party }: { party: Party }) {
  return <span className="swatch" data-party={party.id} style={partyColour(party)} aria-hidden="true" />;
}
