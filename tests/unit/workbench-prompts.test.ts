import { describe, expect, it } from 'vitest';
import { promptsFor } from '@/lib/workbench/prompts';

const prompts = [
  { when: 'start', question: 'What does each side need from a first round?' },
  { when: 'truce.broken', question: 'The truce has broken. What now?' },
  { when: 'territory.donetsk.demanded', question: 'Why is a precondition hard to trade?' },
  { when: 'armistice', question: 'What keeps an armistice from breaking down?' },
];
const opening = { negotiating: { truce: 'none', territory: { donetsk: 'demanded' } } };

describe('discussion prompts', () => {
  it('offers the opening question at the start, along with those for the states in force', () => {
    expect(promptsFor(prompts, opening, 0).map((p) => p.when)).toEqual(['territory.donetsk.demanded', 'start']);
  });

  it('follows the state: a broken truce brings its question, and the opening one is gone after step 0', () => {
    const broken = { negotiating: { truce: 'broken', territory: { donetsk: 'dropped' } } };
    expect(promptsFor(prompts, broken, 5).map((p) => p.when)).toEqual(['truce.broken']);
  });

  it('asks about the outcome once the talks have ended', () => {
    expect(promptsFor(prompts, 'armistice', 9).map((p) => p.when)).toEqual(['armistice']);
  });
});
