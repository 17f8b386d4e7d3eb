import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findScenario, scenarios } from '@/machines/registry';
import { formatNumber } from '@/lib/charts/format';
import { messages, partyOrder } from '@/app/_i18n/messages';
import { PartySwatch } from '@/app/_components/party-swatch';
import { ReferenceTable } from '@/app/_components/reference-table';
import { shareCardMetadata } from '@/app/s/[scenarioId]/share-card';

/** Route props, spelled out rather than Next's generated `PageProps` so typechecking needs no build first. */
interface Props {
  params: Promise<{ scenarioId: string }>;
}

export function generateStaticParams() {
  return scenarios.map((s) => ({ scenarioId: s.data.id }));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const scenario = findScenario((await props.params).scenarioId);
  if (!scenario) return {};
  return shareCardMetadata(scenario.data, { title: messages.model.title(scenario.data.title), description: messages.model.intro });
}

/** Decimals enough to show a number as written in the data (e.g. 0.05, 26517). */
const asWritten = (n: number) => formatNumber(n, Math.min(3, (String(n).split('.')[1] ?? '').length));

/** A row's name, with what it means beneath in smaller type. */
const labelAndDescription = (row: { label: string; description: string }) => (
  <>
    {row.label}
    <span className="cell-note">{row.description}</span>
  </>
);

/** Every parameter and move with its source: the citations a teacher needs to defend the model. */
export default async function ModelPage(props: Props) {
  const scenario = findScenario((await props.params).scenarioId);
  if (!scenario) notFound();
  const { data } = scenario;
  const c = messages.model.columns;
  const partyLabel = new Map(data.parties.map((p) => [p.id, p.label]));
  const moves = [...data.moves].sort((a, b) => partyOrder.indexOf(a.party) - partyOrder.indexOf(b.party));

  return (
    <main className="page">
      <p className="breadcrumbs">
        <Link href="/">{messages.appName}</Link> <span aria-hidden="true">/</span> <Link href={`/s/${data.id}`}>{messages.model.back}</Link>
      </p>
      <h1>{messages.model.title(data.title)}</h1>
      <p className="lede">{messages.model.intro}</p>

      <h2>{messages.model.partiesHeading}</h2>
      <ul className="framing-list">
        {data.parties.map((p) => (
          <li key={p.id}>
            <PartySwatch party={p.id} /> <strong>{p.label}</strong>: {p.framing}
          </li>
        ))}
      </ul>

      <h2 id="parameters">{messages.model.parametersHeading}</h2>
      <ReferenceTable
        labelledBy="parameters"
        rowIdAttribute="data-parameter"
        rows={data.parameters}
        columns={[
          { header: c.parameter, cell: labelAndDescription },
          { header: c.default, className: 'num', cell: (p) => asWritten(p.default) },
          {
            header: c.range,
            className: 'num',
            cell: (p) => (
              <>
                {asWritten(p.min)}–{asWritten(p.max)}
              </>
            ),
          },
          { header: c.unit, cell: (p) => p.unit },
        ]}
      />

      <h2 id="metrics">{messages.model.metricsHeading}</h2>
      <ReferenceTable
        labelledBy="metrics"
        rows={data.metrics}
        columns={[
          { header: c.metric, cell: labelAndDescription },
          { header: c.unit, cell: (m) => m.unit },
        ]}
      />

      <h2 id="moves">{messages.model.movesHeading}</h2>
      <ReferenceTable
        labelledBy="moves"
        rowIdAttribute="data-model-move"
        rows={moves}
        columns={[
          { header: c.move, cell: (m) => m.label },
          {
            header: c.party,
            cell: (m) => (
              <>
                <PartySwatch party={m.party} /> {partyLabel.get(m.party)}
              </>
            ),
          },
          {
            header: c.description,
            cell: (m) => (
              <>
                {m.description}
                {m.outcomes && <span className="cell-note">{m.outcomes.map((o) => o.label).join(' · ')}</span>}
              </>
            ),
          },
        ]}
      />
    </main>
  );
}
