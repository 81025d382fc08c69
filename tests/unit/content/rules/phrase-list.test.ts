import { describe, expect, test } from 'vitest';
import { phraseList } from '../../../../src/content/rules/phrase-list.ts';
import { fieldAt } from './field-at.ts';

const at = fieldAt('list', { field: 'symptoms', minItems: 2, locale: 'sv' });

describe('the phrase-list rule', () => {
  test('reports a list that is missing or too short', () => {
    expect(phraseList.check(undefined, at)).toEqual([
      {
        message: 'expected a list of at least 2 phrases, got nothing',
        fix: 'add 2 or more "sv" phrases under "symptoms" of syslogd',
      },
    ]);
    expect(phraseList.check(['bara en'], at)).toHaveLength(1);
  });

  test('reports a phrase listed twice, case and spaces aside, at its second place', () => {
    expect(phraseList.check(['loggen är tom', 'port 6666', ' Loggen är tom'], at)).toEqual([
      { message: 'the phrase " Loggen är tom" is listed twice', fix: 'remove the duplicate', path: [2] },
    ]);
  });
});
