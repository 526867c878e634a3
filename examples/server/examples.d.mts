export interface RunningExamples {
  /** Ports the marketing site and the SPA dashboard listen on (127.0.0.1). */
  marketing: number;
  spa: number;
  close(): Promise<void>;
}

export function startExamples(options?: {
  marketingPort?: number;
  spaPort?: number;
  simulateVendors?: boolean;
  /** SQLite file of the marketing site's proof-of-consent records; `:memory:` by default. */
  recordsDb?: string;
  /** Host names the marketing site is reached by (its records' origins); localhost and 127.0.0.1 by default. */
  hosts?: string[];
}): Promise<RunningExamples>;
