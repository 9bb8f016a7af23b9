// Invented reports (our own wording) about invented meetings between real countries.
import type { DocSpec, EventSpec } from "./helpers.js";

export const ruiz: [string, string] = ["Ana Ruiz", "CHL"];
export const vidal: [string, string] = ["Tomas Vidal", "ARG"];

const wire = [
  "Chilean Foreign Minister Ana Ruiz met her Argentine counterpart Tomas Vidal in Mendoza on Tuesday, the first visit by a Chilean foreign minister to the province in six years.",
  "The two ministers discussed a long-delayed rail tunnel under the Andes, water sharing along the Mendoza river and the joint patrols that began last spring along the mountain border.",
  "Ruiz told reporters after the three-hour session that both governments wanted the tunnel tender published before the southern winter, and that engineers from both sides would meet again within a month.",
  "Vidal said the talks had been frank and useful and that Buenos Aires was ready to share the cost of a new customs post at the Cristo Redentor pass, where lorries often wait for days in snow.",
];

export const wireText = wire.join("\n\n");

const meetingMar5: EventSpec = {
  code: "040",
  source: [ruiz[0], "CHL"],
  target: [vidal[0], "ARG"],
  date: "2024-03-05",
  location: "Mendoza",
};

export const original: DocSpec = {
  id: "wire-1",
  published: "2024-03-05",
  source: "Andes Wire",
  text: wireText,
  persons: [ruiz, vidal],
  events: [meetingMar5],
  place: "MENDOZA",
};

/** The same wire story on a portal: new headline, a byline, a trailing paragraph of its own. */
export const portalCopy: DocSpec = {
  ...original,
  id: "portal-7",
  published: "2024-03-06",
  source: "Daily Portal",
  text: [
    "Chile and Argentina talk tunnels and trucks",
    "By our staff, with agencies",
    ...wire,
    "Readers can follow our coverage of the region in the Americas section every weekday morning.",
  ].join("\n\n"),
};

/** Another outlet, same meeting, its own words. */
export const otherOutlet: DocSpec = {
  id: "times-3",
  published: "2024-03-06",
  source: "Southern Times",
  text: [
    "Santiago and Buenos Aires moved closer on Tuesday to reviving plans for a tunnel beneath the Andes, as foreign ministers Ana Ruiz and Tomas Vidal held talks in the Argentine city of Mendoza.",
    "Officials said the ministers also reviewed border patrols and river water quotas, issues that have strained relations between the two neighbours in dry years.",
    "A joint statement said a tender for the rail tunnel would be issued before winter and that a customs post at the busiest mountain pass would be shared.",
  ].join("\n\n"),
  persons: [ruiz, vidal],
  events: [{ ...meetingMar5, code: "042", source: [vidal[0], "ARG"], target: [ruiz[0], "CHL"] }],
};

/** The same two ministers, three weeks later, another city. */
export const laterMeeting: DocSpec = {
  id: "wire-9",
  published: "2024-03-26",
  source: "Andes Wire",
  text: [
    "Foreign ministers Ana Ruiz of Chile and Tomas Vidal of Argentina met again on Tuesday, this time in Valparaiso, to sign the rail tunnel tender and agree on a timetable for the customs post.",
    "Ruiz said the agreement showed that talks in Mendoza earlier this month had borne fruit, while Vidal said work could start next year if the tender drew serious bids.",
  ].join("\n\n"),
  persons: [ruiz, vidal],
  events: [
    {
      code: "040",
      source: [ruiz[0], "CHL"],
      target: [vidal[0], "ARG"],
      date: "2024-03-26",
      location: "Valparaiso",
    },
  ],
};

/** Two meetings in the same week: Tuesday in Mendoza, Saturday at a summit in Lima. */
export const sameWeekMeeting: DocSpec = {
  id: "lima-2",
  published: "2024-03-09",
  source: "Pacific Herald",
  text: [
    "Ana Ruiz and Tomas Vidal, the foreign ministers of Chile and Argentina, met on Saturday on the margins of a regional summit in Lima to discuss fishing rights in the southern channels.",
    "The talks in Lima were brief, officials said, and focused on licences for trawlers near the Beagle Channel rather than the tunnel project discussed earlier in the week.",
  ].join("\n\n"),
  persons: [ruiz, vidal],
  events: [
    {
      code: "040",
      source: [ruiz[0], "CHL"],
      target: [vidal[0], "ARG"],
      date: "2024-03-09",
      location: "Lima",
    },
  ],
};

/** A follow-up: Argentina criticises Chile four days after the meeting. */
export const followUp: DocSpec = {
  id: "times-8",
  published: "2024-03-09",
  source: "Southern Times",
  text: [
    "Argentina's foreign minister Tomas Vidal on Saturday criticised Chile for delays in publishing the tunnel tender, days after he and his Chilean counterpart Ana Ruiz held talks in Mendoza.",
    "Vidal said Santiago had promised quick progress and that Argentine engineers were still waiting for the technical documents.",
  ].join("\n\n"),
  persons: [ruiz, vidal],
  events: [
    { code: "111", source: [vidal[0], "ARG"], target: [ruiz[0], "CHL"], date: "2024-03-09" },
    {
      code: "040",
      source: [vidal[0], "ARG"],
      target: [ruiz[0], "CHL"],
      date: "2024-03-05",
      location: "Mendoza",
    },
  ],
};

