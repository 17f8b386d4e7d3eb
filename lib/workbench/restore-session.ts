/**
 * The defensive restore of a saved session (see saved-session.ts for the format). A file that is
 * damaged, foreign, from a newer Parley or from another model version is refused with a typed error
 * and a sentence saying why; restoring never yields a session whose paths the engine cannot replay.
 */
// zod's tree-shakable form: the workbench bundle carries only the checks used here.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { Scenario } from '@/machines/scenario';
import { replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { parsePath, type PathStep } from '@/lib/sim/path';
import { MAX_SEED } from '@/lib/sim/rng';
import { commonPrefixLength, type Branch, type BranchTree } from './branch-tree';
import { MAX_SAVED_SESSION_CHARS, SAVED_SESSION_VERSION } from './saved-session';
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

export const savedSessionSchema = z.object({
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

export type SavedSession = z.infer<typeof savedSessionSchema>;

export interface RestoreError {
  code: 'too-large' | 'not-json' | 'not-a-session' | 'newer-version' | 'other-scenario' | 'other-model-version' | 'invalid';
  message: string;
}

export type RestoreResult = { ok: true; session: Session } | { ok: false; error: RestoreError };

const refuse = (code: RestoreError['code'], message: string): RestoreResult => ({ ok: false, error: { code, message } });

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
  return `${where}: ${issue.message}`;
}

/** Each branch's steps, checked by replaying them: the engine is the judge of what a path may hold. */
function restoreBranches(scenario: Scenario, saved: SavedSession, params: Record<string, number>): { branches: Branch[] } | { problem: string } {
  const branches: Branch[] = [];
  for (const entry of saved.branches) {
    if (branches.some((b) => b.id === entry.id)) return { problem: `two branches share the id ${entry.id}` };
    const parsed = parsePath(entry.path, scenario.data);
    if (!parsed.ok) return { problem: `branch “${entry.name}”: ${parsed.error.message}` };
    const replayed = replay(scenario, parsed.value, params, saved.seed);
    if (replayed.error) return { problem: `branch “${entry.name}”, ${replayed.error.message}` };
    const steps: PathStep[] = replayed.path;
    // Parents come before their children, which also rules out cycles.
    const parent = entry.parentId === null ? null : branches.find((b) => b.id === entry.parentId);
    if (parent === undefined) return { problem: `branch “${entry.name}” forks from ${entry.parentId}, which is not listed before it` };
    if (parent && (entry.forkStep > commonPrefixLength(parent.steps, steps))) {
      return { problem: `branch “${entry.name}” claims to share ${entry.forkStep} steps with “${parent.name}”, but does not` };
    }
    if (!parent && entry.forkStep !== 0) return { problem: `branch “${entry.name}” has no parent but a fork step of ${entry.forkStep}` };
    branches.push({ id: entry.id, name: entry.name, parentId: entry.parentId, forkStep: entry.forkStep, steps });
  }
  return { branches };
}

/**
 * Reads a saved session (the text of a file or of local storage) for `scenario`. Never throws; on
 * any problem returns an error whose message can be shown to the person as it is.
 */
export function restoreSession(scenario: Scenario, text: string): RestoreResult {
  if (text.length > MAX_SAVED_SESSION_CHARS) return refuse('too-large', 'This file is too large to be a Parley session.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('not-json', 'This file is not a Parley session: it is not JSON.');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || typeof (raw as { version?: unknown }).version !== 'number') {
    return refuse('not-a-session', 'This file is not a Parley session: it has no format version.');
  }
  const version = (raw as { version: number }).version;
  if (version > SAVED_SESSION_VERSION) {
    return refuse('newer-version', `This session was saved by a newer Parley (format ${version}); this one reads format ${SAVED_SESSION_VERSION}.`);
  }
  const checked = z.safeParse(savedSessionSchema, raw);
  if (!checked.success) {
    return refuse('invalid', `This session file is damaged (${checked.error.issues.slice(0, 3).map(describeIssue).join('; ')}).`);
  }
  const saved = checked.data;
  if (saved.scenarioId !== scenario.data.id) {
    return refuse('other-scenario', `This session belongs to the scenario “${saved.scenarioId}”, not “${scenario.data.title}”.`);
  }
  if (saved.modelVersion !== scenario.data.modelVersion) {
    return refuse(
      'other-model-version',
      `This session was made with version ${saved.modelVersion} of the model; this is version ${scenario.data.modelVersion}, so its paths may no longer mean the same.`,
    );
  }
  const params = resolveParams(scenario.data, saved.params);
  if (!params.ok) return refuse('invalid', `This session file is damaged (${params.error.message}).`);
  const restored = restoreBranches(scenario, saved, { ...params.value });
  if ('problem' in restored) return refuse('invalid', `This session file is damaged (${restored.problem}).`);
  const { branches } = restored;
  const current = branches.find((b) => b.id === saved.currentBranchId);
  if (!current) return refuse('invalid', `This session file is damaged (its current branch ${saved.currentBranchId} is missing).`);
  if (saved.shownStep > current.steps.length) return refuse('invalid', 'This session file is damaged (it shows a step beyond the end of its branch).');
  const highest = Math.max(...branches.map((b) => Number(b.id.slice(1))));
  const tree: BranchTree = { branches, currentId: current.id, shownStep: saved.shownStep, nextNumber: Math.max(saved.nextBranchNumber, highest + 1) };
  const compare: CompareTarget | null = saved.compare && compareTargetExists(scenario, tree, saved.compare) ? saved.compare : null;
  return { ok: true, session: { scenarioId: saved.scenarioId, seed: saved.seed, params: saved.params, tree, compare } };
}
