/**
 * What the core says to people, for each of its error codes: the simulation's and the `sim`
 * command's (lib/sim/errors.ts), a link's or a typed address's (lib/share/errors.ts), a saved
 * session's (lib/workbench/restore-session.ts), and why a move is not possible. A language is one
 * implementation of `CoreMessages`; the app's catalogue (app/_i18n/) and the `sim` command's own
 * messages (lib/cli/messages.ts) build on it. Each message is a clause a caller can set in a
 * sentence of its own.
 */
import type { Outcome } from '@/machines/scenario';
import type { SimError, SimProblem, UsageProblem, WhyNot } from '@/lib/sim/errors';
import type { LinkError, LinkPart, LinkProblem, LinkSource } from '@/lib/share/errors';
import type { RestoreError, SessionDamage } from '@/lib/workbench/restore-session';
import { plural } from './plural';

export interface CoreMessages {
  /** A BCP 47 tag (`en`, `uk`, `ru`): the language these messages are in. */
  locale: string;
  simError(error: SimError): string;
  linkError(error: LinkError): string;
  restoreError(error: RestoreError): string;
  whyNot(reason: WhyNot): string;
  /** `1 step`, `3 steps`. */
  steps(count: number): string;
}

// The core names these by code, which a language words; English's words happen to be close to the codes.
const outcomes: Record<Outcome, string> = { agreement: 'agreement', armistice: 'armistice', collapse: 'collapse' };
const linkParts: Record<LinkPart, string> = {
  'model-version': 'model version',
  parameters: 'parameters',
  'shown-step': 'shown step',
  'compared-preset': 'compared preset',
  'compared-path': 'compared path',
  path: 'path',
};
const linkSources: Record<LinkSource, string> = { link: 'link', address: 'address' };

const steps = (n: number) => plural('en', n, { one: '{count} step', other: '{count} steps' });
const moveName = (move: { id: string; label: string }) => `“${move.label}” (${move.id})`;
const possible = (ids: readonly string[] | undefined) => (ids ? ` (possible: ${ids.join(', ')})` : '');

function whyNot(reason: WhyNot): string {
  switch (reason.kind) {
    case 'rule':
      return reason.sentence;
    case 'ended':
      // A deal signed and since broken is not where the talks stand: the fighting has resumed.
      return reason.holds === false ? `The ${outcomes[reason.outcome]} has broken down and fighting has resumed: the talks are over.` : `The talks have ended in ${outcomes[reason.outcome]}.`;
    case 'unknown':
      return 'Not possible in the present situation.';
  }
}

function usage(problem: UsageProblem): string {
  switch (problem.kind) {
    case 'no-command':
      return `no command given (commands: ${problem.commands.join(', ')})`;
    case 'unknown-command':
      return `unknown command "${problem.command}" (commands: ${problem.commands.join(', ')})`;
    case 'unknown-option':
      return `unknown option --${problem.option}`;
    case 'option-needs-value':
      return `option --${problem.option} needs a value`;
    case 'option-twice':
      return `option --${problem.option} given twice`;
    case 'unexpected-argument':
      return `unexpected argument "${problem.argument}"`;
    case 'decode-needs-link':
      return 'decode needs a link: sim decode <url>';
    case 'bad-base':
      return `${problem.from} "${problem.base}" is not an http(s) address`;
  }
}

function simProblem(error: SimProblem): string {
  switch (error.code) {
    case 'missing-scenario':
      return 'missing --scenario (see: sim scenarios)';
    case 'unknown-scenario':
      return `unknown scenario "${error.scenario}" (known: ${error.known.join(', ')})`;
    case 'unknown-move':
      return `unknown move "${error.move}"`;
    case 'not-in-model':
      return `${error.move}${error.outcome ? `:${error.outcome}` : ''} is not a move of this model`;
    case 'unknown-outcome':
      return `move ${moveName(error.move)} has no outcome "${error.outcome}"${possible(error.possible)}`;
    case 'outcome-not-allowed':
      return `move ${moveName(error.move)} has a certain result here, so it takes no outcome (got "${error.outcome}")`;
    case 'outcome-needed':
      return `move ${moveName(error.move)} has an uncertain result: say which (${error.possible.join(', ')})`;
    case 'outcome-impossible':
      return `outcome "${error.outcome}" of move ${moveName(error.move)} cannot happen here${possible(error.possible)}`;
    case 'move-unavailable':
      return `move ${moveName(error.move)} is not available here: ${whyNot(error.reason)}`;
    case 'talks-ended':
      return `move ${moveName(error.move)} comes after the talks ended in ${outcomes[error.outcome]}`;
    case 'unknown-parameter':
      return `unknown parameter "${error.parameter}"`;
    case 'parameter-out-of-range':
      return `parameter ${error.parameter} = ${error.value} is outside its range ${error.min}–${error.max} ${error.unit}`;
    case 'bad-override':
      return `parameter override "${error.text}" must look like name=value`;
    case 'bad-number':
      return `parameter ${error.parameter}: "${error.text}" is not a number`;
    case 'too-many-decimals':
      return `parameter ${error.parameter} = ${error.value} has more than ${error.decimals} decimals`;
    case 'bad-path':
      return `"${error.item}" is not a move id with an optional :outcome`;
    case 'missing-path':
      return 'missing --path (a comma-separated list of moves, or a preset such as "history")';
    case 'path-too-long':
      return `a link carries at most ${error.moves} moves`;
    case 'unknown-preset':
      return `unknown preset "${error.preset}"`;
    case 'bad-seed':
      return `--seed "${error.text}" must be a whole number from 0 to ${error.max}`;
    case 'bad-usage':
      return usage(error.problem);
  }
}

