import { consentry } from './consentry';
import { Link, usePath } from './router';
import { Home } from './pages/home';
import { Pricing } from './pages/pricing';
import { PrivacyChoices } from './pages/privacy-choices';
import { Workspace } from './pages/workspace';

function Page({ path }: { path: string }) {
  if (path === '/app' || path.startsWith('/app/')) return <Workspace path={path} />;
  if (path === '/pricing') return <Pricing />;
  if (path === '/privacy') return <PrivacyChoices />;
  return <Home />;
}

export function App() {
  const path = usePath();
  return (
    <>
      <header>
        <strong>Beacon NOC</strong>
        <nav aria-label="Main">
          <Link href="/">Home</Link>
          <Link href="/pricing">Pricing</Link>
          <Link href="/privacy">Privacy</Link>
          <Link href="/app">Open the app</Link>
        </nav>
      </header>
      <main>
        <Page path={path} />
      </main>
      <footer>
        <nav aria-label="Legal">
          <Link href="/privacy">Privacy and your choices</Link>
          <button type="button" class="link-button" onClick={() => consentry.showPreferences()}>
            Cookie settings
          </button>
        </nav>
        <p>Beacon NOC, an example app for Consentry.</p>
      </footer>
    </>
  );
}
