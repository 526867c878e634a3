// cdn.mxpnl.com/libs/mixpanel-2-latest.min.js, as it behaves where it matters to consent:
// - needs the snippet's stub (window.mixpanel with __SV and _i = [[token, config, name]]), else refuses;
// - opt-in state in localStorage __mp_opt_in_out_<token> ('1' / '0'): opted out only while it is '0'
//   (gdpr-utils.js hasOptedOut: `=== '0'`, checked on every track), so a missing flag means tracking;
//   init with opt_out_tracking_by_default and no flag writes '0' (_gdpr_init);
// - while opted in: sends to <api_host>/track (api-js.mixpanel.com by default) on init, on navigation
//   and every 2 s, keeps mp_<token>_mixpanel (cookie, highest domain) and the __mpq_<token>_ev queue;
// - opt_out_tracking() defaults to { delete_user: true, clear_persistence: true }: with delete_user it
//   sends a people-delete request to <api_host>/engage.
(function () {
  var fake = window.__fakeVendors;
  var stub = window.mixpanel;
  if (!stub || !stub.__SV || !stub._i || !stub._i[0]) {
    console.error("'mixpanel' object not initialized. Ensure you are using the latest version of the Mixpanel JS Library along with the snippet we provide.");
    return;
  }
  var token = stub._i[0][0];
  var config = stub._i[0][1] || {};
  var api = config.api_host || 'https://api-js.mixpanel.com';
  var flag = '__mp_opt_in_out_' + token;
  var persistence = 'mp_' + token + '_mixpanel';
  var queue = '__mpq_' + token + '_ev';
  var optedOut = function () { return localStorage.getItem(flag) === '0'; };
  if (config.opt_out_tracking_by_default && localStorage.getItem(flag) === null) localStorage.setItem(flag, '0');
  var mixpanel = {
    __loaded: true,
    track: function (event) {
      fake.log('mixpanel', 'track', [event]);
      if (optedOut()) return;
      fake.setCookie(persistence, encodeURIComponent('{"distinct_id":"$device:fake"}'), 365);
      localStorage.setItem(queue, '[]');
      fake.post(api + '/track/?ip=1', JSON.stringify({ event: event, properties: { token: token } }));
    },
    opt_in_tracking: function () {
      fake.log('mixpanel', 'opt_in_tracking');
      localStorage.setItem(flag, '1');
      mixpanel.track('$opt_in');
    },
    opt_out_tracking: function (options) {
      fake.log('mixpanel', 'opt_out_tracking', [options]);
      var settings = Object.assign({ delete_user: true, clear_persistence: true }, options);
      if (settings.delete_user) fake.post(api + '/engage/', JSON.stringify({ $token: token, $delete: '' }));
      if (settings.clear_persistence) {
        fake.deleteCookie(persistence);
        localStorage.removeItem(persistence);
        localStorage.removeItem(queue);
      }
      localStorage.setItem(flag, '0');
    },
  };
  window.mixpanel = mixpanel;
  if (typeof config.loaded === 'function') config.loaded(mixpanel);
  mixpanel.track('$mp_web_page_view');
  fake.onUrlChange(function () { mixpanel.track('$mp_web_page_view'); });
  fake.every(2000, function () { if (!optedOut()) mixpanel.track('$heartbeat'); });
})();
