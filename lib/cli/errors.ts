/** What the `sim` command can report beyond the core's own errors: a link or address it was asked to decode. */
import type { SimError } from '@/lib/sim/errors';
import type { LinkError, LinkSource } from '@/lib/share/errors';

export type CliError =
  | SimError
  /** `decode` of a share link (`link`) or a typed address (`address`) that cannot be opened. */
  | { code: 'bad-link'; via: LinkSource; cause: LinkError }
  | { code: 'link-to-unknown-scenario'; scenario: string }
  /** `--model-version` names a version the scenario does not have (`versions`: the ones it has). */
  | { code: 'unknown-model-version'; scenario: string; text: string; versions: readonly number[] }
  /** A typed address that shows a step of no path: the workbench would show it on the saved session. */
  | { code: 'step-without-path'; step: number };
