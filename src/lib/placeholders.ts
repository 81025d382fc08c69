/**
 * Placeholders in commands and paths (`nlserver restart mta@<instance>`), as the copy buttons copy them:
 * quoted (`"<instance>"`). A shell reads an unquoted `<instance>` as "read input from a file named
 * instance>"; quoted, the command fails on an unknown instance instead, and works once the name is typed
 * between the quotes (`mta@"prod"`). The reader's own instance name fills the instance placeholders first
 * (src/lib/instance-name.ts).
 */

/** A placeholder: a name in angle brackets, spaces allowed inside (`<install dir>`), not already quoted. */
const placeholder = /(?<!")<([A-Za-z][\w -]*)>(?!")/g;

/** Returns a command or path as it is copied: every placeholder left in it quoted. */
export function quotePlaceholders(text: string): string {
  return text.replace(placeholder, '"<$1>"');
}
