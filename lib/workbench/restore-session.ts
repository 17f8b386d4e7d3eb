/**
 * The defensive restore of a saved session (see saved-session.ts for the format). A file that is
 * damaged, foreign, from a newer Parley or from another model version is refused with a typed error
 * saying why; restoring never yields a session whose paths the engine cannot replay.
 */
// zod's tree-shakable form: the workbench bundle carries only the checks used here.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { Scenario } from '@/machines/scenario';
import { replay } from '@/lib/sim/engine';
import type { SimError } from '@/lib/sim/errors';
import { resolveParams } from '@/lib/sim/params';
import { commonPrefixLength, parsePath, type PathStep } from '@/lib/sim/path';
import { err, ok, type Result } from '@/lib/sim/result';
import { MAX_SEED } from '@/lib/sim/rng';
import type { Branch, BranchTree } from './branch-tree';
import { MAX_SAVED_SESSION_CHARS, SAVED_SESSION_VERSION, type SavedSession } from './saved-session';
import { compareTargetExists, type CompareTarget, type Session } from './session';

// zod/mini carries no messages of its own; these are the same English ones the full zod gives.
z.config(en());

const branchSchema = z.object({
  id: z.string().check(z.regex(/^b[1-9][0-9]{0,5}$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  parentId: z.nullable(z.string()),
  forkStep: z.int().check(z.minimum(0)),
  /** The branch's path as text (`move:outcome,move,…`), as in links and the `sim` command. */
  path: z.string().check(z.maxLength(100_000)),
});

const compareSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('branch'), id: z.string() }),
  z.object({ kind: z.literal('preset'), id: z.string() }),
]);

/** The saved-session format's check; its type is `SavedSession` (saved-session.ts), which it must match. */
export const savedSessionSchema: z.ZodMiniType<SavedSession> = z.object({
  version: z.literal(SAVED_SESSION_VERSION),
  scenarioId: z.string(),
  modelVersion: z.int(),
  seed: z.int().check(z.minimum(0), z.maximum(MAX_SEED)),
  params: z.record(z.string(), z.number()),
  branches: z.array(branchSchema).check(z.minLength(1), z.maxLength(1000)),
  currentBranchId: z.string(),
  shownStep: z.int().check(z.minimum(0)),
  compare: z.nullable(compareSchema),
  nextBranchNumber: z.int().check(z.minimum(2)),
});

/** A place where a file does not have the saved-session format's shape. */
export interface ShapeIssue {
  /** Where, as a dotted path into the file (`branches.0.name`); empty for the file as a whole. */
  at: string;
  /** What is wrong there, as the schema's locale (zod's) words it. */
  message: string;
}

/** What makes a session file damaged: each with what its message needs. */
export type SessionDamage =
  /** The file does not have the format's shape: the first few places. */
  | { kind: 'shape'; issues: readonly ShapeIssue[] }
  | { kind: 'parameters'; cause: SimError }
  | { kind: 'duplicate-branch'; id: string }
  /** A branch's path is not written as a path can be (`cause` is the reader's, at its item). */
  | { kind: 'unreadable-branch-path'; branch: string; cause: SimError }
  /** A branch's path reads, but the model cannot take it (`cause` is the engine's, at its step). */
  | { kind: 'unfollowable-branch-path'; branch: string; cause: SimError }
  | { kind: 'unknown-parent'; branch: string; parent: string }
  | { kind: 'fork-mismatch'; branch: string; forkStep: number; parent: string }
  | { kind: 'fork-without-parent'; branch: string; forkStep: number }
  | { kind: 'missing-current'; id: string }
  | { kind: 'step-beyond-branch' };

export type RestoreError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-a-session' }
  | { code: 'newer-version'; format: number; reads: number }
  | { code: 'other-scenario'; scenarioId: string; title: string }
  | { code: 'other-model-version'; saved: number; current: number }
  | { code: 'invalid'; damage: SessionDamage };

export type RestoreResult = Result<Session, RestoreError>;

const damaged = (damage: SessionDamage) => err({ code: 'invalid', damage } as const);

