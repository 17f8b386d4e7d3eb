/**
 * What can go wrong in the simulation core and the `sim` command, as codes with parameters. The
 * catalogue words them (lib/i18n/core-messages.ts): a code's parameters are exactly what its message
 * needs, and a move is named by its id and its label, as a student reads it in the workbench.
 */
import type { Outcome } from '@/machines/scenario';

/** A move as an error names it. */
export interface MoveRef {
  id: string;
  label: string;
}

/** Why a notable move cannot be taken now: the scenario's own sentence, the talks having ended, or nothing known. */
export type WhyNot = { kind: 'rule'; sentence: string } | { kind: 'ended'; outcome: Outcome; holds: boolean | null } | { kind: 'unknown' };

/** What the `sim` command's arguments can get wrong. */
export type UsageProblem =
  | { kind: 'no-command'; commands: readonly string[] }
  | { kind: 'unknown-command'; command: string; commands: readonly string[] }
  | { kind: 'unknown-option'; option: string }
  | { kind: 'option-needs-value'; option: string }
  | { kind: 'option-twice'; option: string }
  | { kind: 'unexpected-argument'; argument: string }
  | { kind: 'decode-needs-link' }
  | { kind: 'bad-base'; from: '--base' | 'PARLEY_ORIGIN'; base: string };

export type SimProblem =
  | { code: 'missing-scenario' }
  | { code: 'unknown-scenario'; scenario: string; known: readonly string[] }
  | { code: 'unknown-move'; move: string }
  /** A step a link cannot carry: not one of the model's move–outcome pairs. */
  | { code: 'not-in-model'; move: string; outcome?: string }
  | { code: 'unknown-outcome'; move: MoveRef; outcome: string; possible?: readonly string[] }
  | { code: 'outcome-not-allowed'; move: MoveRef; outcome: string }
  | { code: 'outcome-needed'; move: MoveRef; possible: readonly string[] }
  | { code: 'outcome-impossible'; move: MoveRef; outcome: string; possible: readonly string[] }
  | { code: 'move-unavailable'; move: MoveRef; reason: WhyNot }
  | { code: 'talks-ended'; move: MoveRef; outcome: Outcome }
  | { code: 'unknown-parameter'; parameter: string }
  | { code: 'parameter-out-of-range'; parameter: string; value: number; min: number; max: number; unit: string }
  | { code: 'bad-override'; text: string }
  | { code: 'bad-number'; parameter: string; text: string }
  | { code: 'too-many-decimals'; parameter: string; value: number; decimals: number }
  | { code: 'bad-path'; item: string }
  | { code: 'missing-path' }
  | { code: 'path-too-long'; moves: number }
  | { code: 'unknown-preset'; preset: string }
  | { code: 'bad-seed'; text: string; max: number }
  | { code: 'bad-usage'; problem: UsageProblem };

/** A problem, and the 1-based step of a path it is about when it is about one. */
export type SimError = SimProblem & { step?: number };

