/** Results that carry either a value or an error a person can read; the core never throws at people. */

export interface SimError {
  /** A stable code tests and the UI can switch on. */
  code:
    | 'unknown-scenario'
    | 'unknown-move'
    | 'unknown-outcome'
    | 'unknown-parameter'
    | 'bad-number'
    | 'bad-path'
    | 'move-unavailable'
    | 'outcome-impossible'
    | 'outcome-needed'
    | 'outcome-not-allowed'
    | 'parameter-out-of-range'
    | 'talks-ended'
    | 'bad-usage';
  message: string;
  /** The 1-based step of a path the error is about, when it is about one. */
  step?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SimError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: SimError['code'], message: string, step?: number): Result<T> => ({
  ok: false,
  error: step === undefined ? { code, message } : { code, message, step },
});
