/**
 * Keeps `--header` equal to the sticky header's height. The stylesheet's value fits the usual layouts; the header
 * grows where its row wraps (some widths and languages, larger text), and `scroll-padding-top` must follow it so
 * that the keyboard's focus and a targeted entry never end up under it.
 */
const header = document.querySelector('.site-header');
if (header) {
  new ResizeObserver(() => {
    document.documentElement.style.setProperty('--header', `${header.getBoundingClientRect().height}px`);
  }).observe(header);
}
