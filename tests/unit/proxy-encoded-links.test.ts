/**
 * Percent-encoded addresses at the proxy, which follows a link encoded on its way and lets the page
 * refuse a damaged one. Next does not hand the proxy the address the browser sent: it parses the
 * query and serialises it again (next-server.js, `runMiddleware`), so every address here reaches
 * the proxy through Next's own functions for that, as on the server.
 */
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { parseUrl } from 'next/dist/shared/lib/router/utils/parse-url';
import { urlQueryToSearchParams } from 'next/dist/shared/lib/router/utils/querystring';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';
import { percentEncodedTimes } from './support/percent-encoding';

const ORIGIN = 'http://parley.test';

function asNextHandsItOn(address: string): string {
  const { pathname, query } = parseUrl(address);
  const search = urlQueryToSearchParams(query).toString();
  return `${ORIGIN}${pathname}${search ? `?${search}` : ''}`;
}

/**
 * The proxy's answer to a browser asking for an address (path and query): the address it sends the
 * browser on to, as the browser then asks for it, or null when the page answers; and the page's
 * Content-Security-Policy.
 */
function answer(address: string): { sentTo: string | null; policy: string | null } {
  const response = proxy(new NextRequest(asNextHandsItOn(address)));
  const location = response.headers.get('location');
  const policy = response.headers.get('Content-Security-Policy');
  if (location === null) return { sentTo: null, policy };
  const next = new URL(location, ORIGIN);
  expect(next.origin).toBe(ORIGIN);
  return { sentTo: `${next.pathname}${next.search}`, policy };
}

const page = '/s/abu-dhabi-2026';

describe('a damaged percent escape in an address', () => {
  it('is answered by the page, with its security policy, instead of sending the browser back to the same address', () => {
    for (const query of ['?l=220p%zz', '?path=talks.convene%', '?l=%', '?l=220p%2', '?l=220p?4332']) {
      const { sentTo, policy } = answer(`${page}${query}`);
      expect(sentTo, query).toBeNull();
      expect(policy, query).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    }
  });

  it('under a link encoded on its way sends the browser on once, and that address is answered by the page', () => {
    const { sentTo } = answer(`${page}${encodeURIComponent('?l=220p%zz')}`);
    expect(sentTo).toBe(`${page}?l=220p%zz`);
    expect(answer(sentTo!).sentTo).toBeNull();
  });
});

describe('a link percent-encoded on its way', () => {
  it('once or twice, is followed to the address it encodes', () => {
    expect(answer(`${page}${percentEncodedTimes('?l=220p4332', 1)}`).sentTo).toBe(`${page}?l=220p4332`);
    expect(answer(`${page}${percentEncodedTimes('?l=220p4332', 2)}`).sentTo).toBe(`${page}?l=220p4332`);
    expect(answer(`${page}${percentEncodedTimes('?path=talks.convene,talks.round:stalled&seed=7', 1)}`).sentTo).toBe(`${page}?path=talks.convene,talks.round:stalled&seed=7`);
  });

  it('with its scenario id percent-encoded too, is followed to the scenario’s page', () => {
    expect(answer('/s/abu%2Ddhabi-2026%3Fl%3D220p4332').sentTo).toBe(`${page}?l=220p4332`);
  });

  it('that picked up a query of its own on its way keeps both', () => {
    expect(answer(`${page}${percentEncodedTimes('?l=220p4332', 1)}?utm_source=lms`).sentTo).toBe(`${page}?l=220p4332&utm_source=lms`);
  });

  it('is followed only to a scenario page of this site', () => {
    for (const address of ['/elsewhere%3Fl%3D220p', '/s/abu-dhabi-2026%2F..%2F..%2Fadmin%3Fx%3D1', '/%2F%2Fevil.example%3Fl%3D220p', '/s/%2F%2Fevil.example%3Fl%3D220p']) {
      expect(answer(address).sentTo, address).toBeNull();
    }
  });
});

describe('following percent-encoded links', () => {
  const queryPiece = fc.constantFrom('l=', 'path=', 'seed=', '220p4332', 'talks.convene', ',', ':', '&', '=', '%', '%zz', '%2', '%25', '%3F', '%3D', '?', '+', ' ', 'é', '/');
  const address = fc.record({
    query: fc.array(queryPiece, { maxLength: 12 }).map((pieces) => `?${pieces.join('')}`),
    layers: fc.integer({ min: 0, max: 3 }),
    pickedUp: fc.constantFrom('', '?utm_source=lms', '?l=%zz'),
  });

  it('never sends a browser on twice: the address it sends one to is answered by its page', () => {
    fc.assert(
      fc.property(address, ({ query, layers, pickedUp }) => {
        const first = answer(`${page}${percentEncodedTimes(query, layers)}${layers > 0 ? pickedUp : ''}`);
        if (first.sentTo === null) return;
        expect(new URL(first.sentTo, ORIGIN).pathname).toBe(page);
        const second = answer(first.sentTo);
        expect(second.sentTo).toBeNull();
        expect(second.policy).toMatch(/script-src 'self' 'nonce-/);
      }),
      { numRuns: 1_000 },
    );
  });
});
