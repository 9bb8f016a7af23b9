// Checks the user's knowledge before a run: $DYAD_KNOWLEDGE must exist, and every table it extends
// must be valid, so a mistake stops the command once, naming the file and the field, instead of
// failing each document in the workers.
import { readKnowledgeDir } from "../actors/knowledge/files.js";
import { knowledgeRoot, loadAllKnowledge } from "./load.js";

/** `tables`: also load every table (a run that processes documents); else only find the folder. */
export function checkKnowledge(tables: boolean): void {
  const { dir } = knowledgeRoot();
  if (!tables) return;
  loadAllKnowledge();
  // The actor tables are built in the workers (a second or so); their files are only read here.
  if (dir !== null) readKnowledgeDir(dir);
}
