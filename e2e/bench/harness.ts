/**
 * Runs first in `<head>` of every benchmark page. Each animation frame it checks the banner, so times are
 * frame-accurate: the banner is "visible" from the first frame it is rendered, not transparent and has a
 * size; "gone" from the first frame after the accept click where it is not (and how many frames that took).
 */
export function harness(banner: string): string {
  return `<script>
(() => {
  const bench = (window.__bench = { fcp: null, visibleAt: null, clickAt: null, goneAt: null, goneFrames: 0, cls: 0 });
  const banner = () => ${banner};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('click', (event) => { if (bench.clickAt === null) bench.clickAt = event.timeStamp; }, true);
  const shown = (element) =>
    !!element && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    element.getBoundingClientRect().height > 0;
  const frame = () => {
    const now = performance.now();
    const visible = shown(banner());
    if (visible && bench.visibleAt === null) bench.visibleAt = now;
    if (bench.clickAt !== null) bench.goneFrames += 1;
    if (bench.clickAt !== null && !visible) bench.goneAt = now;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
</script>`;
}
