import type { Scenario } from '../../machines/scenario';
import type { StepRecord } from '../../lib/sim/engine';
import { formatLongDate } from '../../lib/charts/format';
import { EvidenceBadge } from './evidence-badge';
import { messages } from './messages';

interface Props {
  scenario: Scenario;
  record: StepRecord;
  branchLength: number;
}

/** What just happened: the sentence for the last move (or its outcome), its source, and how the talks ended if they did. */
export function SituationPanel({ scenario, record, branchLength }: Props) {
  const move = record.move ? scenario.data.moves.find((m) => m.id === record.move) : undefined;
  const outcome = move?.outcomes?.find((o) => o.id === record.moveOutcome);
  const narrative = outcome?.narrative ?? move?.narrative ?? messages.situation.start;
  const rounds = record.metrics.roundsHeld;

  return (
    <div className="situation">
      <h2 id="situation-heading">{messages.situation.heading}</h2>
      <p className="situation-when">
        <strong>{formatLongDate(record.date)}</strong>
        <span>{messages.situation.step(record.step, branchLength)}</span>
        {rounds !== undefined && <span>{messages.situation.rounds(rounds)}</span>}
      </p>
      <p className="narrative" aria-live="polite">
        {narrative}
      </p>
      {move && (
        <p className="source-line">
          <EvidenceBadge kind={move.kind} /> {messages.situation.source}: {move.source}
        </p>
      )}
      {record.outcome && (
        <p className="outcome-banner" data-outcome-reached={record.outcome}>
          {messages.outcomes[record.outcome]}
        </p>
      )}
    </div>
  );
}
