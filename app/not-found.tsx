import Link from 'next/link';
import { messages } from './_i18n/messages';

export default function NotFound() {
  return (
    <main className="page">
      <h1>{messages.notFound.title}</h1>
      <p role="alert">{messages.notFound.body}</p>
      <p>
        <Link href="/">{messages.notFound.back}</Link>
      </p>
    </main>
  );
}
