// Demo only: a panel listing every request this page made to another site, so anyone can watch a
// zero-telemetry zone stay silent. It reads the browser's own Resource Timing entries, which record
// scripts, XHR, fetch, beacons and image pixels alike, and lists WebSockets itself. It also installs the
// vendor simulator when the demo server runs offline (the default).
(() => {
  const panel = document.createElement('aside');
  panel.className = 'tracker-panel';
  panel.setAttribute('aria-label', 'Requests to other sites');
  panel.innerHTML =
    '<details><summary>Requests to other sites: <output data-tracker-count>0</output></summary>' +
    '<p class="tracker-panel-mode"></p><ol data-tracker-list></ol></details>';
  const count = panel.querySelector('[data-tracker-count]');
  const list = panel.querySelector('[data-tracker-list]');
  const mode = panel.querySelector('.tracker-panel-mode');
  let total = 0;

  function show(entry) {
    const url = new URL(entry.name);
    if (url.origin === location.origin) return;
    total += 1;
    count.value = String(total);
    const item = document.createElement('li');
    const time = document.createElement('time');
    time.textContent = `${(entry.startTime / 1000).toFixed(2)} s`;
    const what = document.createElement('code');
    what.textContent = `${entry.initiatorType} ${url.host}${url.pathname}`;
    item.append(time, ' ', what);
    list.append(item);
  }

  new PerformanceObserver((entries) => entries.getEntries().forEach(show)).observe({ type: 'resource', buffered: true });

  // A service worker never sees a WebSocket (Hotjar opens one), and Resource Timing does not list it. While
  // the simulator runs (the default, until the server says otherwise), a socket to another site is listed
  // and opened against this demo server instead, which refuses it: the vendor sees a failed connection and
  // nothing leaves this machine. Installed at once, before any vendor can load.
  let simulating = true;
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = new Proxy(NativeWebSocket, {
    construct(target, [url, protocols], newTarget) {
      const address = new URL(url, location.href);
      if (!simulating || address.host === location.host) return Reflect.construct(target, [url, protocols], newTarget);
      show({ name: address.href.replace(/^ws/, 'http'), initiatorType: 'websocket', startTime: performance.now() });
      return Reflect.construct(target, [`${location.origin.replace(/^http/, 'ws')}/demo/no-websockets`, protocols], newTarget);
    },
  });

  async function setUpSimulator() {
    const { simulateVendors } = await (await fetch('/demo/mode.json')).json();
    simulating = simulateVendors;
    const worker = navigator.serviceWorker;
    if (!worker) {
      mode.textContent = 'Vendor simulator unavailable here (service workers need https or localhost).';
      return;
    }
    if (simulateVendors) {
      await worker.register('/demo/vendor-simulator-sw.js', { scope: '/' });
      mode.textContent = 'Vendor hosts answered by the local simulator: nothing leaves this machine.';
    } else {
      for (const registration of await worker.getRegistrations()) await registration.unregister();
      mode.textContent = 'Real vendors: these requests go to the network.';
    }
  }

  const mount = () => document.body.append(panel);
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
  setUpSimulator().catch((error) => {
    mode.textContent = `Vendor simulator failed: ${error.message}`;
  });
})();
