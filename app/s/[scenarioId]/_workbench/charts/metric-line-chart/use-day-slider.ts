'use client';
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { dayAfterKey } from '@/lib/charts/axis';

/**
 * The day read out, and the keys that move it: the chart's box is a slider over the days for the
 * keyboard. The arrow keys move the read-out a day, Page Up and Page Down a week, Home and End to the
 * first and last day with a value; Escape hides it. `first` to `last` are the days that can be read;
 * with no day pointed at, the slider rests on `resting`.
 */
export function useDaySlider(first: number, last: number, resting: number) {
  const [chosenDay, point] = useState<number | null>(null);
  // A day pointed at stays pointed at as the paths change, within the days that can be read.
  const pointedDay = chosenDay === null ? null : Math.min(last, Math.max(first, chosenDay));
  const day = pointedDay ?? resting;
  const keys = {
    onFocus: (event: FocusEvent<HTMLElement>) => {
      if (event.currentTarget.matches(':focus-visible')) point(day);
    },
    onBlur: () => point(null),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      // Keys with a modifier are the browser's (Alt + ← goes back).
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const to = event.key === 'Escape' ? null : dayAfterKey(event.key, day, first, last);
      if (to === null && event.key !== 'Escape') return;
      event.preventDefault();
      point(to);
    },
  };
  return { pointedDay, day, point, keys };
}
