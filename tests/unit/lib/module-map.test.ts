import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mapRelations, moduleMap, ModuleMapError, type MapModule } from '../../../src/lib/module-map.ts';
import { parseModulesYaml } from '../../../src/content/modules-file.ts';
import { moduleSchema } from '../../../src/content/module-schema.ts';

/** Returns map modules from `id: relations` pairs. */
const mods = (spec: Record<string, MapModule['facts']['relations']>): MapModule[] =>
  Object.entries(spec).map(([id, relations]) => ({ id, facts: { relations } }));

const small = mods({
  a: [{ kind: 'logsTo', to: 'log' }],
  b: [{ kind: 'logsTo', to: 'log' }, { kind: 'serves' }],
  c: [
    { kind: 'logsTo', to: 'log' },
    { kind: 'reportsTo', to: 'a' },
  ],
  log: [],
  boss: [
    { kind: 'startsMonitors', to: '*' },
    { kind: 'logsTo', to: 'log' },
  ],
});

const real = (() => {
  const file = 'content/modules.yaml';
  const schema = moduleSchema(file);
  return parseModulesYaml(readFileSync(file, 'utf8'), file).map((e) => schema.parse(e));
})();

describe('mapRelations()', () => {
  test('groups sources with the same kind and targets, and expands "*" to every other module', () => {
    expect(mapRelations(small)).toEqual([
      { kind: 'startsMonitors', from: ['boss'], to: ['a', 'b', 'c', 'log'] },
      { kind: 'logsTo', from: ['a', 'b', 'c', 'boss'], to: ['log'] },
      { kind: 'reportsTo', from: ['c'], to: ['a'] },
      { kind: 'serves', from: ['b'], to: [] },
    ]);
  });

  test('leaves the utility modules out of "*": Adobe runs them on demand, the watchdog does not start them', () => {
    const withUtility = [...small, { id: 'job', facts: { class: 'utility' as const, relations: [] } }];
    expect(mapRelations(withUtility)[0]).toEqual({
      kind: 'startsMonitors',
      from: ['boss'],
      to: ['a', 'b', 'c', 'log'],
    });
  });

  test('returns exactly the relations the facts sheet states for the real collection', () => {
    const others = (id: string) => real.map((m) => m.id).filter((x) => x !== id);
    const servers = real.filter((m) => m.facts.class !== 'utility').map((m) => m.id);
    expect(servers.sort()).toEqual(['inMail', 'mta', 'stat', 'syslogd', 'trackinglogd', 'watchdog', 'web', 'wfserver']);
    expect(mapRelations(real)).toEqual([
      {
        kind: 'startsMonitors',
        from: ['watchdog'],
        to: real.map((m) => m.id).filter((x) => x !== 'watchdog' && servers.includes(x)),
      },
      { kind: 'logsTo', from: others('syslogd'), to: ['syslogd'] },
      { kind: 'reportsTo', from: ['mta'], to: ['stat'] },
      { kind: 'writesLogsFor', from: ['trackinglogd'], to: ['tracking'] },
      { kind: 'serves', from: ['web'], to: [] },
    ]);
  });
});

describe('moduleMap()', () => {
  test('puts the starting module first, the log collector last and a relation target below its source', () => {
    const map = moduleMap(small);
    expect(map.nodes.map((n) => n.id)).toEqual(['boss', 'b', 'c', 'a', 'log']);
    const ys = map.nodes.map((n) => n.y);
    expect(ys).toEqual([...ys].sort((x, y) => x - y));
  });

  test('draws one node per module, every node and label inside the viewBox', () => {
    const map = moduleMap(real);
    expect(map.nodes.map((n) => n.id).sort()).toEqual(real.map((m) => m.id).sort());
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(map.width);
      expect(n.y + n.height).toBeLessThanOrEqual(map.height);
    }
    for (const l of map.labels) {
      expect(l.x).toBeGreaterThan(0);
      expect(l.x).toBeLessThan(map.width);
      expect(l.y).toBeLessThan(map.height);
    }
    expect(map.labels.map((l) => l.kind).sort()).toEqual([
      'logsTo',
      'reportsTo',
      'serves',
      'startsMonitors',
      'writesLogsFor',
    ]);
  });

  test('keeps nodes from overlapping and leaves room for a label between related neighbours', () => {
    const map = moduleMap(real);
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    map.nodes
      .slice(1)
      .forEach((n, i) => expect(n.y).toBeGreaterThanOrEqual(map.nodes[i]!.y + map.nodes[i]!.height + 10));
    const mta = byId.get('mta')!;
    const stat = byId.get('stat')!;
    expect(stat.y - (mta.y + mta.height)).toBeGreaterThanOrEqual(24);
    const label = map.labels.find((l) => l.kind === 'reportsTo')!;
    expect(label.y).toBeGreaterThan(mta.y + mta.height);
    expect(label.y).toBeLessThan(stat.y);
  });

  test('draws an arrowhead into every module the starting module starts, none into a utility module', () => {
    const map = moduleMap(real);
    const heads = map.edges.find((e) => e.kind === 'startsMonitors')!.heads;
    expect(heads.match(/M/g)).toHaveLength(real.filter((m) => m.facts.class !== 'utility').length - 1);
  });

  test('refuses two modules that both start the others', () => {
    const two = mods({ a: [{ kind: 'startsMonitors', to: '*' }], b: [{ kind: 'startsMonitors', to: '*' }] });
    expect(() => moduleMap(two)).toThrow(ModuleMapError);
    expect(() => moduleMap(two)).toThrow(/a, b all do\. Fix: keep "startsMonitors" on one module/);
  });

  test('refuses a one-to-one relation it cannot draw between neighbours', () => {
    const crossed = mods({ a: [{ kind: 'reportsTo', to: 'c' }], b: [{ kind: 'reportsTo', to: 'c' }], c: [] });
    expect(() => moduleMap(crossed)).toThrow(/cannot be drawn between neighbouring rows/);
  });
});
