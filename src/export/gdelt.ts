// Merged events in the GDELT 2.0 event table's column layout (tab-separated, no header, 61 columns):
// one row per real-world event, with NumMentions / NumSources / NumArticles over its reports and the
// SOURCEURL of the first report. Geography is left empty but for ActionGeo_FullName (the location).
import type { MergedEvent } from "../stories/index.js";
import { safeCell } from "./cells.js";

export const GDELT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  ...actorColumns("Actor1"),
  ...actorColumns("Actor2"),
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  ...geoColumns("Actor1Geo"),
  ...geoColumns("Actor2Geo"),
  ...geoColumns("ActionGeo"),
  "DATEADDED",
  "SOURCEURL",
] as const;

function actorColumns(p: string): string[] {
  return [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
  ].map((c) => `${p}${c}`);
}
function geoColumns(p: string): string[] {
  return ["_Type", "_FullName", "_CountryCode", "_ADM1Code", "_ADM2Code", "_Lat", "_Long", "_FeatureID"].map(
    (c) => `${p}${c}`,
  );
}

/** One TSV cell: no tab or line break inside; text that a spreadsheet would run as a formula is quoted. */
const clean = (v: string | number | null | undefined) =>
  v === null || v === undefined
    ? ""
    : typeof v === "number"
      ? String(v)
      : safeCell(v.replace(/[\t\n\r]+/g, " "));

export function gdeltRow(
  m: MergedEvent,
  numericId: number,
  countryName: (iso: string) => string | null,
): string {
  const lead = m.evidence[0]?.event;
  const date = (m.dates.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)) ?? m.first.published ?? "").replace(
    /-/g,
    "",
  );
  const actor = (side: "source" | "target") => {
    const p = side === "source" ? lead?.source : lead?.target;
    if (!p) return Array(10).fill("");
    const code = p.code === "---" ? "" : p.code;
    const sector = code.length > 3 && code.slice(0, 3) === p.country ? code.slice(3, 6) : "";
    const name = p.name ?? (p.country ? countryName(p.country) : null);
    return [code, name?.toUpperCase() ?? "", p.country ?? "", "", "", "", "", sector, "", ""];
  };
  const year = date.slice(0, 4);
  const fraction = date
    ? (Number(year) + (Number(date.slice(4, 6)) - 1) / 12 + (Number(date.slice(6, 8)) - 1) / 365).toFixed(4)
    : "";
  const emptyGeo = Array(8).fill("");
  const actionGeo = m.locations[0] ? ["", m.locations[0], "", "", "", "", "", ""] : emptyGeo;
  const added = `${(m.first.published ?? "").replace(/-/g, "")}000000`;
  const cells = [
    numericId,
    date,
    date.slice(0, 6),
    year,
    fraction,
    ...actor("source"),
    ...actor("target"),
    1,
    m.code,
    m.code.slice(0, 3),
    m.root,
    m.quadClass,
    m.goldstein,
    m.mentions.length,
    m.outlets,
    m.documents,
    "",
    ...emptyGeo,
    ...emptyGeo,
    ...actionGeo,
    added,
    m.first.url ?? m.first.doc,
  ];
  return cells.map(clean).join("\t");
}
