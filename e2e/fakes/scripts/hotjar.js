// static.hotjar.com/c/hotjar-<id>.js?sv=6, as it behaves where it matters to consent:
// - reads window._hjSettings.hjid and replays the hj queue;
// - writes _hjSessionUser_<id> (1 year) and _hjSession_<id> (30 min) on the highest domain;
// - sends visit data (XHR POST to in.hotjar.com) on load, on navigation and every 2 s, and opens a
//   WebSocket to ws.hotjar.com; it has no way to stop.
(function () {
  var fake = window.__fakeVendors;
  var id = window._hjSettings && window._hjSettings.hjid;
  if (!id) return;
  var queued = (window.hj && window.hj.q) || [];
  window.hj = function (command) { fake.log('hotjar', command, Array.prototype.slice.call(arguments, 1)); };
  queued.forEach(function (args) { window.hj.apply(null, args); });
  fake.log('hotjar', 'loaded', [id]);
  fake.setCookie('_hjSessionUser_' + id, 'fake-user', 365);
  fake.setCookie('_hjSession_' + id, 'fake-session', 1 / 48);
  var visit = function (reason) { fake.post('https://in.hotjar.com/api/v2/client/sites/' + id + '/visit-data?sv=6', reason); };
  visit('load');
  fake.onUrlChange(function () { visit('navigation'); });
  fake.every(2000, function () { visit('heartbeat'); });
  try {
    var socket = new WebSocket('wss://ws.hotjar.com/api/v2/client/ws');
    socket.onopen = function () { socket.send(JSON.stringify({ site: id })); };
    fake.sockets.push(socket);
  } catch (error) {
    fake.log('hotjar', 'websocket refused', [String(error)]);
  }
})();
