/** Every public type of @consentry/core, in one place. */
import type * as z from 'zod/mini';
import type { configSchema, customServiceSchema, serviceFields } from './config/schema';
import type { JsonSchema } from './config/validate';

export type { JsonSchema };

/** The browser window with its constructors (`MutationObserver`, `CustomEvent`...). */
export type BrowserWindow = Window & typeof globalThis;

type SchemaInput = z.input<typeof configSchema>;

/** Fields every service has: `id`, `category`, and what to clean up on withdrawal. */
export type ServiceFields = z.input<z.ZodMiniObject<typeof serviceFields>>;
export type CustomServiceConfig = z.input<typeof customServiceSchema>;

/** A service entry: the fields every service has, plus its vendor's own fields. */
export type ServiceConfig = ServiceFields & { vendor: string; [field: string]: unknown };

/** The configuration a site passes to `createConsentry` (or puts in its JSON config block). */
export type ConsentryConfig<Service extends { vendor: string } = ServiceConfig> = Omit<SchemaInput, 'services'> & {
  services?: Service[];
};

export type CategoryConfig = NonNullable<SchemaInput['categories']>[string];
export type StorageConfig = NonNullable<SchemaInput['storage']>;
export type ZeroTelemetryConfig = NonNullable<SchemaInput['zeroTelemetry']>;

export type Regime = 'opt-in' | 'opt-out';

/**
 * How the current choice was made. `default` means the visitor has not chosen yet. `gpc` means Global
 * Privacy Control turned sharing off under opt-out before the visitor chose: it is recorded and proven,
 * but the visitor is still asked (`decided` stays false).
 */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'do-not-sell' | 'gpc' | 'default';

/** A config problem: `{ path: "services[1].projectId", message: "required" }`. */
export interface ConfigIssue {
  path: string;
  message: string;
}

/** What `get()` returns: the consent in force now, frozen. */
export interface ConsentState {
  /** The visitor made a choice that is still valid (same revision, not expired, no new category). */
  decided: boolean;
  /** Every category, `necessary` included (always true). */
  categories: Record<string, boolean>;
  /** Every configured service: granted when its category is and the visitor did not turn it off. */
  services: Record<string, boolean>;
  revision: string;
  /** Pseudonymous consent id, set once a choice is recorded (the visitor's, or GPC's). */
  id: string | null;
  /** ISO timestamp of the last choice. */
  updatedAt: string | null;
  method: ConsentMethod;
  regime: Regime;
  /** Global Privacy Control was on and honoured: sharing categories are off whatever else was chosen. */
  gpc: boolean;
}

/** The choices to store: category or service ids mapped to granted or not. */
export type Choices = Record<string, boolean>;

/** The minimal proof-of-consent record sent to `record.endpoint` and returned by `receipt()`. */
export interface ConsentReceipt {
  id: string;
  timestamp: string;
  revision: string;
  regime: Regime;
  method: Exclude<ConsentMethod, 'default'>;
  gpc: boolean;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  path: string;
}

export interface ConsentryEvents {
  /** Consent changed, here or in another tab. */
  change: (state: ConsentState, previous: ConsentState) => void;
  /** Tracking was suspended (a zero-telemetry zone was entered) or resumed. */
  suspend: (suspended: boolean) => void;
  /**
   * Consent was withdrawn (here or in another tab): the ids of the categories and services no longer
   * granted, told after their cookies and storage keys were deleted and their vendors stopped.
   */
  withdraw: (ids: string[]) => void;
}

/** What a vendor integration gets to act on a running service. */
export interface ServiceContext {
  state: ConsentState;
  window: BrowserWindow;
  /** Adds a `<script>` (with the configured nonce) and resolves once it has loaded. */
  loadScript(src: string, attributes?: Record<string, string>): Promise<void>;
}

/**
 * A vendor integration: a declarative description of what a vendor is, what it stores and talks to,
 * and how to start and stop it. `@consentry/integrations` ships one per vendor.
 */
/** A rule of the in-page request guard, asked on every request with its URL resolved against the document. */
export type RequestRefusal = (url: URL) => boolean;

