// `npm run demo`: serves both examples on localhost until Ctrl-C.
//   node examples/serve.mjs [--port 4410] [--real-vendors]
// --real-vendors: no vendor simulator; with real ids in the examples' consentry.config.json and a network,
// the examples talk to the real Clarity, Google Analytics, Mixpanel and Hotjar.
// --records FILE: where the marketing site's receiver keeps the proof-of-consent records (SQLite).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startExamples } from './server/examples.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4410' },
    'real-vendors': { type: 'boolean', default: false },
    records: { type: 'string', default: fileURLToPath(new URL('.data/consent.db', import.meta.url)) },
  },
});
const port = Number(values.port);
const simulateVendors = !values['real-vendors'];
const examples = await startExamples({ marketingPort: port, spaPort: port + 1, simulateVendors, recordsDb: values.records });

console.log(`
  Consentry examples
    Marketing site (script tag, Clarity + GA4, /dashboard zone): http://localhost:${examples.marketing}/
    SPA dashboard  (npm import, Mixpanel + Hotjar, /app zone):   http://localhost:${examples.spa}/
    Proof of consent (records kept by @consentry/receiver):      http://localhost:${examples.marketing}/proof

  Vendors: ${simulateVendors ? 'answered by the local simulator (nothing leaves this machine)' : 'real (network)'}
  Records: ${values.records}
  Each page lists the requests it made to other sites in the panel at the bottom right.
  Ctrl-C to stop.
`);

const stop = () => examples.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
