/**
 * Whether a URL goes to one of the hosts. `*.clarity.ms` and `clarity.ms` alike match the host and every
 * subdomain (a zone too wide is the safe side); a scheme, port or path written in a host entry is ignored.
 */
export function hostMatcher(hosts: string[]): (url: unknown, base?: string) => boolean {
  const names = hosts.map((host) => host.toLowerCase().replace(/^(?:[a-z][\w+.-]*:\/\/)?(?:\*\.)?([^/:]*?)\.?(?:[/:].*)?$/, '$1'));
  return (url, base) => {
    try {
      const host = new URL(url as string, base).hostname.replace(/\.$/, '');
      // With a dot in front of both, "ends with" means "is the host or one of its subdomains".
      return names.some((name) => `.${host}`.endsWith(`.${name}`));
    } catch {
      return false; // Not a URL anything can fetch.
    }
  };
}
