/**
 * Undoing the percent-encoding a link picks up on its way: a chat app, an LMS or a redirector may
 * encode it once or more (`/s/x%3Fl%3D…`, `/s/x%253Fl%253D…`). Imports nothing, so the proxy can
 * use it without pulling the rest of `lib/` into its bundle.
 */

/** Enough for a link passed through a chain of such systems; a bound on the work for any input. */
const MAX_LAYERS = 4;

const PERCENT_ESCAPE = /%[0-9a-f]{2}/i;

/**
 * The text with up to four layers of percent-encoding undone. A layer that does not decode (a lone
 * `%`, `%zz`, escapes that are not UTF-8) stays as it is, and so does what lies beneath it: a
 * damaged link is read as far as it goes and refused for what it then says.
 */
export function undoPercentEncoding(text: string): string {
  let current = text;
  for (let layer = 0; layer < MAX_LAYERS && PERCENT_ESCAPE.test(current); layer += 1) {
    try {
      current = decodeURIComponent(current);
    } catch {
      break;
    }
  }
  return current;
}
