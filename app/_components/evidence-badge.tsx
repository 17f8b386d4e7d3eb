import { messages } from '@/app/_i18n/messages';

/**
 * “Fact” or “Assumption”: whether a number or move rests on a publication or on a modelling choice;
 * “Simulated”: an event of a what-if, which did not happen.
 */
export function EvidenceBadge({ kind }: { kind: 'fact' | 'assumption' | 'simulated' }) {
  return <span className={`badge badge-${kind}`}>{messages.evidence[kind]}</span>;
}
