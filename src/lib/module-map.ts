/**
 * Geometry of the module map, computed from the relations in the module collection. The layout
 * is one column, so it reads at 360 px as well as on a desktop: the module that starts the others
 * on top with a trunk down the left, the log collector at the bottom with a trunk up the right,
 * and the few one-to-one relations as short arrows between neighbouring rows.
 */
import { everyModule, relationKinds, type ModuleFacts, type RelationKind } from '../content/facts-schema.ts';

/** What the map needs of a module entry: its relations, and its class (utility modules are run on demand). */
export type MapModule = { id: string; facts: Pick<ModuleFacts, 'relations'> & Partial<Pick<ModuleFacts, 'class'>> };

/** One relation as a sentence: these modules → kind → those modules (`to` is empty for `serves`). */
export type Relation = { kind: RelationKind; from: string[]; to: string[] };

/** A module box; `href` is the module's entry on the same page. */
export type MapNode = { id: string; x: number; y: number; width: number; height: number };

/**
 * The lines of one relation kind as one path, and their arrowheads as another (filled); one
 * element each instead of one per line keeps the page light, the map being on every module page.
 */
export type MapEdge = { kind: RelationKind; lines: string; heads: string };

/** An edge label: the localized text of `map.<kind>` at a point. */
export type MapLabel = { kind: RelationKind; x: number; y: number; anchor: 'start' | 'end' };

/** Everything the component draws, in viewBox units. */
export type ModuleMap = {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  labels: MapLabel[];
  /** A dot where a relation comes from outside the modules (clients of web). */
  dots: { x: number; y: number }[];
  relations: Relation[];
};

// Sizes in viewBox units. The viewBox is as wide as a phone's text column (about 328 px at
// 360 px), so the 14-unit module names stay at about 14 px there and scale up on wider screens.
const width = 320;
const pad = 8;
const leftTrunk = 14;
const rightTrunk = width - 14;
const nodeX = 34;
const nodeWidth = 124;
const nodeHeight = 30;
const gap = 10;
/** Gap that holds an edge label (12-unit text) between two rows. */
const labelGap = 30;
/** Where a vertical arrow between neighbours runs, and where its label starts. */
const pairX = nodeX + 24;

/**
 * Returns the relations of the collection grouped into sentences, in the order of `relationKinds`. "*" reaches
 * every other server module: not the utility modules, which Adobe runs on demand or on a schedule
 * (`export`, `import`, `tracking`), so the watchdog does not start or monitor them.
 */
