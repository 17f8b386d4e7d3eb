import { messages } from '@/app/_i18n/messages';

/** “Fact” or “Assumption”: whether a number or move rests on a publication or on a modelling choice. */
export function EvidenceBadge({ kind }: { kind: 'fact' | 'assumption' }) {
  return <span className={`badge badge-${kind}`}>{messages.evidence[kind]}</span>;
}
