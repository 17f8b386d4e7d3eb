import { coreEn } from '@/lib/i18n/core-messages';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/machines/registry';
import { linkModelVersion } from '@/lib/share/codec';
import { openLinkCode, parseLinkAddress } from '@/lib/share/link';
import { goldenView, type GoldenLink } from '@/tests/fixtures/links/golden';


const dir = join(import.meta.dirname, '../fixtures/links');
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, links: JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldenLink[] }));

/** The model version a corpus file holds links of, from its name (`format-1-<scenario>-model-<N>….json`). */
const modelOfFile = (file: string) => Number(/-model-(\d+)/.exec(file)![1]);

describe('every link ever released still shows what it showed', () => {
  it('the corpus is not empty', () => {
    expect(corpus.flatMap((c) => c.links).length).toBeGreaterThanOrEqual(10);
  });

  for (const { file, links } of corpus) {
    describe(file, () => {
      for (const link of links) {
        it(link.name, async () => {
          const address = parseLinkAddress(link.url);
          if (!address.ok) throw new Error(coreEn.linkError(address.error));
          // Opened in the model version it was made with, however many versions have come since.
          const version = linkModelVersion(address.value.code!);
          expect(version).toBe(modelOfFile(file));
          const scenario = await loadScenario(address.value.scenarioId, version!);
          expect(scenario?.data.modelVersion).toBe(version);
          const opened = openLinkCode(address.value.code, scenario!);
          if (!opened.ok) throw new Error(coreEn.linkError(opened.error));
          // A link recorded step by step is checked step by step, with its shown step and compared path.
          const { name: _name, url: _url, ...recorded } = link;
          expect(goldenView(scenario!, opened.value, link.trajectory !== undefined)).toEqual(recorded);
        });
      }
    });
  }
});
