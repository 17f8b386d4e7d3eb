/** The record against a path: how far a path follows it, and where each step's account comes from. */
import { describe, expect, it } from 'vitest';
import { provenanceOf, recordOf, recordSpan } from '@/lib/workbench/record';
import { requireScenario } from '@/tests/support/scenarios';

const model1 = await requireScenario('abu-dhabi-2026', 1);
const { data } = model1;
const record = recordOf(data);

describe('the record against a path', () => {
  it('a path follows the record while its steps are the record’s, outcomes included', () => {
    expect(recordSpan(data, record)).toEqual({ steps: record.length, recordLength: record.length });
    expect(recordSpan(data, [...record, { move: 'time.week' }]).steps).toBe(record.length);
    const otherRound = [...record.slice(0, 2), { move: 'talks.round', outcome: 'stalled' }];
    expect(recordSpan(data, otherRound).steps).toBe(2);
    expect(recordSpan(data, [{ move: 'talks.convene' }]).steps).toBe(0);
  });

  it('the start has no source; a step after the record is simulated, modelled on its move’s sources', () => {
    expect(provenanceOf(data, record, 0)).toEqual({ kind: 'start' });
    const after = [...record, { move: 'terms.propose-freeze', outcome: 'accepted' }];
    expect(provenanceOf(data, after, after.length)).toEqual({ kind: 'simulated', basis: ['territory-2026', 'putin-rearming'] });
  });

  it('a model whose record cites no report per event gives its moves’ sources, marked as not the event’s own', () => {
    expect(provenanceOf(data, record, 3)).toEqual({ kind: 'record', reports: ['rounds-2026', 'geneva-2026'], ownReports: false });
  });
});
