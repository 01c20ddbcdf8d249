import { HASH_MULTIPLIER } from './_matcher-constants';

/** A trie over classes: root children in a direct table, other edges open-addressed by node * classCount + class. */
export interface Trie {
  rootChild: Int32Array;
  edgeKeys: Int32Array;
  edgeChildren: Int32Array;
  /** The paths ending at node n are termPaths[termStart[n] .. termStart[n + 1]). */
  termStart: Int32Array;
  termPaths: Int32Array;
  /** The class of a node's one child (which is node + 1), or MANY_CHILDREN, or NO_CHILDREN. */
  onlyChildClass: Int32Array;
  /** The node each unit of each path leads to, the paths one after another. */
  pathNodes: Int32Array;
  /** How the nodes hang together, which the tables above answer only by look-up. */
  shape: TrieShape;
}

/** Each node's parent (0 for the root's children) and the class of the edge into it. */
export interface TrieShape {
  parent: Int32Array;
  childClass: Int32Array;
}

/**
 * Builds the trie of `paths` (each a list of classes). Paths are inserted in sorted order, so nodes are
 * numbered depth-first as they are made and a node's first child is the next node: a walk down a chain of
 * only children needs no table. The sort is one native sort of strings and no edge is looked up while
 * building, which keeps compiling fast in a process that has not warmed up.
 */
export function buildTrie(classCount: number, paths: readonly (readonly number[])[]): Trie {
  const pathStart = new Int32Array(paths.length + 1);
  for (let p = 0; p < paths.length; p++) pathStart[p + 1] = pathStart[p]! + paths[p]!.length;
  const units = pathStart[paths.length]!;
  // Each path as a string of its classes, a 0 and its index in two units: a path sorts before its extensions.
  const sorted = paths.map((path, p) => String.fromCharCode(...path, 0, p >>> 16, p & 0xffff)).sort();

  const parent = new Int32Array(units + 1);
  const childClass = new Int32Array(units + 1);
  const onlyChild = new Int32Array(units + 1).fill(NO_CHILDREN);
  const pathNodes = new Int32Array(units);
  const ends = new Int32Array(paths.length);
  // trail[d]: the node at depth d of the path inserted last.
  const trail = new Int32Array(units + 1);
  let count = 1;
  let previous: readonly number[] = [];
  for (const entry of sorted) {
    const p = (entry.charCodeAt(entry.length - 2) << 16) | entry.charCodeAt(entry.length - 1);
    const path = paths[p]!;
    let shared = 0;
    while (shared < path.length && shared < previous.length && path[shared] === previous[shared]) shared++;
    for (let depth = shared; depth < path.length; depth++) {
      const from = trail[depth]!;
      const node = count++;
      parent[node] = from;
      childClass[node] = path[depth]!;
      onlyChild[from] = onlyChild[from] === NO_CHILDREN ? path[depth]! : MANY_CHILDREN;
      trail[depth + 1] = node;
    }
    for (let depth = 0; depth < path.length; depth++) pathNodes[pathStart[p]! + depth] = trail[depth + 1]!;
    ends[p] = trail[path.length]!;
    previous = path;
  }

  const rootChild = new Int32Array(classCount);
  const edges = createEdgeTable(count);
  for (let node = 1; node < count; node++) {
    if (parent[node] === 0) rootChild[childClass[node]!] = node;
    else setEdge(edges, parent[node]! * classCount + childClass[node]!, node);
  }
  const termStart = new Int32Array(count + 1);
  for (const end of ends) termStart[end + 1]!++;
  for (let node = 0; node < count; node++) termStart[node + 1]! += termStart[node]!;
  const filled = termStart.slice(0, count);
  const termPaths = new Int32Array(paths.length);
  for (let p = 0; p < paths.length; p++) termPaths[filled[ends[p]!]!++] = p;
  return {
    rootChild,
    edgeKeys: edges.keys,
    edgeChildren: edges.children,
    termStart,
    termPaths,
    onlyChildClass: onlyChild.slice(0, count),
    pathNodes,
    shape: { parent: parent.subarray(0, count), childClass: childClass.subarray(0, count) },
  };
}

interface EdgeTable {
  keys: Int32Array;
  children: Int32Array;
  shift: number;
}

function createEdgeTable(edges: number): EdgeTable {
  const keys = new Int32Array(2 ** Math.max(4, Math.ceil(Math.log2(edges * 2 + 1)))).fill(-1);
  return { keys, children: new Int32Array(keys.length), shift: slotShift(keys) };
}

function setEdge(table: EdgeTable, key: number, child: number): void {
  let slot = Math.imul(key, HASH_MULTIPLIER) >>> table.shift;
  while (table.keys[slot] !== -1 && table.keys[slot] !== key) slot = (slot + 1) & (table.keys.length - 1);
  table.keys[slot] = key;
  table.children[slot] = child;
}

/** The shift that turns a hashed key into a slot of an edge table this long (a power of two). */
export function slotShift(keys: Int32Array): number {
  return 32 - Math.log2(keys.length);
}

export const MANY_CHILDREN = -1;
export const NO_CHILDREN = -2;
