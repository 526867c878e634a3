// www.clarity.ms/tag/<projectId>: the tag Clarity serves is generated per project and is not on npm; this
// does what it does where consent depends on it. It defines the queue stub if missing, marks itself
// (`clarity.t`), inserts clarity.js, and queues `start` with the project's settings AHEAD of what the page
// queued (`a[c]("start",i),a[c].q.unshift(a[c].q.pop())`), so clarity.js replays start first, then the
// page's calls. clarity.js is clarity-js's own build, served from npm by the e2e routes.
(function (projectId) {
  var clarity = (window.clarity = window.clarity || function () { (clarity.q = clarity.q || []).push(arguments); });
  if (clarity.v || clarity.t) return clarity('event', 'clarity', 'dup.' + projectId);
  clarity.t = true;
  var script = document.createElement('script');
  script.async = true;
  script.src = 'https://scripts.clarity.ms/0.8.70/clarity.js';
  document.head.appendChild(script);
  clarity('start', { projectId: projectId, upload: 'https://k.clarity.ms/collect', expire: 365, cookies: [], track: true, content: true });
  clarity.q.unshift(clarity.q.pop());
})(__PROJECT_ID__);
