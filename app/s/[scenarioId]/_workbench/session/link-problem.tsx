import type { Scenario } from '@/machines/scenario';
import { startAddress, usableAddress } from '@/lib/share/address';
import type { LinkError } from '@/lib/share/errors';
import { messages } from '@/app/_i18n/messages';

/**
 * Says what is wrong with the link that brought the person here and offers a way on: the scenario
 * from its start, or the link's path up to where it broke. Plain links: each offer is a fresh page.
 */
export function LinkProblem({ scenario, problem, onDismiss }: { scenario: Scenario; problem: LinkError; onDismiss: () => void }) {
  const prefix = problem.usable && usableAddress(scenario, problem.usable);
  return (
    <div role="alert" className="alert">
      <p>{messages.workbench.linkFailed(problem)}</p>
      <p className="alert-actions">
        <a href={startAddress(scenario.data.id)}>{messages.workbench.openFromStart}</a>
        {prefix && <a href={prefix}>{messages.workbench.openFirstMoves(problem.usable!.path.length)}</a>}
        <button type="button" onClick={onDismiss}>
          {messages.workbench.dismiss}
        </button>
      </p>
    </div>
  );
}
