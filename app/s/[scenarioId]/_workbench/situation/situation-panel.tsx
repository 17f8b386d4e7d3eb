import { memo } from 'react';
import type { Scenario } from '@/machines/scenario';
import type { StepRecord } from '@/lib/sim/engine';
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
export const SituationPanel = memo(function SituationPanel({ scenario, record, branchLength, provenance }: Props) {
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
