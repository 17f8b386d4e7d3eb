import { coreEn } from '@/lib/i18n/core-messages';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '@/tests/support/scenarios';
import { askedModelVersion, pathInVersionAddress, readUrlState, startAddress, usableAddress } from '@/lib/share/address';
import { sessionAddress } from '@/lib/workbench/share';
import { openLinkCode, parseLinkAddress } from '@/lib/share/link';
import { showStep } from '@/lib/workbench/branch-tree';
import { createSession, withCompare, withTree } from '@/lib/workbench/session';
import type { PathStep } from '@/lib/sim/path';

const scenario = await requireScenario('abu-dhabi-2026');
const convene: PathStep = { move: 'talks.convene' };
const stalled: PathStep = { move: 'talks.round', outcome: 'stalled' };

/** What a share address opens, read back through the link reader (not through the address code). */
function opened(address: string) {
  const parsed = parseLinkAddress(address);
  if (!parsed.ok) throw new Error(coreEn.linkError(parsed.error));
  const link = openLinkCode(parsed.value.code, scenario);
  if (!link.ok) throw new Error(coreEn.linkError(link.error));
  return link.value.state;
}

describe('the workbench address', () => {
  it('reads a share code and the readable fields, taking the first of a repeated field', () => {
    expect(readUrlState({ l: 'abc', path: ['talks.convene', 'time.week'], seed: '7', step: undefined })).toEqual({
      code: 'abc',
      path: 'talks.convene',
      preset: null,
      seed: '7',
      step: null,
      model: null,
    });
  });

  it('an address that says nothing asks for nothing', () => {
    expect(readUrlState({})).toEqual({ code: null, path: null, preset: null, seed: null, step: null, model: null });
  });

  it('a session’s address opens its branch, seed, step and comparison', () => {
    const made = createSession(scenario, 7, [convene, stalled], 'Mine');
    const session = withCompare(withTree(made, showStep(made.tree, 1)), { kind: 'preset', id: 'history' });
    const address = sessionAddress(scenario, session)!;
    expect(address.startsWith('/s/abu-dhabi-2026?l=')).toBe(true);
    expect(opened(address)).toMatchObject({ path: [convene, stalled], seed: 7, step: 1, compare: { kind: 'preset', presetId: 'history' } });
  });

  it('the usable part of a broken link opens its first moves under its seed, at their end, compared with nothing', () => {
    const address = usableAddress(scenario, { path: [convene], seed: 9, params: {} })!;
    expect(opened(address)).toMatchObject({ path: [convene], seed: 9, step: null, compare: null });
  });

  it('the start address asks for the empty path', () => {
    const start = parseLinkAddress(startAddress('abu-dhabi-2026'));
    expect(start.ok && start.value).toEqual({ scenarioId: 'abu-dhabi-2026', code: null, readable: { path: '', preset: null, seed: null, step: null, model: null } });
  });
});

describe('the model version an address asks for', () => {
  const code = (modelVersion: number) => {
    const address = sessionAddress({ ...scenario, data: { ...scenario.data, modelVersion } }, createSession(scenario, 1, [convene], 'Mine'))!;
    return parseLinkAddress(address).ok ? new URL(address, 'http://x').searchParams.get('l')! : '';
  };

  it('is the version a link was made with, read before the link is decoded', () => {
    expect(askedModelVersion(readUrlState({ l: code(1) }))).toBe(1);
    expect(askedModelVersion(readUrlState({ l: code(7) }))).toBe(7);
  });

  it('is none for a damaged link, which the decoder then names', () => {
    const damaged = code(1).slice(0, -1) + (code(1).endsWith('a') ? 'b' : 'a');
    expect(askedModelVersion(readUrlState({ l: damaged }))).toBeNull();
  });

  it('is the one model=N names on a readable address, and none for text that is not a version', () => {
    expect(askedModelVersion(readUrlState({ model: '2', path: 'talks.convene' }))).toBe(2);
    expect(askedModelVersion(readUrlState({ model: 'two' }))).toBeNull();
    expect(askedModelVersion(readUrlState({}))).toBeNull();
  });

  it('a path opened in another version is a readable address of that version with the same seed and step', () => {
    const address = pathInVersionAddress('abu-dhabi-2026', 2, [convene, stalled], 7, 1);
    const parsed = parseLinkAddress(address);
    expect(parsed.ok && parsed.value.readable).toEqual({ path: 'talks.convene,talks.round:stalled', preset: null, seed: '7', step: '1', model: '2' });
  });
});
