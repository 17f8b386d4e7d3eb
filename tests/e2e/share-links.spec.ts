import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { craftedCode, FORMAT_VERSION, linksOf } from './links';
import { escapeRegExp } from '@/tests/support/text';
import { pathsOf } from './scenario-paths';
import { simScenarioIds, wcagTags } from './support';

/** Fails the test on any uncaught page error or script dialog (a link must never run script). */
function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

interface BadLink {
  name: string;
  query: string;
  message: RegExp;
  /** Moves from the start the page offers to open, when the link's first moves are valid ('some': any number). */
  offersFirstMoves?: number | 'some';
  route?: string;
  /** Set where the scenario's own moves, parameters or versions make the link bad: checked for every scenario; the rest, bad as codes or addresses, once. */
  ofScenario?: true;
}

/** Every way a link can be bad, made of this scenario's own moves where it takes moves. */
function badLinksOf(links: Awaited<ReturnType<typeof linksOf>>, paths: ReturnType<typeof pathsOf>): BadLink[] {
  const { linkCode, scenario, steps } = links;
  const history = linkCode('history');
  const param = scenario.data.parameters[0]!;
  const abandonedMoves = steps(paths.abandoned).length;
  /** A sealed code whose path says it holds `moves` moves, and holds none. */
  const pathClaiming = (moves: number) =>
    craftedCode((w) => {
      w.writeVarUint(FORMAT_VERSION);
      w.writeVarUint(scenario.data.modelVersion);
      w.write(0, 4);
      w.writeVarUint(moves);
    });
  return [
    { name: 'an empty code', query: '?l=', message: /no scenario code/ },
    { name: 'a code of blanks', query: '?l=%20%20%20', message: /no scenario code/ },
    { name: 'a link cut short by a chat app', ofScenario: true, query: `?l=${history.slice(0, 30)}`, message: /cut short/, offersFirstMoves: 'some' },
    { name: 'a link missing its last characters', query: `?l=${history.slice(0, -2)}`, message: /damaged/ },
    { name: 'one character changed', query: `?l=${history.slice(0, 10)}${history[10] === 'z' ? 'y' : 'z'}${history.slice(11)}`, message: /damaged/ },
    { name: 'characters that are not in a code', query: '?l=hello-world!', message: /characters that are not part of a Parley code/ },
    { name: 'base64 padding', query: `?l=${history}==`, message: /characters that are not part of a Parley code/ },
    { name: 'valid base64 that is not ours', query: '?l=SGVsbG8gd29ybGQ', message: /not a Parley link/ },
    { name: 'a script tag', query: `?l=${encodeURIComponent('<script>alert(1)</script>')}`, message: /characters that are not part of a Parley code/ },
    { name: 'an emoji', query: `?l=${encodeURIComponent('🕊️')}`, message: /characters that are not part of a Parley code/ },
    { name: '100 KB of junk', query: `?l=${'x'.repeat(100_000)}`, message: /too long/ },
    {
      name: 'a version from the future',
      query: `?l=${craftedCode((w) => {
        w.writeVarUint(FORMAT_VERSION + 1);
        w.write(0, 20);
      })}`,
      message: /newer version of Parley/,
    },
    { name: 'a model version from the future', ofScenario: true, query: `?l=${linkCode('', {}, 99)}`, message: /newer model/ },
    { name: 'a typed model version there is none of', ofScenario: true, query: `?model=9&path=${paths.opening}`, message: /no model version "9"/ },
    {
      name: 'a decompression bomb: a path that claims 10 million moves',
      query: `?l=${pathClaiming(10_000_000)}`,
      message: /path cannot be read/,
    },
    {
      name: 'a path that announces more moves than it holds',
      query: `?l=${pathClaiming(500)}`,
      message: /ends before/,
    },
    { name: 'a move that is not legal at its first step', ofScenario: true, query: `?l=${linkCode(paths.blockedAtStart)}`, message: /step 1/ },
    { name: 'a move that is not legal after three valid ones', ofScenario: true, query: `?l=${linkCode(`${paths.sample},${paths.blockedAfterSample}`)}`, message: /step 4/, offersFirstMoves: 3 },
    { name: 'an outcome that cannot happen at its step', ofScenario: true, query: `?l=${linkCode(paths.certainWithOutcome)}`, message: /certain result/ },
    {
      name: 'a move after the talks ended', ofScenario: true,
      query: `?l=${linkCode(`${paths.abandoned},${paths.then}`)}`,
      message: /after the talks ended/,
      offersFirstMoves: abandonedMoves,
    },
    { name: 'a parameter out of its range', ofScenario: true, query: `?l=${linkCode('', { params: { [param.id]: param.max + 1 } })}`, message: new RegExp(param.id) },
    { name: 'a shown step beyond the path', ofScenario: true, query: `?l=${linkCode(paths.opening, { step: 7 })}`, message: /step 7/, offersFirstMoves: 1 },
    { name: 'a percent sign before characters that are not hex digits', query: `?l=${history.slice(0, 4)}%zz`, message: /characters that are not part of a Parley code/ },
    { name: 'a stray question mark in the code', query: `?l=${history.slice(0, 10)}?${history.slice(10)}`, message: /characters that are not part of a Parley code/ },
    { name: 'a lone percent sign after a typed path', ofScenario: true, query: `?path=${paths.opening}%`, message: new RegExp(`"${escapeRegExp(paths.opening)}%" is not a move id`) },
    {
      name: 'percent-encoding over a percent sign before characters that are not hex digits',
      query: encodeURIComponent(`?l=${history.slice(0, 4)}%zz`),
      message: /characters that are not part of a Parley code/,
    },
    { name: 'an unknown scenario', route: '/s/no-such-scenario', query: `?l=${history}`, message: /no scenario/i },
    { name: 'a __proto__ scenario', route: '/s/__proto__', query: '', message: /no scenario/i },
    { name: 'an unknown preset', query: '?preset=yalta', message: /no preset "yalta"/ },
    { name: 'a typed seed that is not a whole number', query: `?path=${paths.opening}&seed=1e3`, message: /seed "1e3"/ },
    { name: 'a typed step beyond the typed path', ofScenario: true, query: `?path=${paths.branch}&step=5`, message: /step 5 of a path of 2 steps/, offersFirstMoves: 2 },
    {
      name: 'a compared path that cannot be followed', ofScenario: true,
      query: `?l=${linkCode(paths.opening, { compare: { kind: 'path', path: steps(paths.blockedAtStart) } })}`,
      message: /compares with/,
      offersFirstMoves: 1,
    },
  ];
}

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toMatch(/frame-ancestors /);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
}

