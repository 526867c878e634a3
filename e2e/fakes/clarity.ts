// What Clarity uploaded, decoded by Clarity's own decoder (clarity-decode, the version of clarity-js):
// non-final uploads are gzipped (clarity-js data/upload.ts: `await compress(payload)`), the last one is sent
// as text by sendBeacon.
import { gunzipSync } from 'node:zlib';
import { decode, type Data } from 'clarity-decode';
import type { RecordedRequest } from './index';

/** The payloads of Clarity's uploads among these requests (its `collect` endpoint). */
export function clarityPayloads(requests: RecordedRequest[]): Data.DecodedPayload[] {
  return requests
    .filter((request) => request.path === '/collect' && request.data)
    .map(({ data }) => decode((data![0] === 0x1f && data![1] === 0x8b ? gunzipSync(data!) : data!).toString('utf8')));
}
