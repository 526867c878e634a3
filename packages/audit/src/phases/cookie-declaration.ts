/**
 * Cookie declaration drift: every cookie any visitor of the audit ended up with, that no service of the
 * config declares, with the response or script that set it.
 */
import type { Run } from '../run';

export function cookieDeclaration(run: Run): void {
  const undeclared = [...run.cookiesSeen].filter(([name]) => !run.declared.any(name));
  run.results.report(
    'declared-cookies',
    undeclared.map(([name, setBy]) => `cookie ${name}: declared by no service, set by ${setBy ?? 'a request the audit did not see'}`),
    `${run.cookiesSeen.size} cookie(s) seen, each declared by a service`,
  );
}
