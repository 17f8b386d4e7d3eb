/**
 * One place per rule: what a notable move requires, each condition paired with the sentence that
 * says why the move cannot be taken while it is unmet. A scenario's statechart turns the conditions
 * into guards (`requirementGuards`) and the engine's explanation tests the same conditions on a
 * snapshot (`unmetRequirement`), so the sentence can never drift from the rule.
 */
import { and, not, or, stateIn, type EventObject, type GuardPredicate, type MachineContext, type StateValue } from 'xstate';

/** Where the model stands, as rules read it: its context, and whether it is in a state (`snapshot.matches`). */
export interface ModelView<TContext> {
  context: TContext;
  matches(state: StateValue): boolean;
}

/**
 * One condition a move needs: to be in one of some states (state values of the whole chart, as
 * `snapshot.matches` and XState's `stateIn` read them), in none of them, or a fact about the context.
 */
export type Condition<TContext> = { in: readonly StateValue[] } | { notIn: readonly StateValue[] } | { holds: (context: TContext) => boolean };

export interface Requirement<TContext> {
  test: Condition<TContext>;
  /** Why the move cannot be taken while the condition is unmet, as one sentence. */
  whyNot: string;
}

/** A scenario's requirements by move id, in the order a person should hear about what is missing. */
export type Requirements<TMoveId extends string, TContext> = Partial<Record<TMoveId, readonly Requirement<TContext>[]>>;

/** The view of a snapshot the rules read. */
export function viewOf<TContext>(snapshot: { context: TContext; matches(state: never): boolean }): ModelView<TContext> {
  // A scenario's snapshot types `matches` by its own state values; rules give whole-chart values.
  const matches = snapshot.matches.bind(snapshot) as (state: StateValue) => boolean;
  return { context: snapshot.context, matches };
}

/** Whether a condition holds where the model stands. */
export function meets<TContext>(view: ModelView<TContext>, test: Condition<TContext>): boolean {
  if ('holds' in test) return test.holds(view.context);
  const inOne = ('in' in test ? test.in : test.notIn).some((state) => view.matches(state));
  return 'in' in test ? inOne : !inOne;
}

/** Why a move cannot be taken now: the first of its requirements that is unmet; null when none is. */
export function unmetRequirement<TMoveId extends string, TContext>(
  requirements: Requirements<TMoveId, TContext>,
  view: ModelView<TContext>,
  moveId: TMoveId,
): string | null {
  return requirements[moveId]?.find((r) => !meets(view, r.test))?.whyNot ?? null;
}

/**
 * Guards built from a scenario's requirements, typed for its machine. They name no implementation
 * (`never`), being made of `stateIn` and functions, so they fit any of its transitions; XState's `and`
 * cannot infer the machine's types from guards built apart from its config, so they are given here.
 */
export function requirementGuards<TContext extends MachineContext, TEvent extends EventObject, TMoveId extends string>(
  requirements: Requirements<TMoveId, TContext>,
) {
  type Guard = GuardPredicate<TContext, TEvent, unknown, never>;
  // `stateIn` leaves the implementation it names open (`any`); it names none.
  const inState = (state: StateValue) => stateIn<TContext, TEvent, unknown>(state) as Guard;
  const anyOf = (states: readonly StateValue[]): Guard => (states.length === 1 ? inState(states[0]!) : or(states.map(inState)));
  const guardOf = (test: Condition<TContext>): Guard =>
    'in' in test ? anyOf(test.in) : 'notIn' in test ? not(anyOf(test.notIn)) : ({ context }) => test.holds(context);
  const all = (guards: readonly Guard[]): Guard => and<TContext, TEvent, Guard[]>([...guards]);
  return {
    /** In one of these states. */
    anyOf,
    all,
    /** The guard of a notable move: all its requirements met. */
    requires: (moveId: TMoveId): Guard => all((requirements[moveId] ?? []).map((r) => guardOf(r.test))),
  };
}
