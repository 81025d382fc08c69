// The reader's instance name: what it may hold, and the placeholders it fills.
import { describe, expect, test } from 'vitest';
import { fillInstance, hasInstancePlaceholder, isInstanceName } from '../../../src/lib/instance-name.ts';

describe('fillInstance()', () => {
  test('writes the name for every spelling of the instance placeholder and leaves the others', () => {
    expect(fillInstance('nlserver restart mta@<instance> <MODULE_NAME> <INSTANCE_NAME> <instance_name>', 'prod')).toBe(
      'nlserver restart mta@prod <MODULE_NAME> prod prod',
    );
  });
});

describe('hasInstancePlaceholder()', () => {
  test('tells a text naming the instance from one that does not', () => {
    expect(hasInstancePlaceholder('var/<INSTANCE_NAME>/mta_debug.log')).toBe(true);
    expect(hasInstancePlaceholder('nlserver restart <MODULE_NAME>')).toBe(false);
  });
});

describe('isInstanceName()', () => {
  test('accepts letters, digits, _ and -, and refuses anything else', () => {
    for (const name of ['prod', 'mkt_prod-2', 'P1']) expect(isInstanceName(name), name).toBe(true);
    for (const name of ['', 'prod 1', 'prod;rm', '<instance>', 'prod/1', 'prödukt'])
      expect(isInstanceName(name), name).toBe(false);
  });
});
