/** A reader's name for a classification input path: `compute.fp16.dense` → "FP16 dense". */
export function inputLabel(path: string): string {
  const compute = /^compute\.([a-z0-9]+)\.(dense|sparse)$/.exec(path);
  if (compute) return `${compute[1]?.toUpperCase()} ${compute[2]}`;
  if (path === 'dieArea') return 'die area';
  if (path === 'interconnect.bandwidth') return 'interconnect';
  if (path === 'declaredTpp') return 'declared TPP';
  return path;
}
