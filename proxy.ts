/**
 * Sends the Content-Security-Policy with a fresh nonce on every page request; Next.js puts the
 * nonce on its own scripts. `PARLEY_FRAME_ANCESTORS` (space-separated origins) lets an LMS embed
 * Parley besides Parley itself, which alone may frame it by default; `'none'` forbids every frame.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { undoPercentEncoding } from './lib/share/percent-encoding';
import { isScenarioId } from './machines/registry';

/** An http(s) origin, its host perhaps under a wildcard (`*.school.example`) but never a wildcard alone. */
const FRAME_SOURCE = /^(https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?|'self')$/i;

let frameAncestorsSetting: string | null = null;

/**
 * Parley itself and the configured origins. A setting that is not a list of origins (it could end
 * the directive) is ignored, once and aloud.
 */
function frameAncestors(): string {
  if (frameAncestorsSetting !== null) return frameAncestorsSetting;
  const sources = (process.env.PARLEY_FRAME_ANCESTORS ?? '').trim().split(/\s+/).filter(Boolean);
  // 'none' alone forbids every frame, Parley's own included.
  const noFrames = sources.length === 1 && sources[0] === "'none'";
  const bad = noFrames ? [] : sources.filter((s) => !FRAME_SOURCE.test(s));
  if (bad.length > 0) console.error(`PARLEY_FRAME_ANCESTORS ignored: ${bad.join(' ')} is not an http(s) origin; only Parley itself may frame it`);
  frameAncestorsSetting = bad.length > 0 ? "'self'" : noFrames ? "'none'" : [...new Set(["'self'", ...sources])].join(' ');
  return frameAncestorsSetting;
}

function contentSecurityPolicy(nonce: string): string {
  const devEval = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors()}`,
  ].join('; ');
}

/**
 * A link percent-encoded once or more on its way (`/s/x%3Fl%3D…`) is sent on to the address it
 * encodes; only addresses of scenario pages are followed, so this never leaves the site.
 *
 * Only the path is read for it. Next hands the proxy the query parsed and serialised again, so a `%`
 * the browser sent arrives as `%25` and a `?` as `%3F`: read as encoding, a damaged query
 * (`?l=220p%zz`) would be sent back to the very address the browser asked for, forever. An encoded
 * link's `?` is encoded too, so all it encodes is in the path, and the address it is sent to has a
 * plain path, never followed again.
 */
function unescapedLink(request: NextRequest): URL | null {
  const { pathname, search } = request.nextUrl;
  if (!/%(25|3f)/i.test(pathname)) return null;
  const link = undoPercentEncoding(pathname);
  if (!/^\/s\/[a-z0-9-]+\?/.test(link)) return null;
  // A query the link picked up on its way (`…%3Fl%3D…?utm_source=lms`) goes on after its own.
  return new URL(search ? `${link}&${search.slice(1)}` : link, request.nextUrl.origin);
}

/**
 * An address under /s/ naming no scenario. Such a page calling `notFound()` would get Next's error
 * shell with an empty body (vercel/next.js#62228): the message only after its scripts ran. Sent to
 * an address no route matches instead, it gets the not-found page rendered in full.
 */
function unknownScenario(request: NextRequest): boolean {
  const route = /^\/s\/([^/]+)(\/model)?\/?$/.exec(request.nextUrl.pathname);
  if (!route) return false;
  // As the route reads it: `/s/abu%2Ddhabi-2026` is the scenario's page too.
  let id: string;
  try {
    id = decodeURIComponent(route[1]!);
  } catch {
    return true;
  }
  return !isScenarioId(id);
}

export function proxy(request: NextRequest) {
  const unescaped = unescapedLink(request);
  if (unescaped) return NextResponse.redirect(unescaped, 308);
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const forward = { request: { headers: requestHeaders } };
  const response = unknownScenario(request) ? NextResponse.rewrite(new URL('/s/-/no-such-scenario', request.url), forward) : NextResponse.next(forward);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|og/|favicon.ico|icon).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] }],
};
