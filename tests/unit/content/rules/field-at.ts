/** Where a localized value sits, for the tests of the field rules: a field of syslogd in one locale. */
import type { FieldAt } from '../../../../src/content/rules/rule.ts';

/** Returns the place of a value of `kind` in field `scope` (or `field`) of syslogd, in ja unless told. */
export const fieldAt = (kind: FieldAt['kind'], more: Partial<FieldAt> = {}): FieldAt => ({
  locale: 'ja',
  entry: 'syslogd',
  field: 'scope',
  kind,
  ...more,
});
