/** A statechart's states as dotted paths, for the tests that check every state can be reached. */
import type { AnyMachineSnapshot, StateNode, StateValue } from 'xstate';

/** Dotted paths of every leaf of a state value, e.g. `negotiating.truce.inForce`. */
function leafPaths(value: StateValue, prefix: string[] = []): string[] {
  if (typeof value === 'string') return [[...prefix, value].join('.')];
  return Object.entries(value).flatMap(([key, child]) => (child === undefined ? [] : leafPaths(child, [...prefix, key])));
}

/** Dotted paths of every state node below the root. */
export function statePaths(node: StateNode, prefix: string[] = []): string[] {
  return Object.entries(node.states).flatMap(([key, child]) => [[...prefix, key].join('.'), ...statePaths(child, [...prefix, key])]);
}

/** Every state a snapshot is in: each leaf and all its ancestors. */
export function statesOf(snapshot: AnyMachineSnapshot): string[] {
  return leafPaths(snapshot.value).flatMap((leaf) => leaf.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.')));
}
