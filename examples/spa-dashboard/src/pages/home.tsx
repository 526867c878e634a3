import { Link } from '../router';

export function Home() {
  return (
    <>
      <h1>Your network operations centre, in the browser</h1>
      <p>Monitor devices, triage alerts and open audited terminal sessions from one place.</p>
      <p>
        <Link href="/app">Open the app</Link> · <Link href="/pricing">See pricing</Link>
      </p>
    </>
  );
}
