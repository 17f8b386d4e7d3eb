import Link from 'next/link';
import { loadScenarioData, scenarioIds } from '@/machines/registry';
import { messages } from './_i18n/messages';
import { PartySwatch } from './_components/party-swatch';

/**
 * The gallery: a card per scenario. A server component reading only scenario data, so no statechart
 * or chart code is sent to the browser for this page.
 */
export default async function GalleryPage() {
  const g = messages.gallery;
  const scenarios = await Promise.all(scenarioIds.map(async (id) => ({ data: (await loadScenarioData(id))! })));
  return (
    <main className="page">
      <h1>{messages.appName}</h1>
      <p className="lede">{messages.appTagline}</p>
      <p>{g.intro}</p>
      <h2>{g.heading}</h2>
      <ul className="gallery">
        {scenarios.map(({ data }) => (
          <li key={data.id} className="card">
            <h3 id={`card-${data.id}`}>{data.title}</h3>
            <p>{data.summary}</p>
            <dl className="card-facts">
              <div>
                <dt>{g.starts}</dt>
                <dd>
                  <time dateTime={data.startDate}>{messages.format.longDate(data.startDate)}</time>
                </dd>
              </div>
              <div>
                <dt>{g.parties}</dt>
                <dd>
                  <ul className="party-list">
                    {data.parties
                      .filter((p) => p.kind === 'actor')
                      .map((p) => (
                        <li key={p.id}>
                          <PartySwatch party={p} /> {p.label}
                        </li>
                      ))}
                  </ul>
                </dd>
              </div>
            </dl>
            {/* Not prefetched: these pages render per request, and fetching them ahead would spend the
                gallery's first seconds on pages most visitors open at most one of. */}
            <p className="card-actions">
              <Link prefetch={false} className="button primary" href={`/s/${data.id}?path=`}>
                {g.startFresh}
              </Link>
              <Link prefetch={false} className="button" href={`/s/${data.id}?preset=history`}>
                {g.followHistory}
              </Link>
              <Link prefetch={false} href={`/s/${data.id}/model`}>{g.aboutModel}</Link>
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
