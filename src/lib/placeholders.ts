/**
 * Placeholders in commands and paths (`nlserver restart mta@<instance>`): the reader's instance name fills the
 * instance ones, and whatever stays a placeholder is copied quoted (`"<instance>"`). A shell reads an unquoted
 * `<instance>` as "read input from a file named instance>"; quoted, the command fails on an unknown instance
 * instead, and works once the name is typed between the quotes (`mta@"prod"`). Shared by the build and the
 * browser (the copy buttons and the instance field).
 */

/** A placeholder: a name in angle brackets, spaces allowed inside (`<install dir>`), not already quoted. */
const placeholder = /(?<!")<([A-Za-z][\w -]*)>(?!")/g;

/** The placeholders that stand for the reader's instance (`<instance>`, `<INSTANCE_NAME>`, `<instance_name>`). */
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

/** Returns a command or path as it is copied: every placeholder left in it quoted. */
export function quotePlaceholders(text: string): string {
  return text.replace(placeholder, '"<$1>"');
}
