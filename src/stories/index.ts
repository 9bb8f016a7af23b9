// Public API of the stories layer: copies, stories, merged events, timelines.
export { bcubed } from "./bcubed.js";
export { mergeStoryEvents, type StoryDoc } from "./merge.js";
export { type StoryConfig, storyConfig } from "./score.js";
export { decodeSignature, type EncodedSignature, encodeSignature } from "./serialize.js";
export { coreEvents, dayNumber, type SignatureParts, signatureFromParts, signatureOf } from "./signature.js";
export { type SerializedIndex, StoryIndex } from "./story-index.js";
export { periodOf, sparkline, type TimelineOptions, timeline } from "./timeline.js";
export type * from "./types.js";
