// B-cubed precision/recall over items that have both a gold and a predicted cluster.

export function bcubed(
  gold: Map<string, string>,
  predicted: Map<string, string>,
): { precision: number; recall: number; f1: number } {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  const members = (m: Map<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const k of items) {
      const c = m.get(k) as string;
      let s = out.get(c);
      if (!s) {
        s = new Set();
        out.set(c, s);
      }
      s.add(k);
    }
    return out;
  };
  const g = members(gold);
  const p = members(predicted);
  let prec = 0;
  let rec = 0;
  for (const k of items) {
    const gc = g.get(gold.get(k) as string) as Set<string>;
    const pc = p.get(predicted.get(k) as string) as Set<string>;
    let both = 0;
    for (const x of pc) if (gc.has(x)) both++;
    prec += both / pc.size;
    rec += both / gc.size;
  }
  const n = items.length || 1;
  const precision = prec / n;
  const recall = rec / n;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
