import { Link } from '../router';

/** The signed-in app under /app: a Zero-Telemetry Zone, reached by client-side navigation. */
export function Workspace({ path }: { path: string }) {
  return (
    <>
      <h1>{path.startsWith('/app/devices') ? 'Devices' : 'Operations overview'}</h1>
      <p class="zone-note">Zero-Telemetry Zone: no Mixpanel, no Hotjar, nothing else watching while you work.</p>
      <nav aria-label="App">
        <Link href="/app">Overview</Link>
        <Link href="/app/devices">Devices</Link>
        {/* A full page load: this document was served with the zone's CSP header, which it keeps for life. */}
        <a href="/">Back to the site</a>
      </nav>
      <ul>
        <li>core-sw-01: healthy</li>
        <li>edge-fw-02: 3 alerts</li>
      </ul>
    </>
  );
}
