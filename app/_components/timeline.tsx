'use client';
import { useEffect, useRef } from 'react';
import type { Scenario } from '../../machines/scenario';
import type { StepRecord } from '../../lib/sim/engine';
import { formatLongDate, formatShortDate } from '../../lib/charts/format';
import { messages } from './messages';

interface Props {
  scenario: Scenario;
  records: readonly StepRecord[];
  shownStep: number;
  onShow: (step: number) => void;
}

/** Every step of the current branch with its date; clicking one goes back (or forward) to it. */
export function Timeline({ scenario, records, shownStep, onShow }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const moves = new Map(scenario.data.moves.map((m) => [m.id, m]));

  // Keep the step shown in view inside the strip without scrolling the page.
  useEffect(() => {
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!list || !item) return;
    const left = item.offsetLeft - list.offsetLeft;
    if (left < list.scrollLeft || left + item.offsetWidth > list.scrollLeft + list.clientWidth) {
      list.scrollLeft = left - list.clientWidth / 2 + item.offsetWidth / 2;
    }
  }, [shownStep, records.length]);

  return (
    <nav className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{messages.timeline.heading}</h2>
      <ol ref={listRef} className="timeline-steps">
        {records.map((record) => {
          const move = record.move ? moves.get(record.move) : undefined;
          const outcome = move?.outcomes?.find((o) => o.id === record.moveOutcome);
          const label = move ? (outcome ? `${move.label}: ${outcome.label}` : move.label) : messages.timeline.start;
          return (
            <li key={record.step} className={record.step > shownStep ? 'later' : undefined} data-party={move?.party}>
              <button
                type="button"
                data-timeline-step={record.step}
                aria-current={record.step === shownStep ? 'step' : undefined}
                onClick={() => onShow(record.step)}
              >
                {/* The name a screen reader hears contains the visible text (WCAG 2.5.3), with the
                    full date and whether the step lies later on the branch added unseen. */}
                <span className="visually-hidden">{messages.timeline.goTo} </span>
                <span className="timeline-date">
                  {record.step} · <time dateTime={record.date} title={formatLongDate(record.date)}>{formatShortDate(record.date)}</time>
                </span>
                <span className="timeline-move">{label}</span>
                {record.step > shownStep && <span className="visually-hidden"> ({messages.timeline.later})</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