/** The same ministers' meeting, with no publication date and no dates in the text. */
export const undated: DocSpec = {
  id: "blog-1",
  published: null,
  source: "A Blog",
  text: [
    "Foreign ministers Ana Ruiz and Tomas Vidal held talks on a Sunday in a hotel by the sea, discussing trade quotas and a new ferry line between the two countries.",
    "The ministers agreed to keep talking, a spokesperson said.",
  ].join("\n\n"),
  persons: [ruiz, vidal],
  events: [{ code: "040", source: [ruiz[0], "CHL"], target: [vidal[0], "ARG"] }],
};

/** Unrelated story on the same day. */
export const unrelated: DocSpec = {
  id: "asia-4",
  published: "2024-03-05",
  source: "Asia Desk",
  text: [
    "Vietnam and the Philippines signed an agreement on Tuesday on coast guard cooperation in the South China Sea, after two days of talks in Hanoi between their defence ministers.",
    "The deal covers joint training, a hotline between the two coast guards and search and rescue exercises planned for the summer.",
  ].join("\n\n"),
  persons: [
    ["Le Van Minh", "VNM"],
    ["Rosa Santos", "PHL"],
  ],
  events: [
    { code: "057", source: [null, "VNM"], target: [null, "PHL"], date: "2024-03-05", location: "Hanoi" },
  ],
};

const mendozaLead =
  "Chile's Ana Ruiz and Argentina's Tomas Vidal met in Mendoza on Tuesday, March 5, and agreed to publish the tender for a rail tunnel beneath the Andes before the southern winter.";

/** A portal that lost the publication date; its lead still says "Tuesday, March 5". */
export const undatedWithDay: DocSpec = {
  id: "feed-12",
  published: null,
  source: "Regional Feed",
  text: [
    mendozaLead,
    "The two foreign ministers also spoke about water sharing on the Mendoza river and a shared customs post at the busiest mountain pass, officials from both delegations said.",
  ].join("\n\n"),
  persons: [ruiz, vidal],
  events: [{ code: "040", source: [ruiz[0], "CHL"], target: [vidal[0], "ARG"] }],
};

/** The same pair in November: an undated report whose lead names another day of the year. */
export const undatedNovember: DocSpec = {
  ...undatedWithDay,
  id: "feed-40",
  text: [
    "Chile's Ana Ruiz and Argentina's Tomas Vidal met in Mendoza on Tuesday, November 12, and agreed to publish the tender for a rail tunnel beneath the Andes before the southern winter.",
    "The two foreign ministers also spoke about water sharing on the Mendoza river and a shared customs post at the busiest mountain pass, officials from both delegations said.",
  ].join("\n\n"),
};

/** Published the day after, in words of its own, and names the act as an agreement (05), not talks. */
export const nextDayAgreement: DocSpec = {
  id: "post-2",
  published: "2024-03-06",
  source: "Cordillera Post",
  text: [
    "Ana Ruiz and Tomas Vidal signed a framework accord yesterday committing Santiago and Buenos Aires to a shared timetable.",
    "Opposition lawmakers in both capitals called the accord vague.",
  ].join("\n\n"),
  persons: [ruiz, vidal],
  events: [
    {
      code: "057",
      source: [ruiz[0], "CHL"],
      target: [vidal[0], "ARG"],
      date: "2024-03-05",
      location: "Mendoza",
    },
  ],
};

/** A report in which no event was coded: the two ministers it names stand for the pair. */
export const noEventCoded: DocSpec = {
  id: "note-5",
  published: "2024-03-06",
  source: "Border Notes",
  text: [
    "Ana Ruiz and Tomas Vidal came out of three hours in Mendoza with a date for the rail tunnel tender and a plan for the customs post at the mountain pass.",
    "Water sharing along the Mendoza river was discussed too, their spokespeople said.",
  ].join("\n\n"),
  persons: [ruiz, vidal],
};

/** Undated, no date in its lead, and in words of its own: nothing says which meeting it is. */
export const undatedNoClue: DocSpec = {
  id: "digest-3",
  published: null,
  source: "Weekly Digest",
  text: [
    "The foreign ministers of Chile and Argentina, Ana Ruiz and Tomas Vidal, had another round of talks, their offices said, without giving details of what was discussed.",
  ].join("\n\n"),
  persons: [ruiz, vidal],
  events: [{ code: "040", source: [ruiz[0], "CHL"], target: [vidal[0], "ARG"] }],
};

/** Published the next day, naming the two countries but no minister. */
export const nextDayNoPersons: DocSpec = {
  id: "brief-6",
  published: "2024-03-06",
  source: "Morning Brief",
  text: [
    "Chile and Argentina agreed on Tuesday to put out the tender for a tunnel beneath the Andes before winter, after talks in the Argentine city of Mendoza.",
    "Customs officials of both countries are to share a post at the mountain pass.",
  ].join("\n\n"),
  countries: ["CHL", "ARG"],
  events: [{ code: "057", source: [null, "CHL"], target: [null, "ARG"], date: "2024-03-05" }],
};

/** The same day, the same two countries, another act in other words: a fishing dispute. */
export const sameDayOtherAct: DocSpec = {
  id: "brief-7",
  published: "2024-03-06",
  source: "Morning Brief",
  text: [
    "Argentina accused Chile on Wednesday of letting trawlers fish illegally near the Beagle Channel and summoned its ambassador in protest.",
  ].join("\n\n"),
  countries: ["CHL", "ARG"],
  events: [{ code: "111", source: [null, "ARG"], target: [null, "CHL"], date: "2024-03-06" }],
};
