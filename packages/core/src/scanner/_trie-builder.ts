import { HASH_MULTIPLIER } from './_matcher-constants';

/** A trie over classes: root children in a direct table, other edges open-addressed by node * classCount + class. */
export interface Trie {
  rootChild: Int32Array;
  edgeKeys: Int32Array;
  edgeChildren: Int32Array;
  /** The paths ending at node n are termPaths[termStart[n] .. termStart[n + 1]). */
  termStart: Int32Array;
  termPaths: Int32Array;
}

/**
 * Builds the trie of `paths` (each a list of classes). Nodes are numbered depth-first, so a node's first
 * child is the next node: a walk down a chain of only children needs no table. `visit` sees every node a
 * path passes through.
 */
export function buildTrie(
  classCount: number,
  paths: readonly (readonly number[])[],
  visit?: (path: number, index: number, node: number) => void,
): Trie {
  let units = 0;
  for (const path of paths) units += path.length;
  // Insert with nodes numbered as they come, keeping each node's children as a list.
  const building = createEdgeTable(units);
  const firstChild = new Int32Array(units + 1).fill(-1);
  const nextSibling = new Int32Array(units + 1).fill(-1);
  const childClass = new Int32Array(units + 1);
  const steps = new Int32Array(units);
  const ends = new Int32Array(paths.length);
  let count = 1;
  let step = 0;
  paths.forEach((path, p) => {
    let node = 0;
    for (const cls of path) {
      let child = getEdge(building, node * classCount + cls);
      if (child === 0) {
        child = count++;
        setEdge(building, node * classCount + cls, child);
        childClass[child] = cls;
        nextSibling[child] = firstChild[node]!;
        firstChild[node] = child;
      }
      node = child;
      steps[step++] = node;
    }
    ends[p] = node;
  });

  // Number depth-first: a node's first child comes right after it.
  const id = new Int32Array(count);
  const stack = new Int32Array(count);
  let top = 0;
  let next = 0;
  stack[top++] = 0;
  while (top > 0) {
    const node = stack[--top]!;
    id[node] = next++;
    for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) stack[top++] = child;
  }

  const rootChild = new Int32Array(classCount);
  const edges = createEdgeTable(count);
  for (let node = 0; node < count; node++) {
    for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
      if (node === 0) rootChild[childClass[child]!] = id[child]!;
      else setEdge(edges, id[node]! * classCount + childClass[child]!, id[child]!);
    }
  }
  const termStart = new Int32Array(count + 1);
  for (const end of ends) termStart[id[end]! + 1]!++;
  for (let node = 0; node < count; node++) termStart[node + 1]! += termStart[node]!;
  const filled = termStart.slice(0, count);
  const termPaths = new Int32Array(paths.length);
  ends.forEach((end, p) => {
    termPaths[filled[id[end]!]!++] = p;
  });
  if (visit) {
    step = 0;
    paths.forEach((path, p) => {
      for (let i = 0; i < path.length; i++) visit(p, i, id[steps[step++]!]!);
    });
  }
  return { rootChild, edgeKeys: edges.keys, edgeChildren: edges.children, termStart, termPaths };
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

function getEdge(table: EdgeTable, key: number): number {
  for (let slot = Math.imul(key, HASH_MULTIPLIER) >>> table.shift; ; slot = (slot + 1) & (table.keys.length - 1)) {
    if (table.keys[slot] === key) return table.children[slot]!;
    if (table.keys[slot] === -1) return 0;
  }
}

/** The shift that turns a hashed key into a slot of an edge table this long (a power of two). */
export function slotShift(keys: Int32Array): number {
  return 32 - Math.log2(keys.length);
}

/** onlyChildClass[node]: the class of its one child (which is node + 1), or MANY_CHILDREN, or NO_CHILDREN. */
export function findOnlyChildren(edgeKeys: Int32Array, nodeCount: number, classCount: number): Int32Array {
  const only = new Int32Array(nodeCount).fill(NO_CHILDREN);
  for (let slot = 0; slot < edgeKeys.length; slot++) {
    const key = edgeKeys[slot]!;
    if (key < 0) continue;
    const node = (key / classCount) | 0;
    only[node] = only[node] === NO_CHILDREN ? key - node * classCount : MANY_CHILDREN;
  }
  return only;
}

export const MANY_CHILDREN = -1;
export const NO_CHILDREN = -2;
