// The demo's stand-in for the vendors' servers: it answers what the vendor-simulator service worker
// forwards (a request a page made to a vendor host), with the fake vendor scripts the browser tests use.
import { sendText } from './static.mjs';

export const SIMULATOR_PATH = '/vendor-simulator';

export async function answerVendorRequest(request, response, url) {
  request.resume();
  if (!url) return sendText(response, 400, 'url required');
  return sendText(response, 204, '');
}
