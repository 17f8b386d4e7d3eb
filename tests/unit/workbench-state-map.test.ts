import { coreEn } from '@/lib/i18n/core-messages';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '@/tests/support/scenarios';
import { initialSnapshot, replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { parsePath } from '@/lib/sim/path';
import { chartRegions, markActive } from '@/lib/workbench/state-map';
import { lawScenarios } from '@/tests/support/scenarios';

const scenario = await requireScenario('abu-dhabi-2026');
const params = resolveParams(scenario.data, {});
if (!params.ok) throw new Error(coreEn.simError(params.error));
const root = scenario.machine.root;

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
    expect(truce.label).toBe('Energy truce');
    expect(truce.states.map((s) => s.key)).toEqual(['none', 'proposed', 'inForce', 'lapsing', 'expired', 'broken']);
    expect(truce.states.every((s) => s.description)).toBe(true);
  });

  it('marks exactly one active state in every region of the stage the talks are in while they go on, and none in a deal’s', () => {
    const regions = stateMap(initialSnapshot(scenario, params.value).value);
    const running = regions.filter((r) => r.id === '' || r.id.startsWith('negotiating'));
    for (const region of running) expect(region.states.filter((s) => s.active), region.id).toHaveLength(1);
    // A signed deal's own states (holding, broken down) wait until one is signed.
    const ofADeal = regions.filter((r) => r.id === 'armistice' || r.id === 'agreement');
    expect(ofADeal.map((r) => r.states.filter((s) => s.active).length)).toEqual([0, 0]);
    expect(activeIds(initialSnapshot(scenario, params.value).value)).toContain('negotiating.talks.idle');
  });

  it('follows the snapshot: a signed truce shows as in force', () => {
    const steps = parsePath('truce.propose,truce.sign:signed', scenario.data);
    if (!steps.ok) throw new Error(coreEn.simError(steps.error));
    const { snapshot } = replay(scenario, steps.value, params.value);
    expect(activeIds(snapshot.value)).toEqual(expect.arrayContaining(['negotiating.truce.inForce', 'negotiating.strikes.onUkraine.paused']));
  });

  it('shows an ended negotiation as its final state with no region below it active', () => {
    const ids = activeIds('collapse');
    expect(ids).toEqual(['collapse']);
    const top = stateMap('collapse')[0]!;
    expect(top.states.find((s) => s.key === 'collapse')).toMatchObject({ active: true, final: true });
  });

  it('names regions and states as the statechart labels them', () => {
    const regions = stateMap(initialSnapshot(scenario, params.value).value);
    const byId = new Map(regions.map((r) => [r.id, r]));
    expect(byId.get('')!.label).toBe('Stage');
    expect(byId.get('negotiating.strikes.onUkraine')!.label).toBe('Strikes on Ukraine’s energy');
    expect(byId.get('negotiating.truce')!.states.find((s) => s.key === 'inForce')!.label).toBe('in force');
    expect(byId.get('negotiating.territory.donetsk')!.states.find((s) => s.key === 'underDiscussion')!.label).toBe('under discussion');
  });
});

describe.each(await lawScenarios())('scenario %s: the state map', (_id, registered) => {
  it('has a label for every region and every state, and no two states of a region share one', () => {
    for (const region of chartRegions(registered.machine.root)) {
      const labels = region.states.map((s) => s.label);
      expect(region.label.trim(), region.id).not.toBe('');
      // A label the chart did not give falls back to the key: every state names itself in `meta.label`.
      const given = (id: string) => registered.machine.getStateNodeById(`${registered.machine.id}.${id}`).meta?.label;
      for (const state of region.states) expect(given(state.id), state.id).toBe(state.label);
      expect(new Set(labels).size, region.id).toBe(labels.length);
    }
  });
});
