/** Paths as text: comma-separated move ids, each optionally followed by `:outcome`. */
import type { ScenarioData } from '@/machines/scenario';
import { err, ok, type Result } from './result';

/** One step of a path: a move and, for an uncertain move, the outcome that happened. */
export interface PathStep {
  move: string;
  outcome?: string;
}

const TOKEN = /^[a-z][a-z0-9]*([.-][a-z0-9]+)*$/;

/**
 * Parses a path, expanding preset ids (e.g. `history`) in place. An empty string is the empty path.
 * Only the syntax and preset names are checked here; the engine checks the moves step by step.
 */
export function parsePath(text: string, data: ScenarioData): Result<PathStep[]> {
  const trimmed = text.trim();
  if (trimmed === '') return ok([]);
  const steps: PathStep[] = [];
  for (const [index, raw] of trimmed.split(',').entries()) {
    const item = raw.trim();
    const [move = '', outcome, extra] = item.split(':');
    if (extra !== undefined || !TOKEN.test(move) || (outcome !== undefined && !TOKEN.test(outcome))) {
      return err({ code: 'bad-path', item, step: index + 1 });
    }
    const preset = data.presets.find((p) => p.id === move);
    if (preset && outcome === undefined) {
      const expanded = parsePath(preset.path.join(','), data);
      if (!expanded.ok) return expanded;
      steps.push(...expanded.value);
    } else {
      steps.push(outcome === undefined ? { move } : { move, outcome });
    }
  }
  return ok(steps);
}

const sameStep = (a: PathStep, b: PathStep): boolean => a.move === b.move && a.outcome === b.outcome;

/** Steps the two paths share from the start. */
export function commonPrefixLength(a: readonly PathStep[], b: readonly PathStep[]): number {
  let n = 0;
  while (n < a.length && n < b.length && sameStep(a[n]!, b[n]!)) n += 1;
  return n;
}

/** Whether two paths take the same moves with the same outcomes. */
export const samePath = (a: readonly PathStep[], b: readonly PathStep[]): boolean => a.length === b.length && commonPrefixLength(a, b) === a.length;

export function formatPath(steps: readonly PathStep[]): string {
  return steps.map((s) => (s.outcome ? `${s.move}:${s.outcome}` : s.move)).join(',');
}

/** The steps of a preset, e.g. `history`; none for an id that is not one. */
export function presetSteps(data: ScenarioData, presetId: string): PathStep[] {
  const preset = data.presets.find((p) => p.id === presetId);
  const parsed = preset ? parsePath(preset.path.join(','), data) : null;
  return parsed?.ok ? parsed.value : [];
}
