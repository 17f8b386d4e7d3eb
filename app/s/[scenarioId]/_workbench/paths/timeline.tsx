'use client';
import { memo, useEffect, useRef } from 'react';
import type { Scenario } from '@/machines/scenario';
import type { StepRecord } from '@/lib/sim/engine';
import type { RecordSpan } from '@/lib/workbench/record';
import { partyColour } from '@/app/_components/party-swatch';
import { messages } from '@/app/_i18n/messages';

interface Props {
  scenario: Scenario;
  records: readonly StepRecord[];
  shownStep: number;
  /** How far the branch follows the record. */
  span: RecordSpan;
  onShow: (step: number) => void;
}

/**
 * A card along the strip, in px of its scrolled content: `start` is the scroll offset that puts the
 * card at the strip's left inset, `end` the offset of its right edge plus that inset, so the card is
 * whole in a strip `width` wide scrolled to `left` when `left <= start` and `end <= left + width`.
 */
interface CardExtent {
  start: number;
  end: number;
}

/** Scroll offsets closer than this are the same (layout rounds to fractions of a pixel). */
const SAME_PX = 0.5;

/**
 * Where the strip rests with card `keep` whole: its left edge on a card's start, so that no card in
 * view is cut at the left. It stays at `left` if that already holds; otherwise it goes to the card
 * start that keeps the card whole nearest to the aim: 'centre' brings the card as near the middle as
 * the cards allow, 'least' moves the strip the least. `tail` is the blank the strip needs after its
 * last card so that its far end, too, is a card's start (else showing the last step cuts the first).
 */
function stripRest(cards: readonly CardExtent[], keep: number, width: number, left: number, aim: 'centre' | 'least'): { left: number; tail: number } {
  const card = cards[keep];
  const last = cards.at(-1);
  if (!card || !last) return { left, tail: 0 };
  const naturalEnd = Math.max(0, last.end - width);
  const starts = cards.map((c) => c.start);
  const farEnd = starts.find((s) => s >= naturalEnd - SAME_PX) ?? naturalEnd;
  const tail = Math.max(0, farEnd - naturalEnd);
  const keepsWhole = (s: number) => s <= card.start + SAME_PX && s + width >= card.end - SAME_PX && s <= farEnd + SAME_PX;
  const rests = starts.filter(keepsWhole);
  if (rests.some((s) => Math.abs(s - left) < SAME_PX)) return { left, tail };
  const target = aim === 'centre' ? (card.start + card.end - width) / 2 : left;
  const nearest = rests.reduce((best, s) => (Math.abs(s - target) < Math.abs(best - target) ? s : best), rests[0] ?? card.start);
  return { left: nearest, tail };
}

/**
 * Measures the strip's cards and scrolls it to rest with `item` whole (see `stripRest`). Sets
 * `scrollLeft` rather than calling `scrollIntoView`, which would scroll the page as well.
 */
function restStrip(list: HTMLElement, item: Element | null | undefined, aim: 'centre' | 'least'): void {
  const items = [...list.children];
  const inset = parseFloat(getComputedStyle(list).paddingLeft) || 0;
  const origin = list.getBoundingClientRect().left + list.clientLeft - list.scrollLeft;
  const cards = items.map((li) => {
    const box = li.getBoundingClientRect();
    return { start: box.left - origin - inset, end: box.right - origin + inset };
  });
  const rest = stripRest(cards, item ? items.indexOf(item) : -1, list.clientWidth, list.scrollLeft, aim);
  list.style.setProperty('--timeline-tail', `${rest.tail}px`);
  if (Math.abs(rest.left - list.scrollLeft) >= SAME_PX) list.scrollLeft = rest.left;
}

const shownItem = (list: HTMLElement) => list.querySelector('[aria-current="step"]')?.closest('li');

/** Every step of the current branch with its date; clicking one goes back (or forward) to it. */
export const Timeline = memo(function Timeline({ scenario, records, shownStep, span, onShow }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const moves = new Map(scenario.data.moves.map((m) => [m.id, m]));
  const parties = new Map(scenario.data.parties.map((p) => [p.id, p]));

  // Keep the step shown whole inside the strip, on whole cards, also when the strip is resized.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    let rested = false;
    const rest = () => {
      // On a phone the strip is laid out only when it nears the screen (content-visibility: auto);
      // measuring it before would force that layout while the page starts.
      if (!list.checkVisibility({ contentVisibilityAuto: true })) return;
      restStrip(list, shownItem(list), rested ? 'least' : 'centre');
      rested = true;
    };
    rest();
    // Called too when the strip is first laid out.
    const resized = new ResizeObserver(rest);
    resized.observe(list);
    return () => resized.disconnect();
  }, [shownStep, records.length]);

  return (
    <nav className="timeline" aria-labelledby="timeline-heading">
      <div>
        <h2 id="timeline-heading">{messages.timeline.heading}</h2>
        {/* Says there is more than the few cards a phone shows at once; outside the heading, so the
            landmark's name does not change with every move. */}
        <p className="timeline-count">{messages.timeline.count(records.length - 1)}</p>
        <p className="timeline-record" data-record-steps={span.steps}>
          {messages.timeline.record({ ...span, pathLength: records.length - 1 })}
        </p>
      </div>
      <ol
        ref={listRef}
        className="timeline-steps"
        // A card reached with Tab comes whole into view first; the browser's own scrolling would stop
        // at the nearest card start, which may leave it cut. Mouse focus is left alone: moving the card
        // between press and release would lose the click.
        onFocus={(event) => {
          if (event.target.matches(':focus-visible')) restStrip(event.currentTarget, event.target.closest('li'), 'least');
        }}
      >
        {records.map((record) => {
          const move = record.move ? moves.get(record.move) : undefined;
          const outcome = move?.outcomes?.find((o) => o.id === record.moveOutcome);
          const label = move ? messages.timeline.step(move.label, outcome?.label ?? null) : messages.timeline.start;
          const party = move && parties.get(move.party);
          const hypothetical = record.step > span.steps;
          // The record's last step, when the path holds the whole record: the hypothetical begins after it.
          const recordEnd = span.steps === span.recordLength && record.step === span.steps;
          const classes = [record.step > shownStep && 'later', recordEnd && 'record-end'].filter(Boolean).join(' ');
          return (
            <li
              key={record.step}
              className={classes || undefined}
              data-party={party?.id}
              data-on-record={hypothetical ? 'false' : 'true'}
              style={party && partyColour(party)}
            >
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
                  {record.step} · <time dateTime={record.date} title={messages.format.longDate(record.date)}>{messages.format.shortDate(record.date)}</time>
                  {hypothetical && <span className="timeline-what-if"> · {messages.timeline.whatIf}</span>}
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
});
