// scripts.clarity.ms/<ver>/clarity.js, as it behaves where it matters to consent:
// - refuses to start when navigator.globalPrivacyControl === true;
// - uploads (XHR POST to k.clarity.ms/collect, image c.clarity.ms/c.gif) on start, every 2 s, and on
//   navigation; cookies _clck/_clsk on the highest domain while analytics storage is granted;
// - wraps pushState/replaceState/popstate: on a URL change it stops, then restarts after 250 ms, even
//   if 'stop' was called in between (the restart race);
// - consentv2 with analytics denied clears its cookies, stops, and restarts cookieless after 250 ms;
//   once started, a stopped Clarity ignores consentv2 (data/metadata.ts: `if (!core.active()) return;`),
//   while calls queued before the tag loaded are replayed first and set the consent its start uses.
(function () {
  var fake = window.__fakeVendors;
  var project = window.__fakeClarityProject;
  var queued = (window.clarity && window.clarity.q) || [];
  if (navigator.globalPrivacyControl === true) {
    fake.log('clarity', 'refused: Global Privacy Control');
    return;
  }
  var running = false;
  var started = false;
  var halted = false;
  var consent = { ad_Storage: 'granted', analytics_Storage: 'granted' };
  var upload = function (reason) {
    fake.post('https://k.clarity.ms/collect', JSON.stringify({ project: project, reason: reason, url: location.href, consent: consent }));
    fake.pixel('https://c.clarity.ms/c.gif?project=' + project + '&reason=' + reason);
  };
  var start = function () {
    if (running) return;
    running = true;
    started = true;
    halted = false;
    if (consent.analytics_Storage === 'granted') {
      if (!fake.hasCookie('_clck')) fake.setCookie('_clck', project + '%7C2%7Cfake', 365);
      fake.setCookie('_clsk', project + '%7C' + Date.now(), 1);
    }
    upload('start');
  };
  var stop = function () {
    running = false;
    halted = true;
  };
  var restartSoon = function () {
    stop();
    setTimeout(start, 250);
  };
  var clarity = function (command) {
    var args = Array.prototype.slice.call(arguments, 1);
    fake.log('clarity', command, args);
    if (command === 'consentv2') {
      if (started && !running) return;
      consent = { ad_Storage: args[0].ad_Storage, analytics_Storage: args[0].analytics_Storage };
      if (consent.analytics_Storage !== 'granted') {
        fake.deleteCookie('_clck');
        fake.deleteCookie('_clsk');
        if (running) restartSoon();
      }
    } else if (command === 'stop') stop();
    else if (command === 'start') start();
    else if (running) upload(command);
  };
  window.clarity = clarity;
  fake.onUrlChange(function () { if (running) restartSoon(); });
  fake.every(2000, function () { if (running) upload('heartbeat'); });
  queued.forEach(function (args) { clarity.apply(null, args); });
  if (!halted) start();
})();
