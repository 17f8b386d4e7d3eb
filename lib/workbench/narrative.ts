/**
 * The sentence that says what a step did: the record's own account of an event of the record, else
 * the sentence of the move's outcome (or of the move) that fits the state it led to, else the
 * opening line at the start.
 */
import type { ScenarioData } from '@/machines/scenario';
import type { StepRecord } from '@/lib/sim/engine';
import type { Provenance } from './record';
import { stateMatcher } from './state-map';

type Worded = { narrative: string; narrativeIf?: readonly { state: string; narrative: string }[] };

function fitting(worded: Worded, record: Pick<StepRecord, 'value'>): string {
  if (!worded.narrativeIf) return worded.narrative;
  const inState = stateMatcher(record.value);
  return worded.narrativeIf.find((variant) => inState(variant.state))?.narrative ?? worded.narrative;
}

export function narrativeOf(data: ScenarioData, record: Pick<StepRecord, 'move' | 'moveOutcome' | 'value'>, provenance: Provenance): string {
  if (provenance.kind === 'record' && provenance.narrative) return provenance.narrative;
  const move = record.move ? data.moves.find((m) => m.id === record.move) : undefined;
  if (!move) return data.situation.opening;
  const outcome = move.outcomes?.find((o) => o.id === record.moveOutcome);
  return fitting(outcome ?? move, record);
}
