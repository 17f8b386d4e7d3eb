import { memo } from 'react';
import type { Scenario } from '@/machines/scenario';
import type { MetricChange, StepRecord } from '@/lib/sim/engine';
import { MoveEffect } from './move-effect';
import { promptsFor } from '@/lib/workbench/prompts';
import { narrativeOf } from '@/lib/workbench/narrative';
import type { Provenance } from '@/lib/workbench/record';
import { Citations } from '@/app/_components/citations';
import { EvidenceBadge } from '@/app/_components/evidence-badge';
import { messages } from '@/app/_i18n/messages';

interface Props {
  scenario: Scenario;
  record: StepRecord;
  branchLength: number;
  /** Whether the step shown is of the record, and what its account rests on. */
  provenance: Provenance;
  /** What the step changed, split into its move's own effect and the days it took; absent for the start or a scenario that cannot tell. */
  changes?: () => MetricChange[] | null;
}

/** What the account of a step rests on: an event's own reports, or what a simulated event is modelled on. */
function SourceLine({ scenario, provenance }: { scenario: Scenario; provenance: Provenance }) {
  const t = messages.situation;
  if (provenance.kind === 'start') return null;
  if (provenance.kind === 'simulated') {
    return (
      <p className="source-line" data-provenance="simulated">
        <EvidenceBadge kind="simulated" /> {t.modelledOn}: <Citations data={scenario.data} ids={provenance.basis} />
      </p>
    );
  }
  return (
    <p className="source-line" data-provenance="record">
      <EvidenceBadge kind="fact" />{' '}
      {provenance.reports.length === 0 ? (
        t.daysBetween
      ) : (
        <>
          {provenance.ownReports ? t.reported : t.source}: <Citations data={scenario.data} ids={provenance.reports} />
        </>
      )}
    </p>
  );
}

/** What just happened: the sentence for the last move (or its outcome), its source, and how the talks ended if they did. */
export const SituationPanel = memo(function SituationPanel({ scenario, record, branchLength, provenance, changes }: Props) {
  const move = record.move ? scenario.data.moves.find((m) => m.id === record.move) : undefined;
  const narrative = narrativeOf(scenario.data, record, provenance);
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
      <SourceLine scenario={scenario} provenance={provenance} />
      {/* A move within the day took no time: all the step changed is the move's own, as the charts show. */}
      {move && move.days > 0 && changes && <MoveEffect key={record.step} metrics={scenario.data.metrics} days={move.days} changes={changes} />}
      {record.outcome && (
        <p className="outcome-banner" data-outcome-reached={record.outcome} data-holds={record.holds === null ? undefined : String(record.holds)}>
          {scenario.data.outcomes[record.outcome].sentence}
          {record.holds !== null && ` ${messages.situation.holds(record.holds)}`}
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
