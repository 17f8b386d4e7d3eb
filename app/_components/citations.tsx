import type { ScenarioData } from '@/machines/scenario';
import { messages } from '@/app/_i18n/messages';

/**
 * Sources by id, in full: each citation, with its publication date when it has one and a link when
 * it has an address, joined as one line. The text is the scenario's own, never HTML.
 */
export function Citations({ data, ids }: { data: Pick<ScenarioData, 'sources'>; ids: readonly string[] }) {
  return ids.map((id, i) => {
    const source = data.sources.find((s) => s.id === id);
    const citation = source?.citation ?? id;
    return (
      <span key={id} data-source={id}>
        {i > 0 && '; '}
        {source?.url ? <a href={source.url}>{citation}</a> : citation}
        {source?.date && ` (${messages.format.longDate(source.date)})`}
      </span>
    );
  });
}
