/**
 * The KSF outline for a worker's grade. Intermediate: the handbook's model outline, exactly. Foundation
 * and Senior have no model in the seeds, so they are derived from it and from the role profile's KSF links
 * under the rules stated below (and on the sheet), and labelled "derived — agree locally".
 */
import { framework, ksfDimension } from '../framework';
import { ksfModelOutline } from '../ksf';
import { KsfLevel, OutlineDimension, OutlineIndicator } from '../ksf/types';
import { KsfSuggestion, ksfSuggestions, dimensionOrder } from './ksf-suggestions';
import { MANAGEMENT_NOS, RoleProfile } from './role-profile';
import { Grade } from './worker';

export interface PlannedIndicator {
  /** "a", "b", …; "" for a row standing in for indicators the seeds do not print. */
  letter: string;
  text: string;
  foundation: boolean;
  second: boolean;
  /** The text is the toolkit's note, not the handbook's wording. */
  placeholder?: true;
}

export interface PlannedLevel {
  level: KsfLevel;
  /** "" when no seed prints it. */
  title: string;
  /** Where the title does not come from the handbook's full outline. */
  titleNote?: string;
  indicators: PlannedIndicator[];
}

export interface PlannedGateway {
  level: KsfLevel;
  /** As the handbook's table writes it: "All" or "a,b,c,f,g". */
  indicators: string;
}

export interface PlannedDimension {
  code: string;
  /** The table's "No." column ("1", "HWB4"), or the code for a dimension the model lacks. */
  number: string;
  title: string;
  heading: string;
  foundation: PlannedGateway;
  second: PlannedGateway;
  /** Lowest first; one level when both gateways share it. */
  levels: PlannedLevel[];
  areasOfApplication: string[];
  areasNote?: string;
  /** What a derivation rule did to this dimension, in words. */
  derivation?: string;
}

export interface OutlinePlan {
  grade: Grade;
  derived: boolean;
  /** "Handbook model outline" or "Derived — agree locally". */
  label: string;
  rule: string;
  dimensions: PlannedDimension[];
  /** What the role profile's NOS suggest, shown beside the outline. */
  suggestions: KsfSuggestion[];
}

export const DERIVED_LABEL = 'Derived — agree locally';
export const MODEL_LABEL = 'Handbook model outline';

const NOT_IN_SEEDS =
  'The handbook copy does not print the indicators of this level: copy them from the NHS Knowledge and Skills Framework and agree them locally.';

export function planOutline(profile: RoleProfile): OutlinePlan {
  const suggestions = ksfSuggestions(profile.entries);
  const grade = profile.worker.grade;
  if (grade === 'intermediate') {
    return {
      grade,
      derived: false,
      label: MODEL_LABEL,
      rule: `The handbook's model KSF outline for an intermediate STR worker (${ksfModelOutline.source}), with the levels, indicators and areas of application of its full outline, as printed.`,
      dimensions: ksfModelOutline.dimensions.map(modelDimension),
      suggestions,
    };
  }
  return grade === 'foundation' ? foundationOutline(suggestions) : seniorOutline(profile, suggestions);
}

function modelDimension(d: OutlineDimension): PlannedDimension {
  return plannedDimension(
    d,
    gateway(d.foundation.level, d.foundation.seedText),
    gateway(d.second.level, d.second.seedText),
  );
}

/** Foundation: the model's foundation gateway becomes the whole outline. */
function foundationOutline(suggestions: KsfSuggestion[]): OutlinePlan {
  return {
    grade: 'foundation',
    derived: true,
    label: DERIVED_LABEL,
    rule:
      'The handbook gives a model outline for intermediate STR workers only. Foundation STR workers work with much closer ' +
      'supervision than intermediate workers (handbook), so each dimension of the intermediate model is set at its ' +
      'foundation-gateway level for both gateways: the foundation gateway keeps the model’s indicators, the second ' +
      'gateway takes every indicator of that level. The levels the role profile’s NOS suggest are shown beside the ' +
      'outline for discussion; none is added.',
    dimensions: ksfModelOutline.dimensions.map((d) => ({
      ...plannedDimension(d, gateway(d.foundation.level, d.foundation.seedText), gateway(d.foundation.level, 'All')),
      derivation: `Both gateways at the model's foundation-gateway level (Level ${d.foundation.level}).`,
    })),
    suggestions,
  };
}

/**
 * Senior: the model's second gateway is the starting point; the management NOS in the profile add their
 * indicative KSF links (a dimension rises to the highest level they suggest, or is added if the model lacks it).
 */
