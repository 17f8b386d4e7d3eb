import { memo } from 'react';
import { citationText, type Scenario } from '@/machines/scenario';
import type { StepRecord } from '@/lib/sim/engine';
import { promptsFor } from '@/lib/workbench/prompts';
import { EvidenceBadge } from '@/app/_components/evidence-badge';
import { messages } from '@/app/_i18n/messages';

interface Props {
  scenario: Scenario;
  record: StepRecord;
  branchLength: number;
}

/** The sentence for what the step's move did: its outcome's narrative, else the move's, else the opening line. */
export function narrativeOf(scenario: Scenario, record: StepRecord): string {
  const move = record.move ? scenario.data.moves.find((m) => m.id === record.move) : undefined;
  const outcome = move?.outcomes?.find((o) => o.id === record.moveOutcome);
  return outcome?.narrative ?? move?.narrative ?? scenario.data.situation.opening;
}

/** What just happened: the sentence for the last move (or its outcome), its source, and how the talks ended if they did. */
export const SituationPanel = memo(function SituationPanel({ scenario, record, branchLength }: Props) {
  const move = record.move ? scenario.data.moves.find((m) => m.id === record.move) : undefined;
  const narrative = narrativeOf(scenario, record);
  const { headline } = scenario.data.situation;
  const headlineValue = record.metrics[headline.metric];
  const headlineDecimals = scenario.data.metrics.find((m) => m.id === headline.metric)!.decimals;
  const prompt = promptsFor(scenario.data.prompts, record.value, record.step)[0];

  return (
    <div className="situation">
      <h2 id="situation-heading">{messages.situation.heading}</h2>
      <p className="situation-when">
        <strong>{messages.format.longDate(record.date)}</strong>
        <span>{messages.situation.step(record.step, branchLength)}</span>
        {headlineValue !== undefined && <span>{messages.plural(headlineValue, headline.wording, headlineDecimals)}</span>}
      </p>
      <p className="narrative" aria-live="polite">
        {narrative}
      </p>
      {move && (
        <p className="source-line">
          <EvidenceBadge kind={move.kind} /> {messages.situation.source}: {citationText(scenario.data, move)}
        </p>
      )}
      {record.outcome && (
        <p className="outcome-banner" data-outcome-reached={record.outcome}>
          {scenario.data.outcomes[record.outcome].sentence}
        </p>
      )}
      {prompt && (
        <p className="prompt">
          <strong>{messages.situation.forDiscussion}:</strong> {prompt.question}
        </p>
      )}
    </div>
  );
});
