/**
 * Results that carry either a value or an error; the core never throws at people. Errors are codes
 * with the parameters a message needs, and the message catalogue (lib/i18n/) words them, so each
 * language says them in its own grammar.
 */
import type { SimError } from './errors';

export type Result<T, E = SimError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
