/**
 * The reader's instance name and the placeholders it fills (`<instance>`, `<INSTANCE_NAME>`,
 * `<instance_name>`): shared by the build (which pages get the instance field) and the field's script.
 */

/** The placeholders that stand for the reader's instance. */
const instance = /<instance(?:_name)?>/gi;

/** What an instance name may hold: letters, digits, `_` and `-` (nlserver's instance names). */
const instanceName = /^[A-Za-z0-9_-]+$/;

/** Returns true when `name` is a usable instance name. */
export function isInstanceName(name: string): boolean {
  return instanceName.test(name);
}

/** Returns true when the text holds an instance placeholder. */
export function hasInstancePlaceholder(text: string): boolean {
  return new RegExp(instance.source, 'i').test(text);
}

/** Returns the text with every instance placeholder replaced by `name`. */
export function fillInstance(text: string, name: string): string {
  return text.replace(instance, name);
}
