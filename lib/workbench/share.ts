/** What a share link carries of a workbench session: the branch shown, its step, and what it is compared with. */
import type { LinkState } from '@/lib/share/codec';
import { currentBranch, findBranch } from './branch-tree';
import type { Session } from './session';

export function linkStateOf(session: Session, modelVersion: number): LinkState {
  const branch = currentBranch(session.tree);
  const target = session.compare;
  const comparedBranch = target?.kind === 'branch' ? findBranch(session.tree, target.id) : undefined;
  return {
    scenarioId: session.scenarioId,
    modelVersion,
    path: [...branch.steps],
    seed: session.seed,
    params: { ...session.params },
    step: session.tree.shownStep === branch.steps.length ? null : session.tree.shownStep,
    compare:
      target?.kind === 'preset'
        ? { kind: 'preset', presetId: target.id }
        : comparedBranch
          ? { kind: 'path', path: [...comparedBranch.steps] }
          : null,
  };
}
