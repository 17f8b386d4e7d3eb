'use client';
/**
 * What the step's move did by itself, apart from the days it took: a move takes time, and time is
 * the war going on, so a change on the charts may be the day's rather than the move's. Worked out
 * only when the person opens it.
 */
import { useState } from 'react';
import type { MetricChange } from '@/lib/sim/engine';
import { valueForPeople } from '@/lib/charts/metric-value';
import type { MetricSpec } from '@/machines/scenario';
import { messages } from '@/app/_i18n/messages';

interface Props {
  metrics: readonly MetricSpec[];
  /** The days the move took. */
  days: number;
  changes: () => MetricChange[] | null;
}

function ChangesTable({ metrics, changes }: Pick<Props, 'metrics'> & { changes: MetricChange[] }) {
  const t = messages.situation.effect;
  const signed = (metric: MetricSpec, value: number) => {
    const rounded = valueForPeople(metric, value);
    const text = messages.format.number(Math.abs(rounded), metric.decimals);
    return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
  };
  // Only what changed by as much as a person is shown of it.
  const visible = (metric: MetricSpec, value: number) => Math.round(Math.abs(valueForPeople(metric, value)) * 10 ** metric.decimals) !== 0;
  const rows = changes
    .map((change) => ({ change, metric: metrics.find((m) => m.id === change.metric)! }))
    .filter(({ change, metric }) => visible(metric, change.move) || visible(metric, change.days));
  if (rows.length === 0) return <p>{t.nothing}</p>;
  return (
    <table className="effect-table">
      <thead>
        <tr>
          <th scope="col">{t.measure}</th>
          <th scope="col">{t.move}</th>
          <th scope="col">{t.days}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ change, metric }) => (
          <tr key={metric.id} data-effect-metric={metric.id}>
            <th scope="row">{metric.label}</th>
            <td className="num">{signed(metric, change.move)}</td>
            <td className="num">{signed(metric, change.days)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MoveEffect({ metrics, days, changes }: Props) {
  const [open, setOpen] = useState(false);
  const worked = open ? changes() : null;
  return (
    <details className="move-effect" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{messages.situation.effect.summary(days)}</summary>
      {worked && <ChangesTable metrics={metrics} changes={worked} />}
    </details>
  );
}
