export default function HomePage() {
  return (
    <main>
      <h1>Parley</h1>
      <p>A scenario simulation workbench for peace negotiations.</p>
    </main>
  );
}
