// The demo's stand-in for the vendors' servers: it answers what the vendor-simulator service worker
// forwards (a request a page made to a vendor host) with the fake vendors of the browser tests.
import { answerVendorRequest as fakeVendorAnswer } from '../../e2e/fakes/vendors.mjs';
import { sendText } from './static.mjs';

export const SIMULATOR_PATH = '/vendor-simulator';

export function answerVendorRequest(request, response, url) {
  request.resume();
  if (!url) return sendText(response, 400, 'url required');
  const answer = fakeVendorAnswer(url, request.headers.origin);
  // A host no fake knows is refused, as it would be offline: the panel still lists what was asked for.
  if (!answer) return sendText(response, 404, `no simulator for ${new URL(url).host}`);
  response.writeHead(answer.status, { 'cache-control': 'no-store', ...answer.headers });
  response.end(answer.body);
}
