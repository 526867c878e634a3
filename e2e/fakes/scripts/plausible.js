// plausible.io/js/script.js, as it behaves where it matters to consent (the script as published, and
// plausible.io/docs/excluding-localstorage, /docs/events-api):
// - sends each event by XHR POST to `data-api`, else `<script origin>/api/event`, with the site from
//   `data-domain`: a pageview on load and on each pushState / popstate, and `plausible(name)` calls;
// - before each event, `localStorage.plausible_ignore === "true"` makes it send nothing ("Ignoring Event:
//   localStorage flag"); it sets no cookie and stores nothing.
// The real script also ignores events when `navigator.webdriver` is true, which every automated browser
// is: the fake leaves that out, or no test could see an event.
(function () {
  var fake = window.__fakeVendors;
  var script = document.currentScript;
  var api = script.getAttribute('data-api') || new URL(script.src).origin + '/api/event';
  var domain = script.getAttribute('data-domain');
  var send = function (name) {
    fake.log('plausible', 'event', [name]);
    try {
      if (window.localStorage.plausible_ignore === 'true') return console.warn('Ignoring Event: localStorage flag');
    } catch (error) {}
    fake.post(api, JSON.stringify({ n: name, u: location.href, d: domain, r: document.referrer || null }));
  };
  var queued = (window.plausible && window.plausible.q) || [];
  window.plausible = send;
  queued.forEach(function (args) { send.apply(null, args); });
  var last;
  var pageview = function () {
    if (last === location.pathname) return;
    last = location.pathname;
    send('pageview');
  };
  fake.onUrlChange(pageview);
  pageview();
})();
