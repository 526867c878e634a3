import type { BrowserWindow, Choices, ConsentMethod, ConsentState, Consentry, ConsentryConfig, ConsentryEvents, CreateOptions, ServiceOf, VendorDefinition } from './types';
import { loadConfig } from './config/load';
import { isolate } from './isolate';
import { allChoices, computeState, currentRecord, sameState } from './consent/state';
import { createMarkupGate } from './gating/markup';
import { buildReceipt, sendReceipt } from './record/receipt';
import { createServiceRunner } from './services/runner';
import { globalPrivacyControl } from './signals/gpc';
import { createStorage } from './storage/storage';
import { decodeRecord, encodeRecord, newConsentId, RECORD_VERSION, type Decision, type StoredRecord } from './storage/record';
import { createTabSync } from './sync/tabs';


/**
 * Creates the consent controller. Throws `ConsentryConfigError` for an invalid config, before anything
 * is read, stored or loaded. Fails closed everywhere else: unreadable storage means no consent.
 * With typed vendor integrations (`vendors: [clarity, ga4]`), TypeScript checks each service against its
 * vendor's fields. The config is validated at run time all the same: it may come from JSON.
 */
export function createConsentry<Vendor extends VendorDefinition = VendorDefinition>(input: ConsentryConfig<ServiceOf<Vendor>>, options: CreateOptions<Vendor> = {}): Consentry {
  const window = globalThis.window as BrowserWindow;
  const config = loadConfig(input, options.vendors ?? [], window, options.check);
  const storage = createStorage(config.storage, window);
  const gpc = globalPrivacyControl(window);
  const listeners: { [E in keyof ConsentryEvents]: Set<ConsentryEvents[E]> } = { change: new Set(), suspend: new Set(), withdraw: new Set() };
  const waiting = new Set<{ id: string; fn: () => void }>();
  let grantedCodeRan = false; // Site code started by onGranted (a custom service) cannot be stopped either.
  let suspended = options.suspended?.(config) === true;
  // After destroy() a stale handler (an old banner, an SPA remount) must not decide or start anything.
  let destroyed = false;

  const readRecord = () => currentRecord(config, decodeRecord(storage.read(), Date.now()), Date.now(), gpc);
  let record: StoredRecord | null = readRecord();
  let state = computeState(config, record, gpc);

  /** Stores a decision with the proof-of-consent record it makes, sends that record, and returns the consent now in force. */
  const store = (choices: Choices, method: Exclude<ConsentMethod, 'default'>): ConsentState => {
    const now = Date.now();
    const decision: Decision = {
      v: RECORD_VERSION,
      revision: config.revision,
      id: record?.id ?? newConsentId(window),
      createdAt: record?.createdAt ?? now,
      updatedAt: now,
      method,
      choices,
      gpc: state.gpc,
    };
    // Whatever was chosen, the state in force is computed from the decision, so GPC still applies.
    const next = computeState(config, decision, gpc);
    // The proof-of-consent record is fixed now and stored: receipt() on a later page returns what was sent.
    record = { ...decision, regime: next.regime, path: window.location.pathname, categories: next.categories, services: next.services };
    storage.write(encodeRecord(record));
    if (config.record) sendReceipt(config.record.endpoint, buildReceipt(record), window);
    return next;
  };
  // Opt-out shares until the visitor objects; GPC objecting before any click is an opt-out request of its
  // own (CCPA regulations, 11 CCR 7025(c)(1)), so it is proven like a click: recorded, and sent once per
  // consent id (a later page finds the record). The banner still asks, as the state stays undecided.
  if (!record && state.gpc && config.regime === 'opt-out') state = store({}, 'gpc');

  // Only an own `true` grants: `constructor` or `toString` would otherwise find Object.prototype's.
  const has = (id: string) => state.categories[id] === true || state.services[id] === true;
  const runner = createServiceRunner(config, options.vendors ?? [], window);
  const gate = createMarkupGate((id) => !suspended && has(id), window, config.nonce);

  const runGranted = () => {
    for (const entry of waiting) {
      if (has(entry.id)) {
        waiting.delete(entry);
        grantedCodeRan = true;
        isolate(window, entry.fn);
      }
    }
  };

  /** Brings vendors, gated markup and onGranted callbacks in line with the consent in force. */
  const sync = (previous: ConsentState | null) => {
    runner.update(state, previous, suspended);
    if (suspended) return;
    gate.update();
    runGranted();
  };

  const apply = (next: ConsentState) => {
    const previous = state;
    state = next;
    if (sameState(previous, next)) return;
    sync(previous);
    // Told once what was withdrawn has been stopped and deleted, so that integrations stop their vendor.
    const withdrawn = Object.keys({ ...previous.categories, ...previous.services }).filter((id) => (previous.categories[id] || previous.services[id]) && !has(id));
    if (withdrawn.length) for (const listener of listeners.withdraw) isolate(window, () => listener(withdrawn));
    // A listener that throws must not keep the others, the page event, other tabs or the record from hearing.
    for (const listener of listeners.change) isolate(window, () => listener(next, previous));
    window.dispatchEvent(new window.CustomEvent('consentry:change', { detail: next }));
  };

  const tabs = createTabSync(config.storage, window, () => {
    record = readRecord();
    apply(computeState(config, record, gpc));
  });

  const decide = (choices: Choices, method: Exclude<ConsentMethod, 'default'>) => {
    if (destroyed) return;
    apply(store(choices, method));
    tabs.announce();
  };

  /** The categories as they stand now, so that a partial choice keeps what it does not name. */
  const currentChoices = (): Choices => ({ ...record?.choices, ...state.categories });

  const controller: Consentry = {
    config,
    get: () => state,
    has,
    acceptAll: () => decide(allChoices(config, true), 'accept-all'),
    rejectAll: () => decide(allChoices(config, false), 'reject-all'),
    set: (choices) => {
      const next = currentChoices();
      for (const id of Object.keys(choices)) {
        // Thrown before anything is stored: a typo must not leave a half-made choice.
        if (typeof state.categories[id] !== 'boolean' && typeof state.services[id] !== 'boolean') throw new Error(`Consentry: set() got an unknown id "${id}"`);
        // Consent is an explicit yes: anything but true (a string, a number) is a no.
        next[id] = choices[id] === true;
      }
      decide({ ...next, necessary: true }, 'custom');
    },
    optOutOfSale: () => {
      const sharing = Object.keys(config.categories).filter((id) => config.categories[id]!.sharing);
      decide({ ...currentChoices(), ...Object.fromEntries(sharing.map((id) => [id, false])) }, 'do-not-sell');
    },
    reset: () => {
      if (destroyed) return;
      storage.clear();
      record = null;
      apply(computeState(config, null, gpc));
      tabs.announce();
    },
    on: (event, listener) => {
      const set = listeners[event] as Set<typeof listener> | undefined;
      if (!set) throw new Error(`Consentry: unknown event "${String(event)}"`);
      set.add(listener);
      return () => set.delete(listener);
    },
    onGranted: (id, fn) => {
      const entry = { id, fn };
      waiting.add(entry);
      if (!suspended && !destroyed) runGranted();
      return () => waiting.delete(entry);
    },
    get suspended() {
      return suspended;
    },
    get trackersRan() {
      return runner.ranAny || controller.unstoppableRan;
    },
    get unstoppableRan() {
      return gate.activated || grantedCodeRan;
    },
    receipt: () => (record ? buildReceipt(record) : null),
    suspend: (value) => {
      if (suspended === value || destroyed) return;
      suspended = value;
      sync(null);
      for (const listener of listeners.suspend) isolate(window, () => listener(value));
    },
    destroy: () => {
      destroyed = true;
      runner.update(state, null, true);
      gate.destroy();
      tabs.destroy();
      for (const set of Object.values(listeners)) set.clear();
      waiting.clear();
    },
  };
  sync(null);
  return controller;
}