function seniorOutline(profile: RoleProfile, suggestions: KsfSuggestion[]): OutlinePlan {
  const management = ksfSuggestions(
    profile.entries.filter((e) => !e.local && MANAGEMENT_NOS.includes(e.code) && e.status !== 'not-applicable'),
  );
  const byCode = new Map(management.map((s) => [s.dimension, s]));
  const changes: string[] = [];
  const dimensions: PlannedDimension[] = ksfModelOutline.dimensions.map((d) => {
    const found = byCode.get(d.code);
    const top = found ? found.levels[found.levels.length - 1] : undefined;
    const foundation = gateway(d.second.level, 'All');
    if (!top || top.level <= d.second.level) {
      return {
        ...plannedDimension(d, foundation, foundation),
        derivation: "Both gateways at the model's second-gateway level.",
      };
    }
    changes.push(`${d.code} to Level ${top.level} (${top.nos.join(', ')})`);
    return {
      ...plannedDimension(d, foundation, gateway(top.level, 'All')),
      derivation: `Second gateway raised from Level ${d.second.level} to Level ${top.level}: ${top.nos.join(', ')} link${top.nos.length > 1 ? '' : 's'} to ${d.code}/Level ${top.level}.`,
    };
  });
  for (const s of management.filter((m) => !ksfModelOutline.dimensions.some((d) => d.code === m.dimension))) {
    const low = s.levels[0];
    const high = s.levels[s.levels.length - 1];
    const by = s.levels.map((l) => `${l.nos.join(', ')} (Level ${l.level})`).join('; ');
    changes.push(
      `${s.dimension} ${s.title} added at Level ${low.level}${high.level > low.level ? `, then ${high.level}` : ''} (${by})`,
    );
    dimensions.push({
      ...plannedDimension(null, gateway(low.level, 'All'), gateway(high.level, 'All'), s.dimension),
      derivation: `Added from the management NOS: ${by}.`,
    });
  }
  dimensions.sort((a, b) => dimensionOrder(a.code) - dimensionOrder(b.code));
  return {
    grade: 'senior',
    derived: true,
    label: DERIVED_LABEL,
    rule:
      'The handbook gives a model outline for intermediate STR workers only. Senior STR workers usually have some ' +
      'management responsibilities (handbook). The intermediate model’s second gateway becomes the foundation gateway. ' +
      'The second gateway adds the indicative KSF links of the management NOS in this role profile (HSC43, HSC444, ' +
      'HSC451, HSC446, HSC439): a dimension in the model rises to the highest level they suggest, and a dimension the ' +
      'model lacks is added, at the lowest level they suggest for the foundation gateway and the highest for the ' +
      `second. ${changes.length ? `Here: ${changes.join('; ')}.` : 'Here no management NOS applies, so nothing is added.'}`,
    dimensions,
    suggestions,
  };
}

function gateway(level: KsfLevel, indicators: string): PlannedGateway {
  return { level, indicators };
}

function plannedDimension(
  d: OutlineDimension | null,
  foundation: PlannedGateway,
  second: PlannedGateway,
  code = d?.code ?? '',
): PlannedDimension {
  const title = d?.title ?? ksfDimension(code)?.title ?? code;
  const levels = [...new Set([foundation.level, second.level])].sort((a, b) => a - b);
  const dimension: PlannedDimension = {
    code,
    number: d?.number ?? code,
    title,
    heading: d?.heading ?? (d ? `Dimension ${code} – ${title}` : `${code} ${title}`),
    foundation,
    second,
    levels: levels.map((level) =>
      plannedLevel(
        d,
        code,
        level,
        foundation.level === level ? foundation : null,
        second.level === level ? second : null,
      ),
    ),
    areasOfApplication: d?.areasOfApplication ?? [],
  };
  if (!d || d.areasOfApplication.length === 0) {
    dimension.areasNote = 'The handbook gives no areas of application for this dimension: agree them locally.';
  } else if (d.areasIncomplete) dimension.areasNote = d.areasIncomplete;
  return dimension;
}

/** Indicator rows of one level: the handbook's printings merged, with rows standing in for what they lack. */
function plannedLevel(
  d: OutlineDimension | null,
  code: string,
  level: KsfLevel,
  foundation: PlannedGateway | null,
  second: PlannedGateway | null,
): PlannedLevel {
  const printings = d ? [d.foundation, d.second].map((g) => g.printed).filter((p) => p.level === level) : [];
  const printed = new Map<string, OutlineIndicator>();
  for (const p of printings) for (const ind of p.indicators) if (!printed.has(ind.letter)) printed.set(ind.letter, ind);
  const letters = [...printed.keys()].sort();
  const wants = (g: PlannedGateway | null, letter: string) =>
    g !== null && (g.indicators === 'All' || g.indicators.split(',').includes(letter));
  const indicators: PlannedIndicator[] = letters.map((letter) => ({
    letter,
    text: printed.get(letter)!.text,
    foundation: wants(foundation, letter),
    second: wants(second, letter),
  }));

  // Letters the table asks for that no printing has (HWB4 g).
  for (const g of [foundation, second]) {
    if (!g || g.indicators === 'All') continue;
    for (const letter of g.indicators.split(',')) {
      if (printed.has(letter) || indicators.some((i) => i.letter === letter)) continue;
      indicators.push({
        letter,
        text: `The handbook’s table lists ${letter}) here, but its full outline does not print ${letter}) at Level ${level}: agree the wording locally.`,
        foundation: wants(foundation, letter),
        second: wants(second, letter),
        placeholder: true,
      });
    }
  }
  const incomplete = printings.find((p) => p.incomplete)?.incomplete;
  if (printings.length === 0 || incomplete) {
    indicators.push({
      letter: '',
      text: incomplete
        ? `${incomplete} Copy the ${indicators.length ? 'rest of the ' : ''}Level ${level} indicators from the NHS Knowledge and Skills Framework and agree them locally.`
        : NOT_IN_SEEDS,
      foundation: foundation !== null,
      second: second !== null,
      placeholder: true,
    });
  }

  const handbookTitle = printings.find((p) => p.title !== null && !p.frameworkTitle);
  if (handbookTitle) return { level, title: handbookTitle.title!, indicators };
  const fragment = printings.find((p) => p.frameworkTitle);
  if (fragment) {
    return {
      level,
      title: fragment.frameworkTitle!,
      titleNote: `The handbook copy prints only "… ${fragment.title}"; the title is completed from the framework's column four.`,
      indicators,
    };
  }
  const linked = framework.rows.flatMap((r) => r.ksf).find((k) => k.dimension === code && k.level === level);
  if (linked)
    return {
      level,
      title: linked.levelTitle,
      titleNote: "Title from the framework's column four (indicative KSF links).",
      indicators,
    };
  return {
    level,
    title: '',
    titleNote: 'title not in the handbook copy: a page is missing',
    indicators,
  };
}
