import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
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
