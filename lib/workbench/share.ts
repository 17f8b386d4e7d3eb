/** What a share link carries of a workbench session (the branch shown, its step, and what it is compared with), and its address. */
import type { Scenario } from '@/machines/scenario';
import type { LinkState } from '@/lib/share/codec';
import { linkPathAndQuery } from '@/lib/share/link';
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

/** The share link of a session (path and query, after the origin); null if it cannot be carried. */
export function sessionAddress(scenario: Scenario, session: Session): string | null {
  const address = linkPathAndQuery(linkStateOf(session, scenario.data.modelVersion), scenario);
  return address.ok ? address.value : null;
}
