// Shared by every fake vendor script (served in front of each): what real vendors do alike, done once.
// Every call a fake receives is logged in window.__fakeVendors.calls so that tests can read it, and every
// upload it attempts (refused or not) in window.__fakeVendors.attempts, with the address the page showed.
(function () {
  if (window.__fakeVendors) return;
  var labels = location.hostname.split('.');
  // Like Clarity, GA and Mixpanel: write to the highest domain the browser accepts (".consentry.test").
  var domains = labels.slice(0, -1).map(function (_, index) { return labels.slice(index).join('.'); }).reverse();
  var has = function (name) { return document.cookie.split('; ').some(function (pair) { return pair.indexOf(name + '=') === 0; }); };
  var timers = [];
  var urlListeners = [];
  var attempt = function (url) { window.__fakeVendors.attempts.push({ url: url, page: location.href }); };
  var notify = function () { urlListeners.forEach(function (listener) { listener(location.href); }); };
  ['pushState', 'replaceState'].forEach(function (method) {
    var original = history[method];
    history[method] = function () {
      var before = location.href;
      var result = original.apply(this, arguments);
      if (location.href !== before) notify();
      return result;
    };
  });
  window.addEventListener('popstate', notify);

  window.__fakeVendors = {
    calls: [],
    attempts: [],
    sockets: [],
    log: function (vendor, method, args) {
      window.__fakeVendors.calls.push({ vendor: vendor, method: method, args: JSON.parse(JSON.stringify(args || [])) });
    },
    hasCookie: has,
    setCookie: function (name, value, days) {
      var attributes = '; path=/; max-age=' + Math.round(days * 86400);
      for (var index = 0; index < domains.length; index += 1) {
        document.cookie = name + '=' + value + attributes + '; domain=' + domains[index];
        if (has(name)) return;
      }
      document.cookie = name + '=' + value + attributes;
    },
    deleteCookie: function (name) {
      [''].concat(domains.map(function (domain) { return '; domain=' + domain; })).forEach(function (domain) {
        document.cookie = name + '=; path=/; max-age=0' + domain;
      });
    },
    post: function (url, body) {
      attempt(url);
      var request = new XMLHttpRequest();
      request.open('POST', url);
      request.send(body || '');
    },
    beacon: function (url, body) { attempt(url); navigator.sendBeacon(url, body || ''); },
    pixel: function (url) { attempt(url); new Image().src = url; },
    every: function (ms, fn) { timers.push(setInterval(fn, ms)); },
    onUrlChange: function (listener) { urlListeners.push(listener); },
  };
})();