/** A problem at a step of a path says which step first. */
const simError = (error: SimError): string => (error.step === undefined ? simProblem(error) : `step ${error.step}: ${simProblem(error)}`);

function linkProblem(error: LinkProblem): string {
  switch (error.code) {
    case 'empty':
      return 'the link carries no scenario code';
    case 'too-long':
      return error.characters === null ? 'the link is far too long to be a Parley link' : `the link is too long to be a Parley link (${error.characters} characters)`;
    case 'bad-characters':
      return 'the link contains characters that are not part of a Parley code';
    case 'damaged':
      return error.cutShort
        ? 'the link is damaged or was cut short (its check digits do not match)'
        : 'the link is damaged or is not a Parley link (its check digits do not match)';
    case 'future-format':
      return 'the link was made by a newer version of Parley than this one';
    case 'other-model':
      return error.modelVersion > error.current
        ? `this link was made with a newer model of "${error.title}" (version ${error.modelVersion}) than this copy of Parley has (version ${error.current})`
        : `this link names model version ${error.modelVersion} of "${error.title}", which this copy of Parley does not have`;
    case 'bad-content':
      return `the link's ${linkParts[error.part]} cannot be read`;
    case 'no-format-version':
      return 'the link has no valid format version';
    case 'truncated':
      return 'the link ends before all it announces could be read';
    case 'not-an-address':
      return 'this is not a web address';
    case 'not-a-scenario-address':
      return 'the address does not point to a Parley scenario (/s/<scenario>)';
    case 'bad-parameters':
      return `the link's ${simError(error.cause)}`;
    case 'unfollowable':
      return `${error.compared ? 'the path the link compares with' : "the link's path"} cannot be followed: ${simError(error.cause)}`;
    case 'step-beyond-path':
      return `the ${linkSources[error.in]} shows step ${error.step} of a path of ${steps(error.steps)}`;
    case 'bad-seed':
      return `the seed "${error.text}" is not a whole number from 0 to ${error.max}`;
    case 'unknown-model-version':
      return `this scenario has no model version "${error.text}"`;
    case 'bad-step':
      return `the step "${error.text}" is not a whole number from 0 to ${error.max}`;
    case 'preset-and-path':
      return 'the address names both a preset and a path: give one of them';
    case 'unknown-preset':
      return `there is no preset "${error.preset}" in this scenario`;
    case 'address-path':
      return simError(error.cause);
  }
}

function damage(problem: SessionDamage): string {
  switch (problem.kind) {
    case 'shape':
      return problem.issues.map(({ at, message }) => `${at || 'the file'}: ${message}`).join('; ');
    case 'parameters':
      return simError(problem.cause);
    case 'duplicate-branch':
      return `two branches share the id ${problem.id}`;
    case 'unreadable-branch-path':
      return `branch “${problem.branch}”: ${simError(problem.cause)}`;
    case 'unfollowable-branch-path':
      return `branch “${problem.branch}”, ${simError(problem.cause)}`;
    case 'unknown-parent':
      return `branch “${problem.branch}” forks from ${problem.parent}, which is not listed before it`;
    case 'fork-mismatch':
      return `branch “${problem.branch}” claims to share ${problem.forkStep} steps with “${problem.parent}”, but does not`;
    case 'fork-without-parent':
      return `branch “${problem.branch}” has no parent but a fork step of ${problem.forkStep}`;
    case 'missing-current':
      return `its current branch ${problem.id} is missing`;
    case 'step-beyond-branch':
      return 'it shows a step beyond the end of its branch';
  }
}

function restoreError(error: RestoreError): string {
  switch (error.code) {
    case 'too-large':
      return 'This file is too large to be a Parley session.';
    case 'not-json':
      return 'This file is not a Parley session: it is not JSON.';
    case 'not-a-session':
      return 'This file is not a Parley session: it has no format version.';
    case 'newer-version':
      return `This session was saved by a newer Parley (format ${error.format}); this one reads format ${error.reads}.`;
    case 'other-scenario':
      return `This session belongs to the scenario “${error.scenarioId}”, not “${error.title}”.`;
    case 'other-model-version':
      return `This session was made with version ${error.saved} of the model; this is version ${error.current}, so its paths may no longer mean the same.`;
    case 'invalid':
      return `This session file is damaged (${damage(error.damage)}).`;
  }
}

export const coreEn: CoreMessages = {
  locale: 'en',
  simError,
  linkError: linkProblem,
  restoreError,
  whyNot,
  steps,
};
