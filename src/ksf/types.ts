/**
 * Typed shape of the handbook's model KSF outline for an intermediate STR worker and its
 * "FULL KSF OUTLINE FOR STR WORKER" text (STR handbook, 2007). Wording is the seed's own.
 */
import type { KsfCode } from '../framework/types';

export type KsfLevel = 1 | 2 | 3 | 4;

export interface OutlineIndicator {
  /** "a", "b", … */
  letter: string;
  /** Seed wording; sub-items follow on their own lines, each starting "- ". */
  text: string;
  /** The seed lost the letter at a page break (") acts in ways …"); it is restored from the order. */
  letterRestored?: true;
}

/** One level of a dimension as the full outline prints it under one gateway. */
export interface OutlineLevelText {
  level: KsfLevel;
  /** Level title as the handbook prints it; null where the handbook copy lacks it. */
  title: string | null;
  /** Where the handbook prints only part of the title (or none): the framework's column-four wording. */
  frameworkTitle?: string;
  indicators: OutlineIndicator[];
  /** Why the printed indicators are not the whole level, when the handbook copy is cut off. */
  incomplete?: string;
}

/** A gateway column of the model table ("Level", "Indicators") with the full outline's text for it. */
export interface GatewayRequirement {
  level: KsfLevel;
  /** "all", or the letters the table lists, e.g. ["a", "b", "c", "f", "g"]. */
  indicators: 'all' | string[];
  /** The table cell as printed: "All" or "a,b,c,f,g". */
  seedText: string;
  /** The indicators as the full outline prints them for this gateway. */
  printed: OutlineLevelText;
  /** Letters the table requires that the full outline does not print for this level (HWB4 "g"). */
  notPrinted?: string[];
}

export interface OutlineDimension {
  code: KsfCode;
  /** The table's "No." column: "1" … "6", "HWB4". */
  number: string;
  /** The table's dimension title, e.g. "Communication". */
  title: string;
  /** The full outline's heading, e.g. "Core Dimension 1 – Communications"; null where the copy lost it. */
  heading: string | null;
  foundation: GatewayRequirement;
  second: GatewayRequirement;
  /** "Areas of application for this post", one entry per paragraph or bullet. */
  areasOfApplication: string[];
  /** Why the list is not whole, when the handbook copy is cut off. */
  areasIncomplete?: string;
}

export interface KsfOutlineData {
  source: string;
  /** "A MODEL KSF (NHS KNOWLEDGE AND SKILLS FRAMEWORK) OUTLINE FOR AN INTERMEDIATE STR WORKER" */
  title: string;
  /** "PLEASE NOTE THAT THERE WILL BE LOCAL VARIATIONS …" */
  localVariationNote: string;
  /** The table's gateway column headings. */
  gatewayHeadings: { foundation: string; second: string };
  fullOutlineTitle: string;
  /** "Dimensions and levels", "Indicators", "Areas of application for this post – …". */
  fullOutlineColumns: [string, string, string];
  /** The dimensions the model gives a level, in table order. */
  dimensions: OutlineDimension[];
  /** Dimensions the table lists without a level: not part of the model outline. */
  otherDimensions: { number: string; title: string }[];
  /** The seed's own lines: "Signed ..... (Employee)", "Signed .....(Line Manager)", "Date .....". */
  signatures: string[];
  /** Plain-language list of where the handbook copy is incomplete or inconsistent. */
  seedGaps: string[];
}
