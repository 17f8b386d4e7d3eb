/**
 * Axis scales for the small multiples, computed here rather than by the chart library: the ticks
 * are the same on every render of the same data, and sparing the library its own tick search keeps
 * a move's re-render cheap.
 */

export interface Scale {
  domain: [number, number];
  ticks: number[];
}

/** A "nice" step (1, 2 or 5 times a power of ten) giving about `count` intervals over `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * A value axis covering every value, with round ticks at its ends and about `count` intervals.
 * Flat data gets a unit-wide axis around the value so the line sits mid-chart.
 */
export function valueScale(values: readonly number[], count = 3): Scale {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  // Differences below a billionth of the values are rounding noise, not a trend worth an axis.
  if (max - min <= 1e-9 * Math.max(1, Math.abs(max), Math.abs(min))) {
    const pad = Math.abs(min) >= 1 ? niceStep(Math.abs(min), 10) : 1;
    [min, max] = [min - pad, max + pad];
  }
  const step = niceStep(max - min, count);
  const low = Math.floor(min / step) * step;
  const high = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision so ticks read 0.1, not 0.30000000000000004.
  const digits = Math.min(20, Math.max(0, -Math.floor(Math.log10(step))));
  for (let t = low; t <= high + step / 2; t += step) ticks.push(Number(t.toFixed(digits)));
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}

/**
 * A day axis from the first to the last day, with ticks at both ends and up to `inner` evenly
 * between. With `unit`, the axis ends on the first whole multiple of `unit` days from the first day
 * at or after the last day, so a path growing day by day changes the axis only once per unit.
 */
export function dayScale(days: readonly number[], inner = 1, unit = 1): Scale {
  if (days.length === 0) return { domain: [0, 1], ticks: [0] };
  const first = Math.min(...days);
  const last = first + Math.ceil((Math.max(...days) - first) / unit) * unit;
  if (first === last) return { domain: [first, first + 1], ticks: [first] };
  const ticks = [first];
  for (let i = 1; i <= inner; i += 1) {
    const day = Math.round(first + ((last - first) * i) / (inner + 1));
    if (day > ticks.at(-1)! && day < last) ticks.push(day);
  }
  ticks.push(last);
  return { domain: [first, last], ticks };
}

/** A day axis laid out across the plot: days `first`–`last` over `width` pixels from `left`. */
export interface DaySpan {
  first: number;
  last: number;
  left: number;
  width: number;
}

/** Where `day` is drawn on the span (`last` > `first`, as `dayScale` makes them). */
export function xOfDay(span: DaySpan, day: number): number {
  return span.left + ((day - span.first) * span.width) / (span.last - span.first);
}

/** The day drawn nearest to `x`, within the span's days. */
export function dayAtX(span: DaySpan, x: number): number {
  const day = Math.round(span.first + ((x - span.left) * (span.last - span.first)) / span.width);
  return Math.min(span.last, Math.max(span.first, day));
}

/** Days a key moves a chart's read-out by: a day, a week, or to either end; null for other keys. */
export function dayAfterKey(key: string, day: number, first: number, last: number): number | null {
  const to = { ArrowRight: day + 1, ArrowUp: day + 1, ArrowLeft: day - 1, ArrowDown: day - 1, PageUp: day + 7, PageDown: day - 7, Home: first, End: last }[key];
  return to === undefined ? null : Math.min(last, Math.max(first, to));
}
