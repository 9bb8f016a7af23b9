// Human views laid out as tables (see table.ts) for commands whose handlers live in commands.ts.
import type { RemovedLine } from "../model/document.js";
import type { RegistryActor } from "../store/actor-registry.js";
import { lineWidth, renderTable, truncate } from "./table.js";
import { out } from "./terminal.js";

/** dyad actors: one row an actor, its other names on a line under it. */
export function printActors(actors: RegistryActor[]): void {
  const lines = renderTable(
    [
      { header: "name", max: 32 },
      { header: "kind" },
      { header: "country", max: 24 },
      { header: "documents", align: "right" },
      { header: "roles (first seen..last seen)", fill: true },
    ],
    actors.map((a) => [
      a.name,
      a.kind,
      `${a.country ?? "-"}${a.otherCountries.length ? ` (also ${a.otherCountries.join(", ")})` : ""}`,
      String(a.documents),
      a.roles.map((r) => `${r.role} ${r.firstSeen ?? "?"}..${r.lastSeen ?? "?"}`).join("; "),
    ]),
  );
  out(lines[0]);
  actors.forEach((a, i) => {
    out(lines[i + 1]);
    if (a.aliases.length) out(truncate(`    also named ${a.aliases.join(", ")}`, lineWidth()));
  });
}

/** dyad show: the lines cleaning removed, and why. */
export function printRemoved(removed: RemovedLine[]): void {
  if (!removed.length) {
    out("removed: nothing");
    return;
  }
  out(`removed (${removed.length}):`);
  const lines = renderTable(
    [
      { header: "line", align: "right", keep: true },
      { header: "reason", keep: true },
      { header: "text", fill: true },
    ],
    removed.map((r) => [String(r.line + 1), r.reason, r.text]),
    lineWidth() - 2,
  );
  for (const line of lines) out(`  ${line}`);
}
