'use client';
import { lazy, memo, startTransition, Suspense, useCallback, useRef, useState } from 'react';
import type { MetricSpec } from '@/machines/scenario';
import type { MetricRow, SeriesPoint } from '@/lib/charts/metric-series';
import { valueForPeople } from '@/lib/charts/metric-value';
import { addDays } from '@/lib/sim/date';
import { EvidenceBadge } from '@/app/_components/evidence-badge';
import { messages } from '@/app/_i18n/messages';
import type { SeriesNames } from './metric-line-chart';
import { useInView } from '@/app/_components/use-in-view';

// The chart code (Recharts) loads only when a chart comes into view, or the keyboard reaches it: on a
// phone the charts lie below the moves, and the page is usable before they are drawn.
const MetricLineChart = lazy(() => import('./metric-line-chart').then((m) => ({ default: m.MetricLineChart })));

interface Props {
  metric: MetricSpec;
  /** The raw engine value at the step shown. */
  value: number | undefined;
  /** Every series on one date axis, for the table. */
  rows: readonly MetricRow[];
  current: readonly SeriesPoint[];
  compare: readonly SeriesPoint[] | null;
  reference: readonly SeriesPoint[] | null;
  /** Another scenario's record, by days since its own talks opened; null when none is set beside this metric. */
  beside: readonly SeriesPoint[] | null;
  startDate: string;
  /** The metric's sources, cited in full. */
  source: string;
  /** The sources of the record set beside, with its title; null when there is none. */
  besideSource: string | null;
  names: SeriesNames;
}

function MetricTable({ metric, rows, names, startDate }: Pick<Props, 'metric' | 'rows' | 'names' | 'startDate'>) {
  const cell = (v: number | undefined) => (v === undefined ? messages.charts.empty : messages.format.number(valueForPeople(metric, v), metric.decimals));
  const caption = names.beside ? messages.beside.tableCaption(metric.label, metric.unit) : messages.charts.tableCaption(metric.label, metric.unit);
  // Beside another scenario the rows are days since the talks opened; this scenario's date is
  // given where one of its paths has a value, and no date of the other's is implied.
  const ownDate = (row: MetricRow) =>
    row.current !== undefined || row.compare !== undefined || row.reference !== undefined ? messages.format.longDate(row.date ?? addDays(startDate, row.day)) : messages.charts.empty;
  return (
    <div className={names.beside ? 'table-scroll chart-table chart-table-beside' : 'table-scroll chart-table'} role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {names.beside && <th scope="col">{messages.beside.dayShort}</th>}
            <th scope="col">{messages.charts.date}</th>
            <th scope="col">{names.current}</th>
            {names.compare && <th scope="col">{names.compare}</th>}
            {names.reference && <th scope="col">{names.reference}</th>}
            {names.beside && <th scope="col">{names.beside}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            names.beside ? (
              <tr key={row.day} data-day={row.day}>
                <th scope="row" className="num">
                  {messages.format.number(row.day, 0)}
                </th>
                <td>{ownDate(row)}</td>
                <td className="num">{cell(row.current)}</td>
                {names.compare && <td className="num">{cell(row.compare)}</td>}
                {names.reference && <td className="num">{cell(row.reference)}</td>}
                <td className="num" data-beside-value={row.beside === undefined ? undefined : String(row.beside)}>
                  {cell(row.beside)}
                </td>
              </tr>
            ) : (
              <tr key={row.day}>
                <th scope="row">{messages.format.longDate(row.date!)}</th>
                <td className="num">{cell(row.current)}</td>
                {names.compare && <td className="num">{cell(row.compare)}</td>}
                {names.reference && <td className="num">{cell(row.reference)}</td>}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

/** A metric's card: what it measures, its value now, the chart or its table, and the source. */
export const MetricCard = memo(function MetricCard({ metric, value, rows, current, compare, reference, beside, startDate, source, besideSource, names }: Props) {
  const [asTable, setAsTable] = useState(false);
  const cardRef = useRef<HTMLElement>(null);
  const inView = useInView(cardRef);
  // A chart is drawn while it is in view, and once the keyboard reaches its stand-in before that:
  // the stand-in takes the focus in the chart's place, so Tab stops at every chart, and hands it on
  // once, when the chart is drawn (focus leaves the stand-in as it goes). Drawn for the keyboard, the
  // chart is then in view and stays drawn only while it is.
  const [reachedOutOfView, setReachedOutOfView] = useState(false);
  const handFocusOn = useRef(false);
  if (inView && reachedOutOfView) setReachedOutOfView(false);
  const headingId = `metric-${metric.id}`;
  const drawn = inView || reachedOutOfView;
  const onDrawn = useCallback((box: HTMLElement) => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (handFocusOn.current && focusLost) box.focus();
    handFocusOn.current = false;
  }, []);
  const standIn = (
    <div
      className="chart-placeholder"
      role="group"
      tabIndex={0}
      aria-label={messages.charts.readByDay(metric.label)}
      aria-busy={drawn || undefined}
      onFocus={() => {
        handFocusOn.current = true;
        // A transition keeps the focused stand-in on screen while the chart's code loads.
        startTransition(() => setReachedOutOfView(true));
      }}
      onBlur={(event) => {
        // Focus moved on to something else: the chart drawn later must not take it back.
        if (event.relatedTarget !== null) handFocusOn.current = false;
      }}
    />
  );
  const chart = (
    <Suspense fallback={standIn}>
      {drawn ? (
        <MetricLineChart metric={metric} current={current} compare={compare} reference={reference} beside={beside} startDate={startDate} names={names} onDrawn={onDrawn} />
      ) : (
        standIn
      )}
    </Suspense>
  );
  return (
    <figure ref={cardRef} className="metric-card" aria-labelledby={headingId}>
      <div className="metric-head">
        <h3 id={headingId}>
          {metric.label}
          {metric.unit && <span className="unit">, {metric.unit}</span>}
        </h3>
        {value !== undefined && (
          <p className="readout" data-metric={metric.id} data-value={String(value)}>
            {messages.format.number(valueForPeople(metric, value), metric.decimals)}
            <span className="visually-hidden"> {metric.unit}</span>
          </p>
        )}
      </div>
      <p className="metric-description">{metric.description}</p>
      {asTable ? <MetricTable metric={metric} rows={rows} names={names} startDate={startDate} /> : chart}
      <figcaption className="source-line">
        {metric.estimate ? (
          <>
            <span className="badge badge-estimate">{messages.charts.estimate}</span> {messages.charts.basedOn}: <EvidenceBadge kind={metric.kind} /> {source}
          </>
        ) : (
          <>
            <EvidenceBadge kind={metric.kind} /> {messages.charts.source}: {source}
          </>
        )}
        {besideSource && <span className="beside-source"> {besideSource}</span>}
      </figcaption>
      <button type="button" className="link-button table-toggle" onClick={() => setAsTable((t) => !t)}>
        {asTable ? messages.charts.showChart : messages.charts.showTable}
        <span className="visually-hidden">: {metric.label}</span>
      </button>
    </figure>
  );
});
