/**
 * Discussion prompts for the situation shown. A prompt's `when` names an outcome (`armistice`), a
 * state in a region by its path below the running stage (`<region>.<state>`, `<group>.<region>.<state>`) or `start`.
 */
import type { StateValue } from 'xstate';
import { inState } from './state-map';

export interface Prompt {
  when: string;
  question: string;
}

/** The prompts that fit a state value at a step: outcomes first, then states, then `start` at step 0. */
export function promptsFor(prompts: readonly Prompt[], value: StateValue, step: number): Prompt[] {
  const ended = typeof value === 'string';
  return [
    ...prompts.filter((p) => ended && p.when === value),
    ...prompts.filter((p) => !ended && p.when !== 'start' && inState(value, p.when)),
    ...prompts.filter((p) => step === 0 && p.when === 'start'),
  ];
}
