/**
 * The share-link code: everything a scenario link carries, packed into a few dozen base-32 digits.
 * A move is one choice among the model's (move, outcome) pairs — six bits, not a word.
 *
 * Format 1, in order: format version, model version, four presence flags (seed, parameters, shown
 * step, compared path), the optional fields, the path, then a 20-bit checksum of all that as four
 * digits. Every count is capped before anything is read, so no link can make the decoder work hard.
 */
import type { ScenarioData } from '@/machines/scenario';
import type { PathStep } from '@/lib/sim/path';
import { err, ok, type Result } from '@/lib/sim/result';
import { DEFAULT_SEED } from '@/lib/sim/rng';
import { BitReader, BitWriter, OutOfBits, checksum, widthFor } from './bits';
import type { LinkError, LinkPart } from './errors';

export const FORMAT_VERSION = 1;
/** Longest path a link may carry. */
export const MAX_STEPS = 2000;
/** Longest code the decoder looks at; anything longer is refused unread. */
export const MAX_CODE_LENGTH = 4 * MAX_STEPS;
const CHECKSUM_BITS = 20;
const CHECKSUM_DIGITS = CHECKSUM_BITS / 5;
const MAX_DECIMALS = 7;

/** What a link reproduces. */
export interface LinkState {
  scenarioId: string;
  modelVersion: number;
  path: PathStep[];
  seed: number;
  /** Parameter overrides by id; parameters not named keep their defaults. */
  params: Record<string, number>;
  /** The step shown (0 = start); null shows the end of the path. */
  step: number | null;
  compare: { kind: 'preset'; presetId: string } | { kind: 'path'; path: PathStep[] } | null;
}


/** The model's (move, outcome) pairs in catalogue order; outcome undefined for a certain result. */
function symbolTable(data: ScenarioData): PathStep[] {
  return data.moves.flatMap((m) => [{ move: m.id }, ...(m.outcomes ?? []).map((o) => ({ move: m.id, outcome: o.id }))]);
}

function symbolIndex(table: PathStep[], step: PathStep): number {
  return table.findIndex((s) => s.move === step.move && s.outcome === step.outcome);
}

/** Writes a decimal as sign, number of decimals and mantissa; exact for up to seven decimals. */
function writeDecimal(writer: BitWriter, value: number): boolean {
  for (let decimals = 0; decimals <= MAX_DECIMALS; decimals += 1) {
    const scale = 10 ** decimals;
    const mantissa = Math.round(Math.abs(value) * scale);
    if (mantissa / scale === Math.abs(value) && Number.isSafeInteger(mantissa)) {
      writer.write(value < 0 ? 1 : 0, 1);
      writer.write(decimals, 3);
      writer.writeVarUint(mantissa);
      return true;
    }
  }
  return false;
}

function readDecimal(reader: BitReader): number | null {
  const negative = reader.read(1) === 1;
  const decimals = reader.read(3);
  const mantissa = reader.readVarUint(Number.MAX_SAFE_INTEGER);
  if (mantissa === null) return null;
  const value = mantissa / 10 ** decimals;
  return negative ? -value : value;
}

function writePath(writer: BitWriter, table: PathStep[], path: readonly PathStep[]): Result<void> {
  writer.writeVarUint(path.length);
  const width = widthFor(table.length);
  for (const [i, step] of path.entries()) {
    const index = symbolIndex(table, step);
    if (index < 0) return err({ code: 'not-in-model', move: step.move, ...(step.outcome ? { outcome: step.outcome } : {}), step: i + 1 });
    writer.write(index, width);
  }
  return ok(undefined);
}

/** Reads a path; on running out of bits, `partial` holds the steps read so far. */
function readPath(reader: BitReader, table: PathStep[], partial: PathStep[]): PathStep[] | null {
  const length = reader.readVarUint(MAX_STEPS);
  if (length === null) return null;
  const width = widthFor(table.length);
  for (let i = 0; i < length; i += 1) {
    const step = table[reader.read(width)];
    if (!step) return null;
    partial.push(step);
  }
  return partial;
}

/** Encodes a link state as a code; fails only for values a link cannot carry. */
export function encodeLinkCode(state: LinkState, data: ScenarioData): Result<string> {
  if (state.path.length > MAX_STEPS) return err({ code: 'path-too-long', moves: MAX_STEPS });
  const table = symbolTable(data);
  const overrides = Object.entries(state.params);
  const writer = new BitWriter();
  writer.writeVarUint(FORMAT_VERSION);
  writer.writeVarUint(data.modelVersion);
  const flags = [state.seed !== DEFAULT_SEED, overrides.length > 0, state.step !== null, state.compare !== null];
  for (const flag of flags) writer.write(flag ? 1 : 0, 1);
  if (flags[0]) writer.write(state.seed >>> 0, 32);
  if (flags[1]) {
    writer.writeVarUint(overrides.length);
    for (const [id, value] of overrides) {
      const index = data.parameters.findIndex((p) => p.id === id);
      if (index < 0) return err({ code: 'unknown-parameter', parameter: id });
      writer.write(index, widthFor(data.parameters.length));
      if (!writeDecimal(writer, value)) return err({ code: 'too-many-decimals', parameter: id, value, decimals: MAX_DECIMALS });
    }
  }
  if (state.step !== null) writer.writeVarUint(state.step);
  if (state.compare) {
    writer.write(state.compare.kind === 'preset' ? 0 : 1, 1);
    if (state.compare.kind === 'preset') {
      const presetId = state.compare.presetId;
      const index = data.presets.findIndex((p) => p.id === presetId);
      if (index < 0) return err({ code: 'unknown-preset', preset: presetId });
      writer.write(index, widthFor(data.presets.length));
    } else {
      const written = writePath(writer, table, state.compare.path);
      if (!written.ok) return written;
    }
  }
  const written = writePath(writer, table, state.path);
  if (!written.ok) return written;
  return ok(withCheckDigits(writer.toDigits()));
}

