'use client';
import { useMemo } from 'react';

/**
 * The numbers given, as the very same array for as long as they are unchanged: compared as one
 * joined string, so an axis whose ticks are unchanged keeps the very same props.
 */
export function useStableNumbers(values: readonly number[]): number[] {
  const joined = values.join(',');
  return useMemo(() => joined.split(',').map(Number), [joined]);
}
