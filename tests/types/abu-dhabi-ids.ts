/**
 * Compile-time laws (checked by `npm run typecheck`, part of `npm test`): a misspelt move, outcome,
 * parameter or effect of the Abu Dhabi data is a type error. Each `@ts-expect-error` fails the
 * typecheck if the line below it ever compiles, so these cannot pass by accident.
 */
import type { ModelEvent } from '@/machines/abu-dhabi-2026/model-1/machine';
import type { ModelEffects, ModelParams, OutcomeId } from '@/machines/abu-dhabi-2026/model-1/rules';

export const aMove: ModelEvent = { type: 'truce.sign', outcome: 'signed' };
// @ts-expect-error: no such move
export const misspeltMove: ModelEvent = { type: 'truce.sing' };
// @ts-expect-error: an outcome of another move (`terms.propose-freeze`), not of this one
export const outcomeOfAnotherMove: ModelEvent = { type: 'truce.sign', outcome: 'rejected' };
// @ts-expect-error: a move with a certain result takes no outcome
export const outcomeOfCertainMove: ModelEvent = { type: 'us.pressure-russia', outcome: 'signed' };

export const roundOutcome: OutcomeId<'talks.round'> = 'framework';
// @ts-expect-error: rounds end in a framework, an exchange, progress, a stall or a breakdown
export const misspeltRoundOutcome: OutcomeId<'talks.round'> = 'frameworks';

export const readParameter = (params: ModelParams) => params.energyTruceDays;
// @ts-expect-error: no such parameter
export const misspeltParameter = (params: ModelParams) => params.energyTruceDay;

export const readEffect = (effects: ModelEffects) => effects.truceRefusedMomentum;
// @ts-expect-error: no such effect
export const misspeltEffect = (effects: ModelEffects) => effects.truceRefusedMomentun;
