import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';
import './share.css';

export const metadata: Metadata = {
  // Absolute addresses for link previews; set PARLEY_ORIGIN to the public origin when deploying.
  metadataBase: new URL(process.env.PARLEY_ORIGIN ?? 'http://localhost:3000'),
  title: 'Parley',
  description: 'A scenario simulation workbench for peace negotiations.',
  // Empty inline icon until the app ships one (e.g. app/icon.svg): stops the /favicon.ico 404.
  icons: { icon: 'data:,' },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Pages render per request so that each carries the nonce of its Content-Security-Policy.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
