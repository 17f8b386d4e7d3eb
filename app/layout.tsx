import type { Metadata, Viewport } from 'next';
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