/** Appends the check digits every Parley code ends with, whatever its format version. */
export function withCheckDigits(payload: string): string {
  const check = new BitWriter();
  check.write(checksum(payload, CHECKSUM_BITS), CHECKSUM_BITS);
  return payload + check.toDigits();
}

/** What the decoder has read so far: a damaged link still yields its first moves. */
interface PartialRead {
  path: PathStep[];
  settings?: { seed: number; params: Record<string, number> };
}

function decodePayload(reader: BitReader, data: ScenarioData, partial: PartialRead): Result<LinkState, LinkError> {
  const table = symbolTable(data);
  const bad = (part: LinkPart) => err({ code: 'bad-content', part } as const);
  reader.readVarUint(FORMAT_VERSION);
  const modelVersion = reader.readVarUint(1_000_000);
  if (modelVersion === null) return bad('model-version');
  if (modelVersion !== data.modelVersion) return err({ code: 'other-model', modelVersion, current: data.modelVersion, title: data.title });
  const [hasSeed, hasParams, hasStep, hasCompare] = [reader.read(1), reader.read(1), reader.read(1), reader.read(1)];
  const seed = hasSeed ? reader.read(32) : DEFAULT_SEED;
  const params: Record<string, number> = Object.create(null);
  if (hasParams) {
    const count = reader.readVarUint(data.parameters.length);
    if (count === null) return bad('parameters');
    for (let i = 0; i < count; i += 1) {
      const spec = data.parameters[reader.read(widthFor(data.parameters.length))];
      const value = readDecimal(reader);
      if (!spec || value === null) return bad('parameters');
      params[spec.id] = value;
    }
  }
  partial.settings = { seed, params: { ...params } };
  const step = hasStep ? reader.readVarUint(MAX_STEPS) : null;
  if (hasStep && step === null) return bad('shown-step');
  let compare: LinkState['compare'] = null;
  if (hasCompare) {
    if (reader.read(1) === 0) {
      const preset = data.presets[reader.read(widthFor(data.presets.length))];
      if (!preset) return bad('compared-preset');
      compare = { kind: 'preset', presetId: preset.id };
    } else {
      const comparePath = readPath(reader, table, []);
      if (!comparePath) return bad('compared-path');
      compare = { kind: 'path', path: comparePath };
    }
  }
  const path = readPath(reader, table, partial.path);
  if (!path) return bad('path');
  return { ok: true, value: { scenarioId: data.id, modelVersion, path, seed, params: { ...params }, step, compare } };
}

function readFormatVersion(digits: string): number | null {
  try {
    return BitReader.fromDigits(digits)?.readVarUint(1_000_000) ?? null;
  } catch {
    return null;
  }
}

/** The payload of an intact code (its check digits match), lower-cased; null for any other text. */
function intactPayload(code: string): string | null {
  if (code.length > MAX_CODE_LENGTH) return null;
  const digits = code.trim().toLowerCase();
  if (!BitReader.fromDigits(digits)) return null;
  const payload = digits.slice(0, -CHECKSUM_DIGITS);
  const intact = payload.length > 0 && BitReader.fromDigits(digits.slice(-CHECKSUM_DIGITS))!.read(CHECKSUM_BITS) === checksum(payload, CHECKSUM_BITS);
  return intact ? payload : null;
}

/**
 * The model version an intact code of this format was made with, read before anything else so that
 * the link can be decoded with that version's data; null when the code is not one (the decoder then
 * says what is wrong with it).
 */
export function linkModelVersion(code: string): number | null {
  const payload = intactPayload(code);
  if (payload === null) return null;
  try {
    const reader = BitReader.fromDigits(payload)!;
    return reader.readVarUint(1_000_000) === FORMAT_VERSION ? reader.readVarUint(1_000_000) : null;
  } catch (error) {
    if (!(error instanceof OutOfBits)) throw error;
    return null;
  }
}

/**
 * Decodes a code with the data of the model version it was made with (`linkModelVersion`). Total: any string gives a state or a typed error, after
 * at most a bounded amount of work. The check digits are verified before the version is trusted, so
 * text that merely looks like a code is not mistaken for a link from a newer Parley.
 */
export function decodeLinkCode(code: string, data: ScenarioData): Result<LinkState, LinkError> {
  if (code.length > MAX_CODE_LENGTH) return err({ code: 'too-long', characters: code.length });
  const digits = code.trim().toLowerCase();
  if (digits === '') return err({ code: 'empty' });
  if (!BitReader.fromDigits(digits)) return err({ code: 'bad-characters' });
  const payload = intactPayload(digits);
  const version = readFormatVersion(payload ?? digits);
  if (payload === null) {
    if (version !== FORMAT_VERSION) return err({ code: 'damaged', cutShort: false });
    const partial: PartialRead = { path: [] };
    try {
      decodePayload(BitReader.fromDigits(digits)!, data, partial);
    } catch (error) {
      if (!(error instanceof OutOfBits)) throw error;
    }
    const readable = partial.path.length > 0 ? { readablePath: partial.path, ...(partial.settings ? { readableSettings: partial.settings } : {}) } : {};
    return err({ code: 'damaged', cutShort: true, ...readable });
  }
  if (version === null || version > FORMAT_VERSION) return err({ code: 'future-format' });
  if (version < 1) return err({ code: 'no-format-version' });
  try {
    return decodePayload(BitReader.fromDigits(payload)!, data, { path: [] });
  } catch (error) {
    if (!(error instanceof OutOfBits)) throw error;
    return err({ code: 'truncated' });
  }
}
