import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findScenario, scenarios } from '../../../../machines/registry';
import { formatNumber } from '../../../../lib/charts/format';
import { EvidenceBadge } from '../../../_components/evidence-badge';
import { messages, partyOrder } from '../../../_components/messages';
import { PartySwatch } from '../../../_components/party-swatch';

/** Route props, spelled out rather than Next's generated `PageProps` so typechecking needs no build first. */
interface Props {
  params: Promise<{ scenarioId: string }>;
}

export function generateStaticParams() {
  return scenarios.map((s) => ({ scenarioId: s.data.id }));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const scenario = findScenario((await props.params).scenarioId);
  return scenario ? { title: `${messages.model.title(scenario.data.title)} · Parley` } : {};
}

/** Decimals enough to show a number as written in the data (e.g. 0.05, 26517). */
const asWritten = (n: number) => formatNumber(n, Math.min(3, (String(n).split('.')[1] ?? '').length));

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
      <div className="table-scroll" role="region" aria-labelledby="parameters" tabIndex={0}>
        <table className="reference-table">
          <thead>
            <tr>
              <th scope="col">{c.parameter}</th>
              <th scope="col">{c.default}</th>
              <th scope="col">{c.range}</th>
              <th scope="col">{c.unit}</th>
              <th scope="col">{c.source}</th>
              <th scope="col">{c.evidence}</th>
            </tr>
          </thead>
          <tbody>
            {data.parameters.map((p) => (
              <tr key={p.id} data-parameter={p.id}>
                <th scope="row">
                  {p.label}
                  <span className="cell-note">{p.description}</span>
                </th>
                <td className="num">{asWritten(p.default)}</td>
                <td className="num">
                  {asWritten(p.min)}–{asWritten(p.max)}
                </td>
                <td>{p.unit}</td>
                <td className="cell-source">{p.source}</td>
                <td>
                  <EvidenceBadge kind={p.kind} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="metrics">{messages.model.metricsHeading}</h2>
      <div className="table-scroll" role="region" aria-labelledby="metrics" tabIndex={0}>
        <table className="reference-table">
          <thead>
            <tr>
              <th scope="col">{c.metric}</th>
              <th scope="col">{c.unit}</th>
              <th scope="col">{c.source}</th>
              <th scope="col">{c.evidence}</th>
            </tr>
          </thead>
          <tbody>
            {data.metrics.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.label}
                  <span className="cell-note">{m.description}</span>
                </th>
                <td>{m.unit}</td>
                <td className="cell-source">{m.source}</td>
                <td>
                  <EvidenceBadge kind={m.kind} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="moves">{messages.model.movesHeading}</h2>
      <div className="table-scroll" role="region" aria-labelledby="moves" tabIndex={0}>
        <table className="reference-table">
          <thead>
            <tr>
              <th scope="col">{c.move}</th>
              <th scope="col">{c.party}</th>
              <th scope="col">{c.description}</th>
              <th scope="col">{c.source}</th>
              <th scope="col">{c.evidence}</th>
            </tr>
          </thead>
          <tbody>
            {moves.map((m) => (
              <tr key={m.id} data-model-move={m.id}>
                <th scope="row">{m.label}</th>
                <td>
                  <PartySwatch party={m.party} /> {partyLabel.get(m.party)}
                </td>
                <td>
                  {m.description}
                  {m.outcomes && <span className="cell-note">{m.outcomes.map((o) => o.label).join(' · ')}</span>}
                </td>
                <td className="cell-source">{m.source}</td>
                <td>
                  <EvidenceBadge kind={m.kind} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
