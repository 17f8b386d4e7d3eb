/**
 * The dated record behind the `history` preset, written as events on their days: the path and its
 * events' step numbers are built from it (`historyOf`), with days passing filled in between, so a
 * date is written once and a step number is never counted by hand.
 */

/** One event of the record: the move it is, on its day, with its own dated reports. */
export interface DatedEvent {
  /** ISO date of the event. */
  date: string;
  /** The move, with its outcome for an uncertain one (`move:outcome`). */
  move: string;
  sources: readonly string[];
  /** The record's own account, where the move's sentence would say less. */
  narrative?: string;
}

const DAY_MS = 86_400_000;
const dayOf = (start: string, date: string) => (Date.UTC(...ymd(date)) - Date.UTC(...ymd(start))) / DAY_MS;
function ymd(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m - 1, d];
}

/** Weeks, then days, to pass `days`. */
const passing = (days: number): string[] => [...Array<string>(Math.floor(days / 7)).fill('time.week'), ...Array<string>(days % 7).fill('time.day')];

/**
 * The `history` preset's path and events from the record, from `start` (day 0). An event is dated
 * by the day its move ends, as the engine dates a step: a move that takes days (a day's sessions, a
 * week's recess, a `time.day` marking a day passing) begins that many days before. `daysOf` gives
 * the days a move itself takes.
 */
export function historyOf(start: string, events: readonly DatedEvent[], daysOf: (moveId: string) => number) {
  const path: string[] = [];
  const steps: Array<{ step: number; sources: readonly string[]; narrative?: string }> = [];
  let day = 0;
  for (const event of events) {
    const moveId = event.move.split(':')[0]!;
    const target = dayOf(start, event.date) - daysOf(moveId);
    if (target < day) throw new Error(`record: ${event.date} (${event.move}) comes before day ${day} already reached`);
    path.push(...passing(target - day), event.move);
    day = target + daysOf(moveId);
    steps.push({ step: path.length, sources: event.sources, ...(event.narrative ? { narrative: event.narrative } : {}) });
  }
  return { path, events: steps };
}
