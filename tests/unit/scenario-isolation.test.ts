/**
 * A scenario is one folder and a registry line: no file outside a scenario's folder names one of its
 * parties, moves, metrics, parameters, effects or states. This reads the source of the app, the
 * engine, the contract and the proxy for string literals that are such a name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StateNodeLike } from '@/lib/workbench/state-map';
import { OUTCOMES } from '@/machines/scenario';
import { lawScenarios } from '@/tests/support/scenarios';

const root = join(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx|js|mjs|css)$/.test(name) ? [path] : [];
  });
}

/** Every file but the scenarios' own folders: the app, the engine, the contract beside the registry, the proxy. */
const generic = [
  ...filesUnder(join(root, 'app')),
  ...filesUnder(join(root, 'lib')),
  ...readdirSync(join(root, 'machines'))
    .filter((name) => /\.ts$/.test(name) && name !== 'registry.ts')
    .map((name) => join(root, 'machines', name)),
  join(root, 'proxy.ts'),
  join(root, 'next.config.js'),
];

/** The contents of the string literals in a source text ('…', "…", and `…` without interpolation). */
const literalsIn = (text: string): string[] => [...text.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`$]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3]!);

/**
 * Names every scenario may share with the generic code: the outcomes (final states are named after
 * them), and words the generic code uses in their own sense — XState's `active` status, `none` in
 * CSS, SVG and the Content-Security-Policy, and `idle`, a state of the workbench's session actor.
 */
const SHARED = new Set<string>([...OUTCOMES, 'active', 'none', 'idle']);

function stateKeys(node: StateNodeLike): string[] {
  return Object.values(node.states).flatMap((child) => [child.key, ...stateKeys(child)]);
}

describe.each(await lawScenarios())('scenario %s', (_id, scenario) => {
  it('is named by no file outside its folder', () => {
    const { data } = scenario;
    const states = new Set(stateKeys(scenario.machine.root).filter((key) => !SHARED.has(key)));
    const names = new Set([
      ...data.parties.map((p) => p.id),
      ...data.moves.map((m) => m.id),
      ...data.metrics.map((m) => m.id),
      ...data.parameters.map((p) => p.id),
      ...data.effects.map((e) => e.id),
      ...states,
    ]);
    // A dotted literal made only of state keys names a state by its path (`truce.inForce`).
    const namesOne = (literal: string) => names.has(literal) || (literal.includes('.') && literal.split('.').every((part) => states.has(part)));
    const named = generic.flatMap((file) =>
      literalsIn(readFileSync(file, 'utf8'))
        .filter(namesOne)
        .map((literal) => `${relative(root, file)}: '${literal}'`),
    );
    expect(named).toEqual([]);
  });
});
