/**
 * The words every scenario shares: the ways a negotiation can end and the palette parties are
 * coloured from. At the bottom of the import graph, below the schema and the contract.
 */

/** How a negotiation can end; a run that reaches none of them is still going on. */
export const OUTCOMES = ['agreement', 'armistice', 'collapse'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Party colours: the Okabe–Ito palette, safe for the common kinds of colour blindness, less the
 * colours the outcomes wear (sky blue, orange, near-black), so a party is never mistaken for how the
 * talks ended; and a grey for the clock. Each is a CSS variable `--palette-<name>` (app/globals.css),
 * so light and dark schemes can tune them in one place.
 */
export const PALETTE = ['bluish-green', 'yellow', 'blue', 'vermillion', 'reddish-purple', 'grey'] as const;
export type PaletteColour = (typeof PALETTE)[number];
