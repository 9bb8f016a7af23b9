// Counts written as words in relative dates ("three days ago", "two days after they signed"): the
// small numbers news writes out; larger ones are written in digits. One list for every reader.
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
