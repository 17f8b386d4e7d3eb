/** The English catalogue words the core's errors and the chrome in whole, grammatical sentences. */
import { describe, expect, it } from 'vitest';
import { en } from '@/app/_i18n/en';
import { coreEn } from '@/lib/i18n/core-messages';

const move = { id: 'armistice.sign', label: 'Sign an armistice on the current line' };

describe('the English catalogue', () => {
  it('says why a link cannot be opened in one sentence with one full stop, also when the reason is a scenario’s own sentence', () => {
    const unavailable = en.workbench.linkFailed({
      code: 'unfollowable',
      compared: false,
      cause: { code: 'move-unavailable', move, reason: { kind: 'rule', sentence: 'Russia has not accepted freezing the current line.' }, step: 2 },
    });
    expect(unavailable).toBe(
      "This link cannot be opened: the link's path cannot be followed: step 2: move “Sign an armistice on the current line” (armistice.sign) is not available here: Russia has not accepted freezing the current line.",
    );
    expect(en.workbench.linkFailed({ code: 'empty' })).toBe('This link cannot be opened: the link carries no scenario code.');
  });

  it('words what the core names by code: a link’s parts, where a step was shown, an outcome, a place in a session file', () => {
    expect(coreEn.linkError({ code: 'bad-content', part: 'compared-path' })).toBe("the link's compared path cannot be read");
    expect(coreEn.linkError({ code: 'bad-content', part: 'shown-step' })).toBe("the link's shown step cannot be read");
    expect(coreEn.linkError({ code: 'step-beyond-path', step: 5, steps: 1, in: 'address' })).toBe('the address shows step 5 of a path of 1 step');
    expect(coreEn.whyNot({ kind: 'ended', outcome: 'armistice', holds: null })).toBe('The talks have ended in armistice.');
    expect(coreEn.whyNot({ kind: 'ended', outcome: 'armistice', holds: false })).toBe('The armistice has broken down and fighting has resumed: the talks are over.');
    const issues = [
      { at: '', message: 'Invalid input' },
      { at: 'branches.0.name', message: 'Too small' },
    ];
    expect(coreEn.restoreError({ code: 'invalid', damage: { kind: 'shape', issues } })).toBe(
      'This session file is damaged (the file: Invalid input; branches.0.name: Too small).',
    );
  });

  it('names a party’s framing with no verb to agree with, nor an article to add to, the party’s name', () => {
    expect(en.moves.framing('European partners')).toBe('European partners: framing of the talks');
    expect(en.moves.framing('United States')).toBe('United States: framing of the talks');
  });

  it('counts in the right number', () => {
    expect([0, 1, 2].map((n) => en.timeline.count(n))).toEqual(['0 steps', '1 step', '2 steps']);
    expect(en.workbench.openFirstMoves(1)).toBe('Open the first 1 move of the link');
    expect([1, 3].map((n) => en.importConfirm.body(n, 1).split('. ').slice(0, 2).join('. '))).toEqual([
      'The file holds 1 branch. Importing it replaces the branch in this browser',
      'The file holds 1 branch. Importing it replaces the 3 branches in this browser',
    ]);
  });

  it('writes a scenario’s headline count with its metric’s decimals, in the form that number takes', () => {
    const wording = { one: '{count} round held', other: '{count} rounds held' };
    expect([en.plural(1, wording, 0), en.plural(1, wording, 1), en.plural(1234, wording, 0)]).toEqual(['1 round held', '1.0 rounds held', '1,234 rounds held']);
  });
});
