// www.clarity.ms/tag/<projectId>: the real tag defines the queue if missing and loads clarity.js.
(function (projectId) {
  var clarity = (window.clarity = window.clarity || function () { (clarity.q = clarity.q || []).push(arguments); });
  window.__fakeClarityProject = projectId;
  var script = document.createElement('script');
  script.async = true;
  script.src = 'https://scripts.clarity.ms/0.8.0/clarity.js';
  document.head.appendChild(script);
})(__PROJECT_ID__);
