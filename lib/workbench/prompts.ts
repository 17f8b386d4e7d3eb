/**
 * Discussion prompts for the situation shown. A prompt's `when` names an outcome (`armistice`), a
 * state in a region by its path below the running stage (`<region>.<state>`, `<group>.<region>.<state>`) or `start`.
 */
import type { StateValue } from 'xstate';
import { OUTCOMES, type Outcome } from '@/machines/scenario';
import { activePaths, stateMatcher } from './state-map';

export interface Prompt {
  when: string;
  question: string;
}

/**
 * The prompts that fit a state value at a step: outcomes first (a final state, or a deal signed whose
 * story goes on), then states, then `start` at step 0.
 */
export function promptsFor(prompts: readonly Prompt[], value: StateValue, step: number): Prompt[] {
  const active = typeof value === 'string' ? new Set([value]) : activePaths(value);
  const endedIn = OUTCOMES.find((outcome: Outcome) => active.has(outcome));
  const inState = stateMatcher(value);
  return [
    ...prompts.filter((p) => endedIn !== undefined && p.when === endedIn),
    ...prompts.filter((p) => endedIn === undefined && p.when !== 'start' && inState(p.when)),
    ...prompts.filter((p) => step === 0 && p.when === 'start'),
  ];
}