export interface VendorDefinition<Service extends ServiceConfig = any> {
  vendor: string;
  /** JSON Schema of one service entry of this vendor (generated from its zod schema). */
  schema: JsonSchema;
  /** Hosts it talks to (`*.clarity.ms` matches subdomains): zones block them. */
  hosts(service: Service): string[];
  /** Cookies it writes (trailing `*` = prefix), deleted on withdrawal on every domain level. */
  cookies(service: Service): string[];
  /** localStorage / sessionStorage keys it writes (trailing `*` = prefix), deleted on withdrawal. */
  storageKeys(service: Service): string[];
  /** Runs before consent is known, whatever it will be (Consent Mode defaults). Must not load anything. */
  prepare?(service: Service, context: ServiceContext): void;
  /** Consent granted: load the vendor and tell it so. */
  start(service: Service, context: ServiceContext): void | Promise<void>;
  /** Consent changed while it runs (for example the ads signal of Clarity follows the marketing category). */
  update?(service: Service, context: ServiceContext): void;
  /**
   * Consent withdrawn, or a zero-telemetry zone is entered (without `suspend`): tell the vendor and stop
   * it. Returns false when the stop cannot hold now (Clarity about to restart itself): a withdrawal then
   * reloads the page.
   */
  stop(service: Service, context: ServiceContext): void | boolean;
  /**
   * A zero-telemetry zone is entered while consent stands: silence the vendor but keep what it stored
   * (the visitor's id). Without it, `stop` is used. Leaving the zone calls `start` again.
   */
  suspend?(service: Service, context: ServiceContext): void;
  /**
   * Whether the vendor, paused now, would stay paused. False while it may start itself again whatever it
   * is told (Clarity, for 250 ms after a URL change): a "block" zone entry is then a full page load.
   * Without it, a pause holds.
   */
  suspendHolds?(service: Service, window: BrowserWindow): boolean;
  /** False when the vendor has no runtime stop: the page must reload to be silent (Hotjar). */
  stoppable: boolean;
}

/**
 * The service entries a config may list with these vendor integrations: each one's own type (the input
 * of its zod schema, so a missing `projectId` does not compile), and custom services.
 */
export type ServiceOf<Vendor extends VendorDefinition> = CustomServiceConfig | (Vendor extends VendorDefinition<infer Service> ? Service : never);

export interface CreateOptions<Vendor extends VendorDefinition = VendorDefinition> {
  /** Vendor integrations that config services may name. */
  vendors?: Vendor[];
  /**
   * Whether to start suspended (a zero-telemetry route): nothing gated runs until `suspend(false)`. Asked
   * once the config is valid, with its defaults applied.
   */
  suspended?: (config: NormalizedConfig) => boolean;
  /** Checks of your own (zone route patterns), whose issues are reported with the config's. */
  check?: (config: unknown) => ConfigIssue[];
}

/** The object `createConsentry` returns. */
export interface Consentry {
  readonly config: NormalizedConfig;
  get(): ConsentState;
  /** Whether a category or a service is granted now. */
  has(categoryOrServiceId: string): boolean;
  acceptAll(): void;
  rejectAll(): void;
  /**
   * Records a custom choice; categories and services not named keep their current value. Only `true`
   * grants; an id that is no category or service throws before anything is stored.
   */
  set(choices: Choices): void;
  /** "Do Not Sell or Share My Personal Information": turns off every sharing category. */
  optOutOfSale(): void;
  /** Forgets the stored choice: the visitor is asked again, and what was granted is withdrawn. */
  reset(): void;
  on<E extends keyof ConsentryEvents>(event: E, listener: ConsentryEvents[E]): () => void;
  /** Runs `fn` once the category or service is granted (at once if it already is). Returns a cancel. */
  onGranted(categoryOrServiceId: string, fn: () => void): () => void;
  /** The proof-of-consent record sent for the current choice (stored with it, so the same on any later page), or null before any choice. */
  receipt(): ConsentReceipt | null;
  /** Stops every vendor it started and detaches every listener; stored consent stays. Decisions, suspend() and onGranted() do nothing after it. */
  destroy(): void;
  /** Pauses every vendor and markup gate (zero-telemetry zones), or resumes them. */
  suspend(suspended: boolean): void;
  /** True while suspended: nothing gated runs, and there is nothing to ask the visitor. */
  readonly suspended: boolean;
  /** Whether any vendor, gated markup or `onGranted` code has run in this document (only a fresh document is clean again). */
  readonly trackersRan: boolean;
  /** Whether gated markup or `onGranted` code has run: code no vendor stop reaches, silenced only by a fresh document. */
  readonly unstoppableRan: boolean;
}

/** Config with every default applied. */
export interface NormalizedConfig {
  revision: string;
  categories: Record<string, { label: string; description?: string; sharing: boolean }>;
  services: ServiceConfig[];
  storage: Required<Omit<StorageConfig, 'domain'>> & { domain?: string };
  regime: Regime;
  language?: string;
  texts: Record<string, Record<string, string>>;
  privacyPolicyUrl?: string;
  record?: { endpoint: string };
  zeroTelemetry?: ZeroTelemetryConfig;
  theme: Record<string, string>;
  nonce?: string;
}
