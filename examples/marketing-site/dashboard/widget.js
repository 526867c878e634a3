// A stand-in for a third-party dashboard widget that quietly adds Google Analytics, as chart and chat
// widgets do. In the zone the server's Content-Security-Policy makes the browser refuse it.
document.querySelector('[data-widget-gtag]').addEventListener('click', () => {
  const status = document.querySelector('[data-widget-status]');
  const script = document.createElement('script');
  script.src = 'https://www.googletagmanager.com/gtag/js?id=G-WIDGET0000';
  script.onload = () => (status.textContent = 'The widget loaded Google Analytics.');
  script.onerror = () => (status.textContent = 'The browser refused Google Analytics here.');
  document.head.append(script);
});
