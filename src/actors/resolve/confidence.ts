// How sure the actors stage is of each way a mention was resolved (0..1), and how much each clue
// weighs towards a person's country. In one place so they can be compared: their order matters
// more than their values (the actors dev set and tests check the results, not these numbers).

/** How sure a resolved mention is. */
export const CONFIDENCE = {
  /** The text names the actor in full, or the knowledge base knows the exact form. */
  certain: 1,
  /** A one-word name that is the surname of the one person of that name in the article. */
  surname: 0.95,
  /** A full name the knowledge base does not know, read from its shape and cues. */
  newName: 0.9,
  /** A role ("the foreign minister") that only one person in the article holds. */
  roleInText: 0.9,
  /** A seat of power standing for its state ("the Kremlin"): rarely anything else. */
  seatOfPower: 0.9,
  /** A surname of one office holder of the article's countries on its date: the table may lag. */
  surnameOfHolder: 0.85,
  /** "his counterpart" resolved to the one person in the article with the same role. */
  counterpartInText: 0.85,
  /** A full name accepted only because a later sentence uses its last word as a name. */
  laterName: 0.8,
  /** A role resolved to the office holder on the article's date: right unless the table lags. */
  officeHolder: 0.8,
  /** A pronoun with one fitting person before it. */
  pronoun: 0.8,
  /** A capital standing for its state ("Seoul said"): also a place, more often than a seat. */
  capital: 0.8,
  /** "his counterpart" resolved through the office-holder table, not the text. */
  counterpartOfHolder: 0.75,
  /** A misspelt name matched to the one name it is close to. */
  typo: 0.7,
  /** An unknown one-word name, accepted only after a title or an honorific ("spokesman Peskov"). */
  titledSingleName: 0.7,
  /** A role with no person behind it: the sector acts ("the ministry said"). */
  sectorRole: 0.7,
  /** A group noun for persons named before ("the two ministers"). */
  groupOfPersons: 0.7,
  /** A surname shared by several persons in the article: the nearest is taken. */
  shared: 0.6,
  /** A group noun for countries ("both sides"): the pair may be guessed wrong. */
  groupOfCountries: 0.6,
  /** Any other resolution with several candidates: the nearest (or preferred) is taken, the
   * others are kept as alternatives. */
  ambiguous: 0.5,
} as const;

/** How much each clue weighs towards a person's country (the heaviest total wins). */
export const COUNTRY_WEIGHT = {
  /** The office-holder table on the day, for the very office the article names: beats any slip of the text. */
  sameOffice: 10,
  /** A title naming the country or body ("Chinese President Xi", "EU foreign policy chief"). */
  title: 3,
  /** A role resolved through the office-holder table for a named country, or the person's current term. */
  holder: 2,
  /** A past term of the person, or the side of a person named in apposition ("adviser to Putin"). */
  pastTermOrPrincipal: 1.5,
  /** The country named in the same clause. */
  clause: 1,
  /** A bare title ("Foreign Secretary X") speaks for the article's own side. */
  home: 0.5,
  /** The one country of the article no other person stands for ("Petro and Noboa … Ecuador"). */
  lastCountryLeft: 0.4,
} as const;
