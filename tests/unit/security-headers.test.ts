/**
 * Who may frame Parley (PARLEY_FRAME_ANCESTORS), as the proxy sends it on a page. The setting is
 * read once per server, so each case loads the proxy afresh.
 */
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

async function frameAncestorsWith(setting: string | undefined): Promise<{ directive: string; complaints: string[] }> {
  vi.resetModules();
  if (setting === undefined) delete process.env.PARLEY_FRAME_ANCESTORS;
  else process.env.PARLEY_FRAME_ANCESTORS = setting;
  const complaints: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((message: string) => complaints.push(message));
  const { proxy } = await import('@/proxy');
  const policy = proxy(new NextRequest('http://parley.test/s/abu-dhabi-2026')).headers.get('Content-Security-Policy') ?? '';
  proxy(new NextRequest('http://parley.test/'));
  return { directive: /frame-ancestors ([^;]*)/.exec(policy)?.[1] ?? '(none sent)', complaints };
}

afterEach(() => {
  delete process.env.PARLEY_FRAME_ANCESTORS;
  vi.restoreAllMocks();
});

describe('an address under /s/', () => {
  it('naming no scenario is sent to the not-found page; naming one, percent-encoded or not, is its page', async () => {
    const { proxy } = await import('@/proxy');
    const rewrittenTo = (path: string) => proxy(new NextRequest(`http://parley.test${path}`)).headers.get('x-middleware-rewrite');
    expect(rewrittenTo('/s/no-such-scenario')).toMatch(/\/s\/-\/no-such-scenario$/);
    expect(rewrittenTo('/s/no-such-scenario/model')).toMatch(/\/s\/-\/no-such-scenario$/);
    expect(rewrittenTo('/s/abu-dhabi-2026')).toBeNull();
    expect(rewrittenTo('/s/abu%2Ddhabi-2026/model')).toBeNull();
  });
});

describe('who may frame Parley', () => {
  it('by default, only Parley itself', async () => {
    expect(await frameAncestorsWith(undefined)).toEqual({ directive: "'self'", complaints: [] });
  });

  it('a school’s LMS origins are added to Parley itself, not put in its place', async () => {
    expect(await frameAncestorsWith('https://lms.school.example  https://moodle.example:8443')).toEqual({
      directive: "'self' https://lms.school.example https://moodle.example:8443",
      complaints: [],
    });
  });

  it("'none' forbids every frame", async () => {
    expect((await frameAncestorsWith("'none'")).directive).toBe("'none'");
  });

  it('a wildcard stands only under a named host: https://* alone would let any site frame Parley', async () => {
    expect((await frameAncestorsWith('https://*.school.example')).directive).toBe("'self' https://*.school.example");
    const { directive, complaints } = await frameAncestorsWith('https://*');
    expect(directive).toBe("'self'");
    expect(complaints).toHaveLength(1);
  });

  it('a setting that could end the directive is ignored, and the server says so once', async () => {
    const { directive, complaints } = await frameAncestorsWith("https://lms.example; script-src 'unsafe-inline'");
    expect(directive).toBe("'self'");
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatch(/PARLEY_FRAME_ANCESTORS ignored: .*lms\.example;/);
  });
});
