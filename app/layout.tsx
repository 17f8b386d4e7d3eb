import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { messages } from './_i18n/messages';
import './globals.css';
import './share.css';

export const metadata: Metadata = {
  // Absolute addresses for link previews; set PARLEY_ORIGIN to the public origin when deploying.
  metadataBase: new URL(process.env.PARLEY_ORIGIN ?? 'http://localhost:3000'),
  title: messages.appName,
  description: messages.appTagline,
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Pages render per request so that each carries the nonce of its Content-Security-Policy.
  await connection();
  return (
    <html lang={messages.locale}>
      <body>{children}</body>
    </html>
  );
}
