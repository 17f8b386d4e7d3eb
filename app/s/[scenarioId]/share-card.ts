import type { Metadata } from 'next';

/**
 * A scenario page's title, description and link preview: the Open Graph and Twitter cards with the
 * scenario's 1200×630 image (`public/og/<id>.png`), so a link to the workbench or to the model
 * pasted in a chat or an LMS shows the same picture.
 */
export function shareCardMetadata(scenario: { id: string; title: string }, page: { title: string; description: string }): Metadata {
  const { title, description } = page;
  const image = { url: `/og/${scenario.id}.png`, width: 1200, height: 630, alt: `${scenario.title}: a Parley scenario` };
  return {
    title: `${title} · Parley`,
    description,
    openGraph: { type: 'website', siteName: 'Parley', title, description, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
