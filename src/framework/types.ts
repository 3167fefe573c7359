/** Typed shape of the national STR Competence Framework (DH 2008) and the handbook (2007). */

/** A KSF dimension code as the seeds write it, normalised: "Core 1".."Core 6", "HWB1".."HWB10", "EF1".., "IK1".., "G1"..G8. */
export type KsfCode = string;

export interface KsfLink {
  dimension: KsfCode;
  level: 1 | 2 | 3 | 4;
  /** The level title exactly as the seed prints it after the colon. */
  levelTitle: string;
  /** The seed's own text for the whole link, e.g. "HWB4/Level 3: Enable people to ...". */
  seedText: string;
}

export interface EscLink {
  /** 1..10, resolved against Appendix G. */
  number: number;
  /** The seed's own wording in the framework table, e.g. "Work in Partnership" (sic). */
  seedText: string;
}

export interface RelatedNos {
  code: string;
  title: string;
}

export interface Nos {
  /** Normalised code without spaces in the number, e.g. "HSC35", "SfH FMH18", "SfH MH94". */
  code: string;
  title: string;
  /** Element bullets, seed wording, without bullet characters. */
  elements: string[];
  /** True for SfH MH94, "currently a draft NOS in development" (Appendix E 3.1). */
  draft: boolean;
}

/** One row of the Appendix B table: one cell of NOS (usually one, HSC345+HSC346 share one). */
export interface FrameworkRow {
  /** Row id, stable: section id + index within section, e.g. "1.1-3". */
  id: string;
  sectionId: string;
  /** Core tasks that apply to this row (resolved: rows with an empty core-tasks cell share the row above's). */
  coreTasks: string[];
  /** True when the seed's core-task cell was empty and the tasks were carried from the row above. */
  coreTasksSharedWithRowAbove: boolean;
  /** NOS codes in this row's column two, in seed order. */
  nos: string[];
  otherRelatedNos: RelatedNos[];
  ksf: KsfLink[];
  /** Empty with escNotApplicable = true where the seed says "Not applicable". */
  esc: EscLink[];
  escNotApplicable: boolean;
}

export interface Section {
  /** "1.1" … "1.11", "2.1" … "2.5", "3", "4". */
  id: string;
  /** Seed heading, e.g. "1.1 General" or "3. Personal Development". */
  heading: string;
  areaId: string;
}

export interface Area {
  /** "1" … "4". */
  id: string;
  /** Seed heading, e.g. "1. Working with service users and carers". */
  heading: string;
}

export interface CoreTaskGroup {
  sectionId: string;
  heading: string;
  tasks: string[];
}

export interface MostImportantNos {
  rank: number;
  /** Code as printed in Appendix E (may be a misprint, e.g. "HS233", "SfH MH 94"). */
  seedCode: string;
  /** Resolved normalised code that exists in the NOS list. */
  code: string;
  /** Title as printed in Appendix E. */
  seedTitle: string;
}

export interface KsfDimension {
  code: KsfCode;
  /** e.g. "Communication", "Enablement to address health and wellbeing needs". */
  title: string;
  kind: 'core' | 'specific';
  /** "Core" for core dimensions; otherwise the theme heading, e.g. "Health and wellbeing". */
  theme: string;
}

export interface Esc {
  number: number;
  /** e.g. "Working in Partnership" (Appendix G wording, without the trailing full stop). */
  title: string;
  description: string;
}

export interface Abbreviation {
  abbreviation: string;
  meaning: string;
  /** Which document lists it. */
  source: 'framework' | 'handbook';
}

export interface NvqUnit {
  code: string;
  title: string;
  group: 'core' | 'optional' | 'additional';
}

export interface Framework {
  edition: string;
  areas: Area[];
  sections: Section[];
  rows: FrameworkRow[];
  /** Every NOS of column two (59), keyed by normalised code, in framework order. */
  nos: Nos[];
  /** Appendix C, grouped as the seed groups them (108 tasks in all). */
  coreTaskGroups: CoreTaskGroup[];
  mostImportantNos: MostImportantNos[];
  ksfDimensions: KsfDimension[];
  esc: Esc[];
  abbreviations: Abbreviation[];
  nvqUnits: NvqUnit[];
}
