/**
 * The model page's side-by-side: this scenario's record and each other scenario's, for the metrics
 * they share, at the same number of days after each one's talks opened. Drawn on the server as a
 * table (and a plain SVG chart, which needs no script), so the page loads nothing more than it did.
 */
import type { MetricSpec, ScenarioData } from '@/machines/scenario';
import { besideRows, type BesideHistory } from '@/lib/charts/beside';
import type { SeriesPoint } from '@/lib/charts/metric-series';
import { valueForPeople } from '@/lib/charts/metric-value';
import { addDays } from '@/lib/sim/date';
import { messages } from '@/app/_i18n/messages';
import { BesideChart } from './beside-chart';

/** Rows of the table: a month apart, near enough to follow a record, few enough to read. */
const EVERY_DAYS = 30;

interface Props {
  data: ScenarioData;
  /** This scenario's record, by metric id, days since its start date. */
  mine: ReadonlyMap<string, readonly SeriesPoint[]>;
  others: readonly BesideHistory[];
}

export function BesideSection({ data, mine, others }: Props) {
  if (others.length === 0) return null;
  const specs = new Map(data.metrics.map((m) => [m.id, m]));
  const value = (metric: MetricSpec, v: number | null) => (v === null ? messages.charts.empty : messages.format.number(valueForPeople(metric, v), metric.decimals));
  return (
    <section aria-labelledby="beside" data-beside-section="">
      <h2 id="beside">{messages.beside.heading(others.length)}</h2>
      <p className="beside-caveat" data-beside-caveat="">
        {messages.beside.caveat}
      </p>
      <p>{messages.beside.intro(EVERY_DAYS)}</p>
      {others.map((other) =>
        other.metrics.map(({ metricId, points }) => {
          const metric = specs.get(metricId)!;
          const own = mine.get(metricId) ?? [];
          const rows = besideRows(own, points, EVERY_DAYS);
          const captionId = `beside-${other.scenarioId}-${metricId}`;
          const caption = messages.beside.tableCaption(metric.label, metric.unit);
          return (
            <div key={`${other.scenarioId}:${metricId}`} className="beside-metric" data-beside={other.scenarioId} data-beside-metric={metricId}>
              <h3 id={captionId}>{caption}</h3>
              <BesideChart metric={metric} mine={{ name: data.title, points: own }} theirs={{ name: other.title, points }} />
              <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
                <table className="beside-table">
                  <thead>
                    <tr>
                      <th scope="col">{messages.beside.dayColumn}</th>
                      <th scope="col">{data.title}</th>
                      <th scope="col">{other.title}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.day} data-day={row.day}>
                        <th scope="row" className="num">
                          {messages.beside.dayRow(messages.format.number(row.day, 0))}
                        </th>
                        <td className="num" data-value={row.mine ?? undefined}>
                          {value(metric, row.mine)}
                          {row.mine !== null && <span className="cell-note">{messages.format.longDate(addDays(data.startDate, row.day))}</span>}
                        </td>
                        <td className="num" data-value={row.theirs ?? undefined}>
                          {value(metric, row.theirs)}
                          {row.theirs !== null && <span className="cell-note">{messages.format.longDate(addDays(other.startDate, row.day))}</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          );
        }),
      )}
    </section>
  );
}
