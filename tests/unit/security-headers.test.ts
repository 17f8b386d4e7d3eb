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
  const { proxy } = await import('../../proxy');
  const policy = proxy(new NextRequest('http://parley.test/s/abu-dhabi-2026')).headers.get('Content-Security-Policy') ?? '';
  proxy(new NextRequest('http://parley.test/'));
  return { directive: /frame-ancestors ([^;]*)/.exec(policy)?.[1] ?? '(none sent)', complaints };
}

afterEach(() => {
  delete process.env.PARLEY_FRAME_ANCESTORS;
  vi.restoreAllMocks();
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

  it('a setting that could end the directive is ignored, and the server says so once', async () => {
    const { directive, complaints } = await frameAncestorsWith("https://lms.example; script-src 'unsafe-inline'");
    expect(directive).toBe("'self'");
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatch(/PARLEY_FRAME_ANCESTORS ignored: .*lms\.example;/);
  });
});
