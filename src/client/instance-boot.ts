/**
 * Starts the instance field (see InstanceName.astro) where the page has one: loaded with the copy buttons,
 * which every page with commands has. It shows the field; the field's script (src/client/instance-name.ts)
 * loads when a name is stored or the reader reaches the field, so that a reader who never uses it does not
 * pay for it.
 */

/** Where the name is kept in this browser. */
const key = 'campaign-docs:instance';

const field = document.querySelector<HTMLElement>('instance-name');
if (field) {
  const box = field.querySelector<HTMLElement>('.instance-field');
  if (box) box.hidden = false;
  const start = () => void import('./instance-name.ts').then((m) => m.enhance(field, key));
  let stored = false;
  try {
    stored = !!localStorage.getItem(key);
  } catch {
    // Storage blocked: nothing stored.
  }
  if (stored) start();
  else field.addEventListener('focusin', start, { once: true });
}
