import type { Metadata } from 'next';
import { messages } from '@/app/_i18n/messages';

/**
 * A scenario page's title, description and link preview: the Open Graph and Twitter cards with the
 * scenario's 1200×630 image (`public/og/<id>.png`), so a link to the workbench or to the model
 * pasted in a chat or an LMS shows the same picture.
 */
export function shareCardMetadata(scenario: { id: string; title: string }, page: { title: string; description: string }): Metadata {
  const { title, description } = page;
  const image = { url: `/og/${scenario.id}.png`, width: 1200, height: 630, alt: messages.shareCard.imageAlt(scenario.title) };
  return {
    title: messages.shareCard.pageTitle(title),
    description,
    openGraph: { type: 'website', siteName: messages.appName, title, description, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
