/**
 * A released model version is frozen: its folder's files are exactly as they were released, words
 * and numbers alike (the golden links prove what its paths show; this, that nothing else in it, a
 * narrative or a source, has changed either). The digests are recorded in
 * tests/fixtures/frozen-models.json when a version is released, and never changed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelHistoryOf, scenarioIds } from '@/machines/registry';

const root = join(import.meta.dirname, '../..');
const recorded = JSON.parse(readFileSync(join(root, 'tests/fixtures/frozen-models.json'), 'utf8')) as Record<string, string>;

/** The SHA-256 of a model folder's files, each as its name and its text, in name order. */
function folderDigest(folder: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) hash.update(`${name}\n${readFileSync(join(folder, name), 'utf8')}\n`);
  return hash.digest('hex');
}

const released = scenarioIds.flatMap((id) => modelHistoryOf(id).filter((r) => r.released !== null).map((r) => `${id}@${r.version}`));

describe('released model versions are frozen', () => {
  it.each(released)('%s is exactly as released', (key) => {
    const [id, version] = key.split('@') as [string, string];
    expect(folderDigest(join(root, 'machines', id, `model-${version}`)), `${key}: a released folder never changes; make a new version`).toBe(recorded[key]);
  });

  it('every released version has its digest recorded, and only released ones', () => {
    expect(Object.keys(recorded).sort()).toEqual([...released].sort());
  });
});
