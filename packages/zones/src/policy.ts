/**
 * The zone policy, an allowlist (CSP cannot deny a host, only allow): the listed origins, and nothing else
 * on the network. Inline code, eval, data: and blob: stay allowed: they reach no host, and a site's own CSP,
 * enforced alongside this one, keeps its stricter rules ("policies intersect").
 */
export const zonePolicy = (sources: string[]) => `default-src ${sources.join(' ')} 'unsafe-inline' 'unsafe-eval' data: blob:`;
