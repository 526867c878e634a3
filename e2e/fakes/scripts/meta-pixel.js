// connect.facebook.net/en_US/fbevents.js, as it behaves where it matters to consent (Meta's base code and
// developers.facebook.com/docs/meta-pixel/implementation/gdpr):
// - takes over the base code's stub (fbq.callMethod), replaying fbq.queue in order;
// - fbq('consent', 'revoke') holds every event until fbq('consent', 'grant'); events tracked meanwhile
//   are not sent;
// - with consent: each fbq('track', …) is an image request to www.facebook.com/tr/?id=<pixel>&ev=<event>,
//   a PageView on each pushState (its SPA history tracking), and it writes _fbp (90 days) on the highest
//   domain.
(function () {
  var fake = window.__fakeVendors;
  var fbq = window.fbq;
  if (!fbq || !fbq.queue) return;
  var revoked = false;
  var pixels = [];
  var send = function (event) {
    if (revoked) return;
    if (!fake.hasCookie('_fbp')) fake.setCookie('_fbp', 'fb.1.' + Date.now() + '.fake', 90);
    pixels.forEach(function (id) { fake.pixel('https://www.facebook.com/tr/?id=' + id + '&ev=' + encodeURIComponent(event)); });
  };
  var methods = {
    consent: function (action) { revoked = action === 'revoke'; },
    init: function (id) { if (pixels.indexOf(id) === -1) pixels.push(id); },
    track: send,
    trackCustom: send,
  };
  fbq.callMethod = function (method) {
    fake.log('meta-pixel', method, Array.prototype.slice.call(arguments, 1));
    if (methods[method]) methods[method].apply(null, Array.prototype.slice.call(arguments, 1));
  };
  var queued = fbq.queue.splice(0);
  queued.forEach(function (args) { fbq.callMethod.apply(null, args); });
  fake.onUrlChange(function () { send('PageView'); });
})();
