import { describe, expect, it } from 'vitest';
import { findScenario } from '@/machines/registry';
import { initialSnapshot, replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { parsePath } from '@/lib/sim/path';
import { chartRegions, keyToWords, markActive, properNounsIn, type StateNodeLike } from '@/lib/workbench/state-map';

const scenario = findScenario('abu-dhabi-2026')!;
const params = resolveParams(scenario.data, {});
if (!params.ok) throw new Error(params.error.message);
const root = scenario.machine.root as unknown as StateNodeLike;

const stateMap = (value: Parameters<typeof markActive>[1]) => markActive(chartRegions(root), value);
const activeIds = (value: Parameters<typeof markActive>[1]) =>
  stateMap(value).flatMap((region) => region.states.filter((s) => s.active).map((s) => s.id));

describe('state map', () => {
  it('lists every region of the statechart with its states', () => {
    const regions = stateMap(initialSnapshot(scenario, params.value).value);
    const ids = regions.map((r) => r.id);
    for (const region of ['negotiating.talks', 'negotiating.truce', 'negotiating.strikes.onUkraine', 'negotiating.territory.donetsk']) {
      expect(ids).toContain(region);
    }
    const truce = regions.find((r) => r.id === 'negotiating.truce')!;
    expect(truce.names).toEqual(['truce']);
    expect(truce.states.map((s) => s.key)).toEqual(['none', 'proposed', 'inForce', 'expired', 'broken']);
    expect(truce.states.every((s) => s.description)).toBe(true);
  });

  it('marks exactly one active state in every region while the talks go on', () => {
    const regions = stateMap(initialSnapshot(scenario, params.value).value);
    for (const region of regions) expect(region.states.filter((s) => s.active)).toHaveLength(1);
    expect(activeIds(initialSnapshot(scenario, params.value).value)).toContain('negotiating.talks.idle');
  });

  it('follows the snapshot: a signed truce shows as in force', () => {
    const steps = parsePath('truce.propose,truce.sign:signed', scenario.data);
    if (!steps.ok) throw new Error(steps.error.message);
    const { snapshot } = replay(scenario, steps.value, params.value);
    expect(activeIds(snapshot.value)).toEqual(expect.arrayContaining(['negotiating.truce.inForce', 'negotiating.strikes.onUkraine.paused']));
  });

  it('shows an ended negotiation as its final state with no region below it active', () => {
    const ids = activeIds('collapse');
    expect(ids).toEqual(['collapse']);
    const top = stateMap('collapse')[0]!;
    expect(top.states.find((s) => s.key === 'collapse')).toMatchObject({ active: true, final: true });
  });

  it('spells state keys as words, keeping proper nouns', () => {
    expect(keyToWords('underDiscussion')).toBe('under discussion');
    expect(keyToWords('onUkraine', ['Ukraine'])).toBe('on Ukraine');
    expect(keyToWords('donetsk', ['Donetsk'])).toBe('Donetsk');
  });

  it('finds proper nouns in running text but not capitals that open a sentence', () => {
    expect(properNounsIn(['The talks in Abu Dhabi. Then Moscow asked for Donetsk.'])).toEqual(['Abu', 'Dhabi', 'Moscow', 'Donetsk']);
  });
});