const scenarioIds = simScenarioIds();

for (const scenarioId of scenarioIds) {
  const links = await linksOf(scenarioId);
  const { linkCode, steps, workbenchUrl } = links;
  const paths = pathsOf(scenarioId);

  test.describe(scenarioId, () => {
    for (const bad of badLinksOf(links, paths).filter((b) => b.ofScenario || scenarioId === scenarioIds[0])) {
      test(`a link with ${bad.name} opens a clear message and offers a way on`, async ({ page }) => {
        const problems = watchPage(page);
        await page.goto(`${bad.route ?? workbenchUrl()}${bad.query}`);
        const alert = page.getByRole('alert').filter({ hasText: bad.message });
        await expect(alert).toBeVisible();
        const start = page.getByRole('link', { name: /from the start|back to the scenarios/i });
        await expect(start.first()).toBeVisible();
        if (bad.offersFirstMoves !== undefined) {
          const count = bad.offersFirstMoves === 'some' ? '\\d+' : String(bad.offersFirstMoves);
          const partial = page.getByRole('link', { name: new RegExp(`first (${count}) moves?`) });
          await expect(partial).toBeVisible();
          const offered = /first (\d+) move/.exec((await partial.textContent()) ?? '')?.[1];
          await partial.click();
          await expect(page.locator('[data-step]').first()).toHaveAttribute('data-step', offered ?? 'missing');
        }
        expect(problems).toEqual([]);
      });
    }

    test('the message for a bad link passes axe (WCAG 2.2 AA)', async ({ page }) => {
      await page.goto(workbenchUrl(`?l=${linkCode(paths.blockedAtStart)}`));
      await expect(page.getByRole('alert').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(results.violations).toEqual([]);
    });

    test('a link percent-encoded twice still opens', async ({ page }) => {
      const problems = watchPage(page);
      await page.goto(workbenchUrl(encodeURIComponent(encodeURIComponent(`?l=${linkCode('history')}`))));
      await expect(page.locator('[data-step]').first()).toHaveAttribute('data-step', String(steps('history').length));
      expect(problems).toEqual([]);
    });

    test('the server sends the security headers', async ({ request }) => {
      for (const url of ['/', workbenchUrl()]) {
        expectSecurityHeaders(await request.get(url));
      }
    });

    test('a link with a malformed percent escape is answered by its page with the security headers, not sent back to itself', async ({ request }) => {
      for (const query of [`?l=${linkCode('history').slice(0, 4)}%zz`, `?path=${paths.opening}%`]) {
        const response = await request.get(workbenchUrl(query), { maxRedirects: 0 });
        expect(response.status(), query).toBe(200);
        expectSecurityHeaders(response);
      }
    });
  });
}