export function mapRelations(modules: MapModule[]): Relation[] {
  const ids = modules.filter((m) => m.facts.class !== 'utility').map((m) => m.id);
  const groups = new Map<string, Relation>();
  for (const m of modules) {
    for (const r of m.facts.relations) {
      let to: string[] = [];
      if (r.to === everyModule) to = ids.filter((id) => id !== m.id);
      else if (r.to !== undefined) to = [r.to];
      // Same kind and same targets make one sentence: "export, import, … → logs → syslogd".
      const key = `${r.kind}>${to.join(',')}`;
      const group = groups.get(key) ?? { kind: r.kind, from: [], to };
      group.from.push(m.id);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => relationKinds.indexOf(a.kind) - relationKinds.indexOf(b.kind));
}

/** Thrown when the relations cannot be drawn in this layout; the message says what to change. */
export class ModuleMapError extends Error {}

type Pair = { kind: RelationKind; from: string; to: string };
type Layout = {
  rows: string[];
  hub: string | undefined;
  sink: string | undefined;
  pairs: Pair[];
  serving: Set<string>;
};

/**
 * Orders the boxes top to bottom: the module that starts the others first, the log collector last, and the
 * middle rows in collection order, except that the target of a one-to-one relation moves right below its
 * source, so the arrow between them is short and crosses nothing. Throws what cannot be drawn.
 */
function layoutRows(relations: Relation[], ids: string[]): Layout {
  const ofKind = (kind: RelationKind) => relations.filter((r) => r.kind === kind);
  const hubs = ofKind('startsMonitors').flatMap((r) => r.from);
  const sinks = [...new Set(ofKind('logsTo').flatMap((r) => r.to))];
  if (hubs.length > 1)
    throw new ModuleMapError(
      `the map draws one module that starts the others, but ${hubs.join(', ')} all do. Fix: keep ` +
        `"startsMonitors" on one module.`,
    );
  if (sinks.length > 1)
    throw new ModuleMapError(
      `the map draws one log collector, but logs go to ${sinks.join(', ')}. Fix: send every "logsTo" to ` +
        `the same module.`,
    );
  const [hub] = hubs;
  const [sink] = sinks;
  const pairs = relations
    .filter((r) => r.kind === 'reportsTo' || r.kind === 'writesLogsFor')
    .flatMap((r) => r.from.flatMap((from) => r.to.map((to) => ({ kind: r.kind, from, to }))));
  const middle = ids.filter((id) => id !== hub && id !== sink);
  for (const { from, to } of pairs) {
    if (!middle.includes(from) || !middle.includes(to)) continue;
    middle.splice(middle.indexOf(to), 1);
    middle.splice(middle.indexOf(from) + 1, 0, to);
  }
  const rows = [...(hub ? [hub] : []), ...middle, ...(sink ? [sink] : [])];
  const rowOf = new Map(rows.map((id, i) => [id, i]));
  for (const { from, to } of pairs) {
    if (Math.abs((rowOf.get(from) ?? -9) - (rowOf.get(to) ?? -9)) !== 1) {
      throw new ModuleMapError(
        `${from} → ${to} cannot be drawn between neighbouring rows (the module that starts the others and ` +
          `the log collector have fixed places, and each module can sit next to one partner). Fix: simplify ` +
          `the relations or extend src/lib/module-map.ts.`,
      );
    }
  }
  return { rows, hub, sink, pairs, serving: new Set(ofKind('serves').flatMap((r) => r.from)) };
}

/** Places the boxes, each gap below a row wide where a label goes there; returns them and the map's height. */
function placeNodes({ rows, hub, sink, pairs, serving }: Layout): { nodes: MapNode[]; height: number } {
  const gapBelow = (i: number): number => {
    const id = rows[i] ?? '';
    const next = rows[i + 1];
    const labelled =
      (i === 0 && id === hub) ||
      serving.has(id) ||
      next === sink ||
      pairs.some((p) => (p.from === id && p.to === next) || (p.to === id && p.from === next));
    return labelled ? labelGap : gap;
  };
  const nodes: MapNode[] = [];
  let y = pad;
  rows.forEach((id, i) => {
    nodes.push({ id, x: nodeX, y, width: nodeWidth, height: nodeHeight });
    y += nodeHeight + (i < rows.length - 1 ? gapBelow(i) : 0);
  });
  return { nodes, height: y + pad };
}

/** Draws the relations between placed boxes: lines and arrowheads per kind, labels, and the clients' dots. */
function drawRelations(relations: Relation[], nodes: MapNode[]): Pick<ModuleMap, 'edges' | 'labels' | 'dots'> {
  const node = new Map(nodes.map((n) => [n.id, n]));
  const at = (id: string): MapNode => {
    const n = node.get(id);
    if (!n)
      throw new ModuleMapError(
        `a relation names "${id}", which is not a module. Fix: correct the "to" of that relation.`,
      );
    return n;
  };
  const middleY = (n: MapNode) => n.y + n.height / 2;
  const right = nodeX + nodeWidth;
  const lines = new Map<RelationKind, string[]>();
  const heads = new Map<RelationKind, string[]>();
  const line = (kind: RelationKind, d: string) => lines.set(kind, [...(lines.get(kind) ?? []), d]);
  /** An arrowhead with its tip at x, y, pointing in a direction. */
  const head = (kind: RelationKind, x: number, y: number, to: 'right' | 'left' | 'up' | 'down') => {
    const shape = { right: 'l-7-3.5v7z', left: 'l7-3.5v7z', down: 'l-3.5-7h7z', up: 'l-3.5 7h7z' }[to];
    heads.set(kind, [...(heads.get(kind) ?? []), `M${x} ${y}${shape}`]);
  };
  const labels: MapLabel[] = [];
  const dots: ModuleMap['dots'] = [];
  for (const r of relations) {
    if (r.kind === 'startsMonitors') {
      const from = at(r.from[0] ?? '');
      const targets = r.to.map(at);
      line(r.kind, `M${nodeX} ${middleY(from)}H${leftTrunk}V${Math.max(...targets.map(middleY))}`);
      for (const t of targets) {
        line(r.kind, `M${leftTrunk} ${middleY(t)}H${nodeX}`);
        head(r.kind, nodeX, middleY(t), 'right');
      }
      labels.push({ kind: r.kind, x: leftTrunk + 8, y: from.y + from.height + labelGap / 2 + 4, anchor: 'start' });
    } else if (r.kind === 'logsTo') {
      const to = at(r.to[0] ?? '');
      const sources = r.from.map(at);
      for (const s of sources) line(r.kind, `M${right} ${middleY(s)}H${rightTrunk}`);
      line(r.kind, `M${rightTrunk} ${Math.min(...sources.map(middleY))}V${middleY(to)}H${right}`);
      head(r.kind, right, middleY(to), 'left');
      labels.push({ kind: r.kind, x: rightTrunk - 6, y: to.y - labelGap / 2 + 4, anchor: 'end' });
    } else if (r.kind === 'serves') {
      // Clients are outside the map: an arrow from a dot in the gap below, up into the module.
      for (const s of r.from.map(at)) {
        const bottom = s.y + s.height;
        const lane = bottom + labelGap - 8;
        dots.push({ x: rightTrunk - 20, y: lane });
        line(r.kind, `M${rightTrunk - 20} ${lane}H${right - 20}V${bottom}`);
        head(r.kind, right - 20, bottom, 'up');
        labels.push({ kind: r.kind, x: right - 12, y: lane - 5, anchor: 'start' });
      }
    } else {
      for (const from of r.from.map(at)) {
        for (const to of r.to.map(at)) {
          const down = from.y < to.y;
          const [start, end] = down ? [from.y + from.height, to.y] : [from.y, to.y + to.height];
          line(r.kind, `M${pairX} ${start}V${end}`);
          head(r.kind, pairX, end, down ? 'down' : 'up');
          labels.push({ kind: r.kind, x: pairX + 10, y: (start + end) / 2 + 4, anchor: 'start' });
        }
      }
    }
  }
  const edges: MapEdge[] = [...lines].map(([kind, d]) => ({
    kind,
    lines: d.join(''),
    heads: (heads.get(kind) ?? []).join(''),
  }));
  return { edges, labels, dots };
}

/** Returns the map of the modules: boxes, lines, labels, and the relations for the text alternative. */
export function moduleMap(modules: MapModule[]): ModuleMap {
  const relations = mapRelations(modules);
  const { nodes, height } = placeNodes(
    layoutRows(
      relations,
      modules.map((m) => m.id),
    ),
  );
  return { width, height, nodes, ...drawRelations(relations, nodes), relations };
}

/**
 * Returns the modules that take part in a relation (as source or target), in collection order: the
 * map of a split table draws these only, not one box per entry of a collection of thousands.
 */
export function relatedModules<M extends MapModule>(modules: M[]): M[] {
  const targets = new Set(modules.flatMap((m) => m.facts.relations.flatMap((r) => (r.to === undefined ? [] : [r.to]))));
  return modules.filter((m) => m.facts.relations.length > 0 || targets.has(m.id));
}
