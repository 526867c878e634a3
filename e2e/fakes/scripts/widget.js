// cdn.widget.example/widget.js: a third-party script with no consent API of its own, the kind a site
// loads through the `script` vendor and describes itself (the cookies and hosts of the service entry):
// - writes _widget_id (1 year) and _widget_session (1 day) on the highest domain;
// - beacons to collect.widget.example on load, on navigation and every 2 s; it has no way to stop.
(function () {
  var fake = window.__fakeVendors;
  fake.log('script', 'loaded');
  fake.setCookie('_widget_id', 'fake-visitor', 365);
  fake.setCookie('_widget_session', 'fake-session', 1);
  var beacon = function (reason) { fake.beacon('https://collect.widget.example/b', reason); };
  beacon('load');
  fake.onUrlChange(function () { beacon('navigation'); });
  fake.every(2000, function () { beacon('heartbeat'); });
})();
