import { describe, expect, test } from 'vitest';
import { browserLocalePath } from '../../../src/client/locale-choice.ts';

describe('browserLocalePath()', () => {
  test.each([
    [['ja-JP', 'en'], 'ja'],
    [['en-US', 'ko'], 'ko'],
    [['zh-TW'], 'zh-tw'],
    [['zh-HK'], 'zh-tw'],
    [['nl-BE', 'fr'], 'nl'],
    [['sv-FI'], 'sv'],
  ])('returns the best published locale for %j', (languages, expected) => {
    expect(browserLocalePath(languages)).toBe(expected);
  });

  test('returns undefined when no browser language is published', () => {
    expect(browserLocalePath(['en-US', 'de'])).toBeUndefined();
  });
});
