// The actor network as GraphML: actors (people, countries, organisations) as nodes, merged events
// between them as weighted edges (events, Goldstein sum, CAMEO roots), readable by Gephi or networkx.
import type { MergedEvent } from "../stories/index.js";

interface Edge {
  source: string;
  target: string;
  events: number;
  goldstein: number;
  roots: Set<string>;
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function actorGraphml(merged: MergedEvent[]): string {
  const nodes = new Map<string, { label: string; country: string; kind: string }>();
  const edges = new Map<string, Edge>();
  const nodeOf = (p: { name: string | null; country: string | null }) => {
    const id = p.name ? `person:${p.name}` : `country:${p.country ?? "?"}`;
    if (!nodes.has(id))
      nodes.set(id, {
        label: p.name ?? p.country ?? "?",
        country: p.country ?? "",
        kind: p.name ? "person" : "country",
      });
    return id;
  };
  for (const m of merged) {
    if (!m.target) continue;
    const s = nodeOf(m.source);
    const t = nodeOf(m.target);
    const key = `${s}\u0000${t}`;
    const e = edges.get(key) ?? { source: s, target: t, events: 0, goldstein: 0, roots: new Set<string>() };
    edges.set(key, e);
    e.events++;
    e.goldstein += m.goldstein;
    e.roots.add(m.root);
  }
  const ids = new Map([...nodes.keys()].map((k, i) => [k, `n${i}`]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="events" for="edge" attr.name="events" attr.type="int"/>',
    '  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>',
    '  <key id="roots" for="edge" attr.name="cameo_roots" attr.type="string"/>',
    '  <graph id="actors" edgedefault="directed">',
  ];
  for (const [key, n] of nodes) {
    lines.push(
      `    <node id="${ids.get(key)}"><data key="label">${esc(n.label)}</data><data key="country">${esc(n.country)}</data><data key="kind">${n.kind}</data></node>`,
    );
  }
  let i = 0;
  for (const e of edges.values()) {
    lines.push(
      `    <edge id="e${i++}" source="${ids.get(e.source)}" target="${ids.get(e.target)}"><data key="events">${e.events}</data><data key="goldstein">${e.goldstein.toFixed(1)}</data><data key="roots">${[...e.roots].sort().join(" ")}</data></edge>`,
    );
  }
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}
