// Ten outlets report one meeting: the timeline counts it once, with ten sources.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dyad } from "./run-cli.js";

const openings = [
  "Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Saturday.",
  "South Korean President Lee Jae-myung held talks with Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday.",
  "Lee Jae-myung and Shigeru Ishiba met in Tokyo on Saturday for their first summit.",
  "Japan's Shigeru Ishiba hosted South Korea's Lee Jae-myung in Tokyo on Saturday.",
  "The leaders of Japan and South Korea, Shigeru Ishiba and Lee Jae-myung, met in Tokyo on Saturday.",
];
const follow = [
  "The two leaders agreed to keep up regular visits and to cooperate on North Korea, officials said.",
  "They discussed trade, security and exchanges between young people during the talks.",
  "Both sides pledged to build on the progress made since relations thawed.",
];

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-timeline-"));
  db = join(dir, "t.db");
  mkdirSync(join(dir, "in"));
  const records = Array.from({ length: 10 }, (_, i) => ({
    id: `report-${i + 1}`,
    url: `https://outlet-${i + 1}.example/summit`,
    source: `Outlet ${i + 1}`,
    published: i < 6 ? "2025-08-23" : "2025-08-24",
    title: `Japan and South Korea leaders hold summit (${i + 1})`,
    text: [openings[i % openings.length], follow[i % 3], follow[(i + 1) % 3]].join("\n"),
  }));
  // A different event of the same pair, two months later: a separate story.
  records.push({
    id: "later-call",
    url: "https://outlet-1.example/call",
    source: "Outlet 1",
    published: "2025-10-20",
    title: "Leaders speak by phone",
    text: "Shigeru Ishiba spoke by telephone with Lee Jae-myung on Monday about the economy.",
  });
  writeFileSync(join(dir, "in", "reports.jsonl"), records.map((r) => JSON.stringify(r)).join("\n"));
  dyad(["ingest", join(dir, "in"), "--db", db]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("timeline and merged events", () => {
  it("puts the ten reports in one story", () => {
    const stories = JSON.parse(dyad(["stories", "--db", db, "--dyad", "JPN-KOR", "--json"]).stdout);
    const summit = stories.find((s: { documents: { id: string }[] }) =>
      s.documents.some((d) => d.id === "report-1"),
    );
    expect(summit.documents).toHaveLength(10);
    expect(summit.outlets).toBe(10);
    expect(summit.documents.map((d: { id: string }) => d.id)).not.toContain("later-call");
  });

  it("counts the meeting once per period, with its ten sources", () => {
    const t = JSON.parse(dyad(["timeline", "JPN", "KOR", "--db", db, "--by", "month", "--json"]).stdout);
    const august = t.periods.find((p: { period: string }) => p.period === "2025-08");
    expect(august.by_root["04"]).toBe(1);
    expect(august.top_stories[0].documents).toBe(10);
    const october = t.periods.find((p: { period: string }) => p.period === "2025-10");
    expect(october.by_root["04"]).toBe(1);
  });

  it("writes the merged meeting once in the GDELT table with NumSources and the first report's URL", () => {
    const rows = dyad(["export", "--db", db, "--format", "gdelt", "--dyad", "JPN-KOR"])
      .stdout.trim()
      .split("\n");
    const cells = rows.map((r) => r.split("\t")).filter((c) => c[28] === "04" && c[1] === "20250823");
    expect(cells).toHaveLength(1);
    const row = cells[0] as string[];
    expect(row).toHaveLength(61);
    expect(row[32]).toBe("10"); // NumSources
    expect(row[33]).toBe("10"); // NumArticles
    expect(row[60]).toBe("https://outlet-1.example/summit");
  });

  it("writes the actor network as GraphML", () => {
    const xml = dyad(["export", "--db", db, "--format", "graphml"]).stdout;
    expect(xml).toContain("<graphml");
    expect(xml).toContain("Shigeru Ishiba");
    expect(xml).toMatch(/<edge id="e0" source="n\d+" target="n\d+">/);
  });
});
