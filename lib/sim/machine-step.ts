/**
 * Pure statechart steps without XState's per-call set-up. `transition()` and `initialTransition()`
 * build a throwaway actor for every call, and building it computes the machine's initial state:
 * more than half the cost of a step. A scenario's actions are all pure (assignments and internal
 * events), so one inert scope per machine, made once, serves every step; a differential test
 * (tests/unit/machine-step.test.ts) checks these give exactly what `transition()` gives.
 */
import { createActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';

const scopes = new WeakMap<AnyStateMachine, AnyActorScope>();

const ignore = () => {};

function inertScope(machine: AnyStateMachine, input: unknown): AnyActorScope {
  let scope = scopes.get(machine);
  if (!scope) {
    // Never started, so it runs nothing; it is there because guards and actions are handed `self`.
    const self = createActor(machine, { input });
    scope = { self, id: '', sessionId: '', system: self.system, logger: ignore, defer: ignore, emit: ignore, stopChild: ignore, actionExecutor: ignore };
    scopes.set(machine, scope);
  }
  return scope;
}

/** The machine's initial snapshot for this input; equals `initialTransition(machine, input)[0]`. */
export function startSnapshot(machine: AnyStateMachine, input: unknown): AnyMachineSnapshot {
  return machine.getInitialSnapshot(inertScope(machine, input), input);
}

/**
 * The snapshot after `event`; equals `transition(machine, snapshot, event)[0]`. The snapshot must
 * come from `startSnapshot` (or a step from one), which made the machine's scope.
 */
export function nextSnapshot(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EventObject): AnyMachineSnapshot {
  const scope = scopes.get(machine);
  if (!scope) throw new Error('nextSnapshot: start the machine with startSnapshot first');
  return machine.transition(snapshot, event, scope);
}
