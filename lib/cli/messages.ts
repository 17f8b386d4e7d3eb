/**
 * What the `sim` command prints after `error:`: the core's messages in English (coreEn), and its own
 * about the links and addresses it is asked to decode. English only: another language would be
 * another such module, on that language's core messages.
 */
import { coreEn } from '@/lib/i18n/core-messages';
import type { LinkSource } from '@/lib/share/errors';
import type { CliError } from './errors';

const bad: Record<LinkSource, string> = { link: 'bad link', address: 'bad address' };

export function cliMessage(error: CliError): string {
  switch (error.code) {
    case 'bad-link':
      return `${bad[error.via]}: ${coreEn.linkError(error.cause)}`;
    case 'link-to-unknown-scenario':
      return `${bad.link}: unknown scenario "${error.scenario}"`;
    case 'unknown-model-version':
      return `scenario "${error.scenario}" has no model version "${error.text}" (it has ${error.versions.join(', ')})`;
    case 'step-without-path':
      return `${bad.address}: it shows step ${error.step} but names no path`;
    default:
      return coreEn.simError(error);
  }
}
