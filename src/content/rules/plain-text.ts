/**
 * Rule `plain-text`: plain fields (labels, symptoms, page titles) hold words only. They are shown and
 * searched as text, so a backtick or bracket would appear literally.
 */
import { quote } from '../finding.ts';
import type { FieldRule } from './rule.ts';

/** Reports markup characters in a plain string. */
export const plainText: FieldRule = {
  name: 'plain-text',
  target: 'field',
  check: (value, at) =>
    at.kind === 'plain' && typeof value === 'string' && /[`<>[\]]/.test(value)
      ? [
          {
            message: `the text ${quote(value)} contains markup`,
            fix: 'write plain words only: no backticks, brackets or HTML',
          },
        ]
      : [],
};
