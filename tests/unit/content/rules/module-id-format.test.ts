import { describe, expect, test } from 'vitest';
import { moduleIdFormat } from '../../../../src/content/rules/module-id-format.ts';

describe('the module-id-format rule', () => {
  test('reports an id that is not an nlserver name, and a former id that is not one or is the id', () => {
    expect(moduleIdFormat.check({ id: 'sys logd', aliases: ['syslog-d', 'sys logd'] }, undefined)).toEqual([
      {
        message: '"sys logd" is not a module name',
        fix: 'use the literal nlserver module name, letters and digits only, such as "inMail"',
        path: ['id'],
      },
      expect.objectContaining({ message: '"syslog-d" is not a usable former id', path: ['aliases', 0] }),
      expect.objectContaining({ message: '"sys logd" is not a usable former id', path: ['aliases', 1] }),
    ]);
  });

  test('accepts module names and earlier names', () => {
    expect(moduleIdFormat.check({ id: 'inMail', aliases: ['inmail2'] }, undefined)).toEqual([]);
  });
});
