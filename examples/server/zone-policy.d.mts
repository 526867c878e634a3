/** The zone CSP header for a response, as headers to send (none outside zones); throws for a wrong zone config. */
export type ZoneHeaders = (config: object, pathname: string) => Record<string, string>;

export function loadZonePolicy(entry?: string): Promise<ZoneHeaders>;
