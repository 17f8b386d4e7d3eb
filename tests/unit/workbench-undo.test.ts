import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, record, redo, startHistory, undo, UNDO_LIMIT } from '@/lib/workbench/undo';

describe('undo and redo', () => {
  it('undo after an action brings back the state before it, and redo the state after it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.integer(), (earlier, next) => {
        const history = earlier.map((value) => ({ value })).reduce(record, startHistory({ value: -1 }));
        const acted = record(history, { value: next });
        const undone = undo(acted);
        expect(undone.present).toBe(history.present);
        expect(redo(undone).present).toEqual({ value: next });
      }),
    );
  });

  it('undoing everything and redoing everything returns to where the person was', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), (values) => {
        let history = values.map((v) => ({ v })).reduce(record, startHistory({ v: 0 }));
        const end = history.present;
        while (canUndo(history)) history = undo(history);
        while (canRedo(history)) history = redo(history);
        expect(history.present).toBe(end);
      }),
    );
  });

  it('a new action after an undo drops the undone future', () => {
    const history = record(undo(record(startHistory('a'), 'b')), 'c');
    expect(canRedo(history)).toBe(false);
    expect(undo(history).present).toBe('a');
  });

  it('an action that changes nothing is not recorded', () => {
    const history = startHistory('a');
    expect(record(history, 'a')).toBe(history);
  });

  it('undo and redo with nothing to undo or redo change nothing', () => {
    const history = startHistory('a');
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it('keeps a bounded number of earlier states', () => {
    let history = startHistory(0);
    for (let i = 1; i <= UNDO_LIMIT + 50; i += 1) history = record(history, i);
    expect(history.past).toHaveLength(UNDO_LIMIT);
  });
});
