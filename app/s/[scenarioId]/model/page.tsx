import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasModelVersion, loadScenario, loadScenarioData, modelHistoryOf } from '@/machines/registry';
import type { ScenarioData } from '@/machines/scenario';
import { recordSeries } from '@/lib/charts/beside';
import type { SeriesPoint } from '@/lib/charts/metric-series';
import { currentVersion } from '@/machines/model-history';
import { inVersion, workbenchAddress } from '@/lib/share/address';
import { parseModelVersion } from '@/lib/share/readable-address';
import { messages } from '@/app/_i18n/messages';
import { PartySwatch } from '@/app/_components/party-swatch';
import { ReferenceTable } from '@/app/_components/reference-table';
import { shareCardMetadata } from '@/app/s/[scenarioId]/share-card';
import { besideHistoriesFor } from '@/app/s/[scenarioId]/beside-data';
import { BesideSection } from './beside-section';

/** Route props, spelled out rather than Next's generated `PageProps` so typechecking needs no build first. */
interface Props {
  params: Promise<{ scenarioId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The scenario's data in the model version the query names (`?model=N`), else the current one; undefined when there is no such version. */
async function dataAsked(props: Props) {
  const { scenarioId } = await props.params;
  const asked = (await props.searchParams).model;
  if (asked === undefined) return loadScenarioData(scenarioId);
  const version = typeof asked === 'string' ? parseModelVersion(asked) : null;
  return version !== null && hasModelVersion(scenarioId, version) ? loadScenarioData(scenarioId, version) : undefined;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await dataAsked(props);
  if (!data) return {};
  return shareCardMetadata(data, { title: messages.model.title(data.title), description: messages.model.intro });
}

/** The other scenarios' records beside this one's, and this one's own for the metrics they share (all worked out here, on the server). */
async function besideOf(data: ScenarioData) {
  const others = await besideHistoriesFor(data);
  const scenario = others.length > 0 ? await loadScenario(data.id, data.modelVersion) : undefined;
  const shared = [...new Set(others.flatMap((o) => o.metrics.map((m) => m.metricId)))];
  const mine: ReadonlyMap<string, readonly SeriesPoint[]> = (scenario && recordSeries(scenario, shared)?.series) ?? new Map();
  return { others, mine };
}

/** Decimals enough to show a number as written in the data (e.g. 0.05, 26517). */
const asWritten = (n: number) => messages.format.number(n, Math.min(3, (String(n).split('.')[1] ?? '').length));

/** A row's name, with what it means beneath in smaller type. */
const labelAndDescription = (row: { label: string; description: string }) => (
  <>
    {row.label}
    <span className="cell-note">{row.description}</span>
  </>
);

/** Every parameter, effect and move with its sources: the citations a teacher needs to defend the model. */
export default async function ModelPage(props: Props) {
  const data = await dataAsked(props);
  if (!data) notFound();
  const history = modelHistoryOf(data.id);
  const current = currentVersion(history).version;
  const workbench = workbenchAddress(data.id);
  const c = messages.model.columns;
  const parties = new Map(data.parties.map((p) => [p.id, p]));
  const partyOrder = data.parties.map((p) => p.id);
  const moves = [...data.moves].sort((a, b) => partyOrder.indexOf(a.party) - partyOrder.indexOf(b.party));
  const { sources } = data;
  const beside = await besideOf(data);

  return (
    <main className="page">
      <p className="breadcrumbs">
        <Link href="/">{messages.appName}</Link> <span aria-hidden="true">/</span> <Link href={inVersion(workbench, data.modelVersion, current)}>{messages.model.back}</Link>
      </p>
      <h1>{messages.model.title(data.title)}</h1>
      <p className="lede">{messages.model.intro}</p>

      <h2>{messages.model.partiesHeading}</h2>
      <ul className="framing-list">
        {data.parties.map((p) => (
          <li key={p.id}>
            <PartySwatch party={p} /> <strong>{p.label}</strong>: {p.framing}
          </li>
        ))}
      </ul>

      <h2 id="parameters">{messages.model.parametersHeading}</h2>
      <ReferenceTable
        labelledBy="parameters"
        rowIdAttribute="data-parameter"
        rows={data.parameters}
        sources={sources}
        columns={[
          { header: c.parameter, cell: labelAndDescription },
          { header: c.default, className: 'num', cell: (p) => asWritten(p.default) },
          {
            header: c.range,
            className: 'num',
            cell: (p) => messages.model.range(asWritten(p.min), asWritten(p.max)),
          },
          { header: c.unit, cell: (p) => p.unit },
        ]}
      />

      <h2 id="effects">{messages.model.effectsHeading}</h2>
      <p>{messages.model.effectsIntro}</p>
      <ReferenceTable
        labelledBy="effects"
        rowIdAttribute="data-effect"
        rows={data.effects}
        sources={sources}
        columns={[
          { header: c.effect, cell: (e) => e.label },
          { header: c.value, className: 'num', cell: (e) => asWritten(e.value) },
          { header: c.unit, cell: (e) => e.unit },
        ]}
      />

      <h2 id="metrics">{messages.model.metricsHeading}</h2>
      <ReferenceTable
        labelledBy="metrics"
        rows={data.metrics}
        sources={sources}
        columns={[
          { header: c.metric, cell: labelAndDescription },
          { header: c.unit, cell: (m) => m.unit },
        ]}
      />

      <BesideSection data={data} mine={beside.mine} others={beside.others} />

      <h2 id="moves">{messages.model.movesHeading}</h2>
      <ReferenceTable
        labelledBy="moves"
        rowIdAttribute="data-model-move"
        rows={moves}
        sources={sources}
        columns={[
          { header: c.move, cell: (m) => m.label },
          {
            header: c.party,
            cell: (m) => (
              <>
                <PartySwatch party={parties.get(m.party)!} /> {parties.get(m.party)!.label}
              </>
            ),
          },
          {
            header: c.description,
            cell: (m) => (
              <>
                {m.description}
                {m.outcomes && <span className="cell-note">{messages.model.outcomes(m.outcomes.map((o) => o.label))}</span>}
              </>
            ),
          },
        ]}
      />

      <h2 id="versions">{messages.modelVersion.historyHeading}</h2>
      <p>{messages.modelVersion.historyIntro}</p>
      <ol className="version-list" aria-labelledby="versions">
        {history.map((release) => (
          <li key={release.version} data-model-version={release.version}>
            <h3>
              {messages.modelVersion.entry(release.version, release.released)}
              {release.version === data.modelVersion ? (
                <span className="cell-note">{messages.modelVersion.shown}</span>
              ) : (
                <>
                  {' '}
                  · <Link href={inVersion(`${workbench}/model`, release.version, current)}>{messages.modelVersion.viewVersion(release.version)}</Link>
                </>
              )}
            </h3>
            <ul>
              {release.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>

      <h2 id="sources">{messages.model.sourcesHeading}</h2>
      <ol className="source-list">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            {source.url ? <a href={source.url}>{source.citation}</a> : source.citation}
          </li>
        ))}
      </ol>
    </main>
  );
}
