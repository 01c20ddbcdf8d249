/** The entity id a command was called with: an id string, or a tree node carrying one. */
export function readEntityId(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument;
  if (argument && typeof argument === 'object') {
    const node = argument as { entityId?: unknown; id?: unknown };
    if (typeof node.entityId === 'string') return node.entityId;
    if (typeof node.id === 'string') return node.id;
  }
  return undefined;
}
