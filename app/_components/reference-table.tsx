import type { ReactNode } from 'react';
import type { Evidence, Source } from '@/machines/scenario';
import { EvidenceBadge } from './evidence-badge';
import { messages } from '@/app/_i18n/messages';

/** A thing the model rests on: it has an id, cites its sources and says whether it is fact or assumption. */
interface Cited extends Evidence {
  id: string;
}

/** One column: its header and what a row puts in its cell. */
export interface ReferenceColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  className?: string;
}

interface Props<Row extends Cited> {
  /** The id of the heading that names the table; the scrolling region is labelled by it. */
  labelledBy: string;
  /** The first column heads each row (`<th scope="row">`); the source and the fact/assumption badge follow the last. */
  columns: readonly [ReferenceColumn<Row>, ...ReferenceColumn<Row>[]];
  rows: readonly Row[];
  /** The scenario's sources: each row's are named by their short label, linked to the page's list (`#source-<id>`). */
  sources: readonly Source[];
  /** An attribute holding each row's id, for tests and links (`data-parameter`). */
  rowIdAttribute?: `data-${string}`;
}

/**
 * A table of the model's parameters, measures or moves, each with its source and evidence badge.
 * On a phone each row is laid out as a card, every cell under its column's name, so the source and
 * the badge are in sight without scrolling sideways; the explicit roles keep it a table to assistive
 * technology whatever its layout.
 */
export function ReferenceTable<Row extends Cited>({ labelledBy, columns, rows, sources, rowIdAttribute }: Props<Row>) {
  const [head, ...rest] = columns;
  const labels = new Map(sources.map((s) => [s.id, s.label]));
  const c = messages.model.columns;
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="reference-table" role="table">
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th key={column.header} scope="col" role="columnheader">
                {column.header}
              </th>
            ))}
            <th scope="col" role="columnheader">
              {c.source}
            </th>
            <th scope="col" role="columnheader">
              {c.evidence}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.id} role="row" {...(rowIdAttribute && { [rowIdAttribute]: row.id })}>
              <th scope="row" role="rowheader">
                {head.cell(row)}
              </th>
              {rest.map((column) => (
                <td key={column.header} role="cell" className={column.className} data-label={column.header}>
                  {column.cell(row)}
                </td>
              ))}
              <td role="cell" className="cell-source" data-label={c.source}>
                <ul className="source-refs">
                  {row.sources.map((id) => (
                    <li key={id}>
                      <a href={`#source-${id}`}>{labels.get(id) ?? id}</a>
                    </li>
                  ))}
                </ul>
              </td>
              <td role="cell" data-label={c.evidence}>
                <EvidenceBadge kind={row.kind} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
