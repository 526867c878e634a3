export { createReceiver, type Receiver } from './http/app';
export { openStore, type ConsentStore } from './store/open';
export { migrate } from './store/migrations';
export { verifyChains } from './store/verify';
export { purgeBefore } from './store/retention';
export { receiptSchema } from './record/schema';
export type { ConsentReceipt, StoredConsent, StoreLocation, DecisionCount, ChainBreak, ChainReport, ReceiverOptions } from './types';
