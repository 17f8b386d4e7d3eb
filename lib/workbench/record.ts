/**
 * What happened and what if, told apart: the record is the scenario's `history` preset, and a step of
 * a path is of the record while the path has followed it so far. An event of the record cites its own
 * reports (the preset's `events`); a step off the record is simulated, and its move's sources are
 * only what it is modelled on, never evidence that it happened.
 */
import type { ScenarioData } from '@/machines/scenario';
import { commonPrefixLength, presetSteps, type PathStep } from '@/lib/sim/path';

export const RECORD_PRESET = 'history';

/** The record's steps. */
export const recordOf = (data: ScenarioData): PathStep[] => presetSteps(data, RECORD_PRESET);

/** Where a path stands against the record: how many of its first steps are the record's, and whether it holds all of the record. */
export interface RecordSpan {
  /** Steps 1…`steps` of the path are of the record. */
  steps: number;
  /** The record's own length: the path holds it whole when `steps` is this. */
  recordLength: number;
}

export function recordSpan(data: ScenarioData, path: readonly PathStep[]): RecordSpan {
  const record = recordOf(data);
  return { steps: commonPrefixLength(path, record), recordLength: record.length };
}

/** Where a step's account comes from. */
export type Provenance =
  /** The opening, before any move. */
  | { kind: 'start' }
  /**
   * A step of the record: `reports` are the event's own (dated) reports, empty for days passing
   * between dated events; `ownReports` is false for a scenario whose record does not cite them
   * event by event, whose move's sources then stand in; `narrative`, the record's own account of
   * the event where it gives one.
   */
  | { kind: 'record'; reports: readonly string[]; ownReports: boolean; narrative?: string }
  /** A step off the record: `basis` is what its move is modelled on. */
  | { kind: 'simulated'; basis: readonly string[] };

/** Where the account of step `step` (0 = the start) of `path` comes from. */
export function provenanceOf(data: ScenarioData, path: readonly PathStep[], step: number): Provenance {
  if (step === 0) return { kind: 'start' };
  const move = data.moves.find((m) => m.id === path[step - 1]?.move);
  const moveSources = move?.sources ?? [];
  if (step > recordSpan(data, path).steps) return { kind: 'simulated', basis: moveSources };
  const events = data.presets.find((p) => p.id === RECORD_PRESET)?.events;
  if (!events) return { kind: 'record', reports: moveSources, ownReports: false };
  const event = events.find((e) => e.step === step);
  return { kind: 'record', reports: event?.sources ?? [], ownReports: true, ...(event?.narrative ? { narrative: event.narrative } : {}) };
}
