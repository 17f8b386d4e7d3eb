import type { PartyId } from '@/machines/scenario';

/** A small square in the party's colour; decorative, the party's name is always written beside it. */
export function PartySwatch({ party }: { party: PartyId }) {
  return <span className="swatch" data-party={party} aria-hidden="true" />;
}