const shapeIssue = (issue: z.core.$ZodIssue): ShapeIssue => ({ at: issue.path.join('.'), message: issue.message });

/** Each branch's steps, checked by replaying them: the engine is the judge of what a path may hold. */
function restoreBranches(scenario: Scenario, saved: SavedSession, params: Record<string, number>): Result<Branch[], SessionDamage> {
  const branches: Branch[] = [];
  for (const entry of saved.branches) {
    if (branches.some((b) => b.id === entry.id)) return err({ kind: 'duplicate-branch', id: entry.id });
    const parsed = parsePath(entry.path, scenario.data);
    if (!parsed.ok) return err({ kind: 'unreadable-branch-path', branch: entry.name, cause: parsed.error });
    const replayed = replay(scenario, parsed.value, params, saved.seed);
    if (replayed.error) return err({ kind: 'unfollowable-branch-path', branch: entry.name, cause: replayed.error });
    const steps: PathStep[] = replayed.path;
    // Parents come before their children, which also rules out cycles.
    const parent = entry.parentId === null ? null : branches.find((b) => b.id === entry.parentId);
    if (parent === undefined) return err({ kind: 'unknown-parent', branch: entry.name, parent: entry.parentId! });
    if (parent && entry.forkStep > commonPrefixLength(parent.steps, steps)) {
      return err({ kind: 'fork-mismatch', branch: entry.name, forkStep: entry.forkStep, parent: parent.name });
    }
    if (!parent && entry.forkStep !== 0) return err({ kind: 'fork-without-parent', branch: entry.name, forkStep: entry.forkStep });
    branches.push({ id: entry.id, name: entry.name, parentId: entry.parentId, forkStep: entry.forkStep, steps });
  }
  return ok(branches);
}

/**
 * Reads a saved session (the text of a file or of local storage) for `scenario`. Never throws; on
 * any problem returns an error saying why, for the catalogue to word.
 */
export function restoreSession(scenario: Scenario, text: string): RestoreResult {
  if (text.length > MAX_SAVED_SESSION_CHARS) return err({ code: 'too-large' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err({ code: 'not-json' });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || typeof (raw as { version?: unknown }).version !== 'number') {
    return err({ code: 'not-a-session' });
  }
  const version = (raw as { version: number }).version;
  if (version > SAVED_SESSION_VERSION) return err({ code: 'newer-version', format: version, reads: SAVED_SESSION_VERSION });
  const checked = z.safeParse(savedSessionSchema, raw);
  if (!checked.success) return damaged({ kind: 'shape', issues: checked.error.issues.slice(0, 3).map(shapeIssue) });
  const saved = checked.data;
  if (saved.scenarioId !== scenario.data.id) return err({ code: 'other-scenario', scenarioId: saved.scenarioId, title: scenario.data.title });
  if (saved.modelVersion !== scenario.data.modelVersion) {
    return err({ code: 'other-model-version', saved: saved.modelVersion, current: scenario.data.modelVersion });
  }
  const params = resolveParams(scenario.data, saved.params);
  if (!params.ok) return damaged({ kind: 'parameters', cause: params.error });
  const restored = restoreBranches(scenario, saved, { ...params.value });
  if (!restored.ok) return damaged(restored.error);
  const branches = restored.value;
  const current = branches.find((b) => b.id === saved.currentBranchId);
  if (!current) return damaged({ kind: 'missing-current', id: saved.currentBranchId });
  if (saved.shownStep > current.steps.length) return damaged({ kind: 'step-beyond-branch' });
  const highest = Math.max(...branches.map((b) => Number(b.id.slice(1))));
  const tree: BranchTree = { branches, currentId: current.id, shownStep: saved.shownStep, nextNumber: Math.max(saved.nextBranchNumber, highest + 1) };
  const compare: CompareTarget | null = saved.compare && compareTargetExists(scenario, tree, saved.compare) ? saved.compare : null;
  return ok({ scenarioId: saved.scenarioId, seed: saved.seed, params: saved.params, tree, compare });
}
