import type { Selectable } from 'kysely';
import type { ConsentReceipt, StoredConsent } from '../types';
import type { ConsentsTable } from './tables';

type ConsentRow = Omit<Selectable<ConsentsTable>, 'row_id'>;

/** The receipt as the SDK sent it, rebuilt from its columns (same fields, same order). */
export function toReceipt(row: ConsentRow): ConsentReceipt {
  return {
    id: row.consent_id!,
    timestamp: row.timestamp!,
    revision: row.revision!,
    regime: row.regime as ConsentReceipt['regime'],
    method: row.method as ConsentReceipt['method'],
    gpc: Boolean(row.gpc),
    categories: JSON.parse(row.categories!),
    services: JSON.parse(row.services!),
    path: row.path!,
  };
}

export function toStored(row: ConsentRow): StoredConsent {
  return {
    receipt: toReceipt(row),
    site: row.site,
    receivedAt: row.received_at,
    clientIp: row.client_ip,
    seq: Number(row.seq),
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}
