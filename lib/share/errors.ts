/**
 * What can be wrong with a link or a typed address, as codes with parameters (worded by the
 * catalogue, lib/i18n/core-messages.ts). Below both the codec and the address readers, so that they
 * share these types without importing each other.
 */
import type { PathStep } from '@/lib/sim/path';
import type { SimError } from '@/lib/sim/errors';

/** A part of a link's code that could not be read. */
export type LinkPart = 'model-version' | 'parameters' | 'shown-step' | 'compared-preset' | 'compared-path' | 'path';

/** Where the workbench was asked to open a path: a share link's code, or a typed (readable) address. */
export type LinkSource = 'link' | 'address';

export type LinkProblem =
  | { code: 'empty' }
  /** A code longer than any link's (`characters`), or a whole address far too long (`characters` null). */
  | { code: 'too-long'; characters: number | null }
  | { code: 'bad-characters' }
  /** The check digits do not match: cut short (when it reads as the start of a link) or not a link at all. */
  | { code: 'damaged'; cutShort: boolean }
  | { code: 'future-format' }
  | { code: 'other-model'; modelVersion: number; current: number; title: string }
  | { code: 'bad-content'; part: LinkPart }
  | { code: 'no-format-version' }
  | { code: 'truncated' }
  | { code: 'not-an-address' }
  | { code: 'not-a-scenario-address' }
  | { code: 'bad-parameters'; cause: SimError }
  /** The link's path, or the path it compares with, stops at a step that cannot be taken. */
  | { code: 'unfollowable'; compared: boolean; cause: SimError }
  /** A step shown beyond the end of the path, in a link or a typed address. */
  | { code: 'step-beyond-path'; step: number; steps: number; in: LinkSource }
  | { code: 'bad-seed'; text: string; max: number }
  /** A typed address names a model version the scenario does not have. */
  | { code: 'unknown-model-version'; text: string }
  | { code: 'bad-step'; text: string; max: number }
  | { code: 'preset-and-path' }
  | { code: 'unknown-preset'; preset: string }
  /** A typed address's path that cannot be read or followed. */
  | { code: 'address-path'; cause: SimError };

/** The part of a link that can still be opened: its first valid moves, with its seed and overrides. */
export interface UsablePart {
  path: PathStep[];
  seed: number;
  params: Record<string, number>;
}

export type LinkError = LinkProblem & {
  /** For a damaged link: the moves that could still be read from its start. */
  readablePath?: PathStep[];
  /** For a damaged link: the seed and parameter overrides read before the moves, when they could be. */
  readableSettings?: { seed: number; params: Record<string, number> };
  /** The part of the link that can be opened, when only part of it can. */
  usable?: UsablePart;
};

