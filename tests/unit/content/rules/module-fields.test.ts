import { describe, expect, test } from 'vitest';
import { moduleFields } from '../../../../src/content/rules/module-fields.ts';

describe('the module-fields rule', () => {
  test('reports a field the site does not read, listing the fields', () => {
    expect(moduleFields.check({ id: 'mta', symptom: {}, facts: {} }, undefined)).toEqual([
      {
        message: 'unknown field "symptom"',
        fix: 'remove or rename it; the fields are id, aliases, facts, label, scope, troubleshooting, symptoms',
        path: ['symptom'],
      },
    ]);
  });
});
