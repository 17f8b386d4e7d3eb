'use client';
/**
 * What the workbench says of the model version it runs when it is not the current one: for an
 * older version (a link or session made with it opens in it, exactly as it was) that a newer one
 * exists and what it changes; for a preview, that it may still change. Either way, a link opens the
 * same path in the current version, whose page replays it and, where a step can no longer be taken
 * there, says which and why. The current version says nothing of a preview: that is on the model page.
 */
import { currentVersion, type ModelHistory } from '@/machines/model-history';
import type { PathStep } from '@/lib/sim/path';
import { pathInVersionAddress } from '@/lib/share/address';
import { messages } from '@/app/_i18n/messages';

interface Props {
  scenarioId: string;
  /** The version this workbench runs. */
  version: number;
  history: ModelHistory;
  /** What the person sees now: the branch's steps, the seed, the step shown (null at the end), and whether parameters are changed. */
  path: readonly PathStep[];
  seed: number;
  step: number | null;
  changesParams: boolean;
}

export function ModelVersionNotice({ scenarioId, version, history, path, seed, step, changesParams }: Props) {
  const t = messages.modelVersion;
  const current = currentVersion(history);
  if (current.version === version) return null;
  const isPreview = version > current.version;
  const text = isPreview ? t.preview(version, current.version) : t.older(version, current.version, current.released!);
  return (
    <div role="status" className="alert notice model-version-notice" data-model-version={version}>
      <p>{text}</p>
      {!isPreview && (
        <details>
          <summary>{t.changesHeading(current.version)}</summary>
          <ul>
            {current.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="alert-actions">
        <a href={pathInVersionAddress(scenarioId, current.version, path, seed, step)} data-open-version={current.version}>
          {t.openIn(current.version)}
        </a>
        {changesParams && <span className="cell-note">{t.paramsNotCarried(current.version)}</span>}
      </p>
    </div>
  );
}
