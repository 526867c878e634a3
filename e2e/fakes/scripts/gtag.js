// www.googletagmanager.com/gtag/js?id=G-…, as it behaves where it matters to consent:
// - reads gtag commands from the dataLayer (Arguments objects only, as the real one: an array is ignored);
// - Consent Mode: 'consent' 'default' / 'update' merge into the state (an unset key counts as granted);
// - hits (sendBeacon to region1.google-analytics.com/g/collect, with gcs=G1<ad><analytics>) on config,
//   events, history navigation and every 2 s; _ga and _ga_<container> (re)written on the highest domain
//   on every hit while analytics_storage is granted;
// - window['ga-disable-<id>'] === true: no hit and no cookie for that id, checked at each hit.
(function () {
  var fake = window.__fakeVendors;
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  var consent = {};
  var streams = [];
  var granted = function (key) { return consent[key] !== 'denied'; };
  var hit = function (id, event) {
    if (window['ga-disable-' + id] === true) return;
    if (granted('analytics_storage')) {
      if (!fake.hasCookie('_ga')) fake.setCookie('_ga', 'GA1.1.' + Date.now(), 730);
      fake.setCookie('_ga_' + id.slice(2), 'GS2.1.' + Date.now(), 730);
    }
    var gcs = 'G1' + (granted('ad_storage') ? 1 : 0) + (granted('analytics_storage') ? 1 : 0);
    fake.beacon('https://region1.google-analytics.com/g/collect?v=2&tid=' + id + '&en=' + event + '&gcs=' + gcs + '&dl=' + encodeURIComponent(location.href));
  };
  var run = function (item) {
    if (Object.prototype.toString.call(item) !== '[object Arguments]') return;
    var command = item[0];
    fake.log('ga4', command, Array.prototype.slice.call(item, 1));
    if (command === 'consent') Object.assign(consent, item[2]);
    else if (command === 'config') {
      if (streams.indexOf(item[1]) < 0) streams.push(item[1]);
      hit(item[1], 'page_view');
    } else if (command === 'event') streams.forEach(function (id) { hit(id, item[1]); });
  };
  dataLayer.forEach(run);
  var push = dataLayer.push;
  dataLayer.push = function () {
    Array.prototype.forEach.call(arguments, run);
    return push.apply(dataLayer, arguments);
  };
  fake.onUrlChange(function () { streams.forEach(function (id) { hit(id, 'page_view'); }); });
  fake.every(2000, function () { streams.forEach(function (id) { hit(id, 'user_engagement'); }); });
})();
