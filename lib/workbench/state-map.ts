/**
 * The state map: a statechart's regions and their states, with the active ones marked, so a person
 * can see where the negotiation stands. Walks the machine's state-node tree; knows nothing of any
 * particular scenario.
 */
import type { StateValue } from 'xstate';

/** The parts of an XState state node the map reads. */
export interface StateNodeLike {
  key: string;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  /** Keys from the root to this node. */
  path: readonly string[];
  description?: string;
  /** The scenario's name for the state (`StateMeta`). */
  meta?: { label?: string };
  states: Readonly<Record<string, StateNodeLike>>;
}

/** A state of the chart, as the map shows it. */
export interface ChartState {
  key: string;
  /** Dotted path from the root, e.g. `<stage>.<region>.<state>`. */
  id: string;
  /** The state's name, as the scenario gives it. */
  label: string;
  description: string | null;
  /** A final state: how the negotiation ended. */
  final: boolean;
}

export interface MapState extends ChartState {
  active: boolean;
}

/** A region of the chart: a compound state's child states. */
export interface ChartRegion<TState extends ChartState = ChartState> {
  /** Dotted path of the region's node; '' for the root. */
  id: string;
  /** The region's name, as the scenario gives it (e.g. "Energy truce"). */
  label: string;
  states: TState[];
}

export type MapRegion = ChartRegion<MapState>;

/** Every dotted path active in a state value: for `{ a: { b: 'c' } }`, `a`, `a.b` and `a.b.c`. */
export function activePaths(value: StateValue, prefix: readonly string[] = []): Set<string> {
  const paths = new Set<string>();
  const visit = (v: StateValue, at: readonly string[]) => {
    if (typeof v === 'string') {
      paths.add([...at, v].join('.'));
      return;
    }
    for (const [key, child] of Object.entries(v)) {
      paths.add([...at, key].join('.'));
      if (child !== undefined) visit(child, [...at, key]);
    }
  };
  visit(value, prefix);
  return paths;
}

/**
 * Whether a running state value is in each state a name gives by its path below the running stage
 * (`<region>.<state>`, `<group>.<region>.<state>`), as prompts and narratives name states; the
 * active paths are worked out once for all the names asked about. A final state is in none of them.
 */
export function stateMatcher(value: StateValue): (when: string) => boolean {
  if (typeof value === 'string') return () => false;
  const active = [...activePaths(value)];
  return (when) => active.some((path) => path === when || path.endsWith(`.${when}`));
}

/** A node's name for people: its label, else (for a chart that gives none) its key. */
const labelOf = (node: StateNodeLike): string => node.meta?.label ?? node.key;

/**
 * The regions of the chart rooted at `root`, in document order: each compound node is a region of
 * its child states; parallel nodes only group regions. Plain data, the same for every state value.
 */
export function chartRegions(root: StateNodeLike): ChartRegion[] {
  const regions: ChartRegion[] = [];
  const visit = (node: StateNodeLike) => {
    const children = Object.values(node.states).filter((child) => child.type !== 'history');
    if (node.type === 'compound') {
      regions.push({
        id: node.path.join('.'),
        label: labelOf(node),
        states: children.map((child) => ({
          key: child.key,
          id: child.path.join('.'),
          label: labelOf(child),
          description: child.description ?? null,
          final: child.type === 'final',
        })),
      });
    }
    for (const child of children) visit(child);
  };
  visit(root);
  return regions;
}

/** The chart's regions with the states active in `value` marked. */
export function markActive(regions: readonly ChartRegion[], value: StateValue): MapRegion[] {
  const active = activePaths(value);
  return regions.map((region) => ({ ...region, states: region.states.map((state) => ({ ...state, active: active.has(state.id) })) }));
}
