export interface RunningExamples {
  /** Ports the marketing site and the SPA dashboard listen on (127.0.0.1). */
  marketing: number;
  spa: number;
  close(): Promise<void>;
}

export function startExamples(options?: { marketingPort?: number; spaPort?: number; simulateVendors?: boolean }): Promise<RunningExamples>;
