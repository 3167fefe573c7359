/** Small model fixtures for the KSF outline and role profile rules: clean by default, edited per case. */
import { GatewayCells, GlanceRow, IndicatorRow, OutlineDimensionRows, OutlineModel, PdpRow } from '../../../src/check/ksf/read-outline';
import { ProfileModel, ProfileRow } from '../../../src/check/ksf/read-profile';
import { ksfModelOutline } from '../../../src/ksf';
import { Grade, Setting } from '../../../src/roles/worker';

export const TODAY = '2008-06-15';

/** The handbook's intermediate outline as a model: glance rows from row 20, the full outline from row 40. */
export function outlineFixture(edit?: (m: OutlineModel) => void): OutlineModel {
  const glance: GlanceRow[] = [];
  const outline: OutlineDimensionRows[] = [];
  let row = 40;
  ksfModelOutline.dimensions.forEach((d, i) => {
    const g = (col: string, level: number, indicators: string): GatewayCells => ({
      level,
      levelCell: `${col}${21 + i}`,
      indicators,
      indicatorsCell: `${String.fromCharCode(col.charCodeAt(0) + 1)}${21 + i}`,
    });
    glance.push({
      row: 20 + i,
      code: d.code,
      numberCell: `A${21 + i}`,
      title: d.title,
      foundation: g('C', d.foundation.level, d.foundation.seedText),
      second: g('E', d.second.level, d.second.seedText),
    });
    const dim: OutlineDimensionRows = {
      row,
      code: d.code,
      refCell: `A${row + 1}`,
      demonstrated: '',
      demonstratedCell: `E${row + 1}`,
      indicators: [],
    };
    row++;
    const levels = [...new Set([d.foundation.level, d.second.level])].sort();
    for (const level of levels) {
      row++; // the level's title row
      const letters = new Set<string>();
      for (const gw of [d.foundation, d.second]) if (gw.printed.level === level) gw.printed.indicators.forEach((x) => letters.add(x.letter));
      const wants = (gw: typeof d.foundation, l: string) =>
        gw.level === level && (gw.indicators === 'all' || gw.indicators.includes(l));
      const list = letters.size ? [...letters].sort() : [''];
      for (const letter of list) {
        dim.indicators.push(indicator(d.code, level, letter, row, letter ? wants(d.foundation, letter) : d.foundation.level === level, letter ? wants(d.second, letter) : d.second.level === level));
        row++;
      }
    }
    outline.push(dim);
  });
  const field = (value: string, cell: string) => ({ value, cell, raw: value });
  const model: OutlineModel = {
    sheet: 'KSF - Sam',
    worker: 'Sam',
    grade: 'Intermediate',
    profileSheet: 'Role - Sam',
    profileSheetCell: 'B8',
    glance,
    outline,
    outcome: field('', 'C120'),
    reviewDate: { value: null, cell: 'C121', raw: '' },
    reviewer: field('', 'C122'),
    signatures: {
      employee: field('', 'C124'),
      manager: field('', 'C125'),
      date: { value: null, cell: 'C126', raw: '' },
    },
    pdp: [],
    profileManagementNos: [],
    today: TODAY,
  };
  edit?.(model);
  return model;
}

function indicator(code: string, level: number, letter: string, row: number, foundation: boolean, second: boolean): IndicatorRow {
  return {
    row,
    ref: `${code} L${level} ${letter || '(all)'}`,
    refCell: `A${row + 1}`,
    level,
    letter,
    foundation,
    second,
    review: '',
    reviewCell: `E${row + 1}`,
  };
}

export function glanceOf(m: OutlineModel, code: string): GlanceRow {
  return m.glance!.find((g) => g.code === code)!;
}

export function dimOf(m: OutlineModel, code: string): OutlineDimensionRows {
  return m.outline!.find((d) => d.code === code)!;
}

/** Marks every indicator of the outline Met and every dimension at its second-gateway level. */
export function allMet(m: OutlineModel): void {
  for (const d of m.outline!) {
    d.indicators.forEach((i) => (i.review = 'Met'));
    d.demonstrated = `Level ${glanceOf(m, d.code).second.level}`;
  }
}

/** A signed, dated, passed second-gateway review. */
export function signedReview(m: OutlineModel): void {
  allMet(m);
  m.outcome.value = m.outcome.raw = 'Second gateway met';
  m.signatures.employee.value = 'Sam';
  m.signatures.manager.value = 'Jo';
  m.signatures.date = { value: '2008-06-01', cell: 'C126', raw: '01/06/2008' };
}

export interface ProfileFixture {
  grade?: Grade | null;
  setting?: Setting | null;
  /** [code, status, self-assessment, section] */
  rows?: [string, string, string?, string?][];
  pdp?: Partial<PdpRow>[] | null;
}

export function profileFixture(f: ProfileFixture = {}): ProfileModel {
  const rows: ProfileRow[] = (f.rows ?? [['HSC35', 'Applies', 'Competent']]).map(([code, status, self = '', section = '1.1'], i) => ({
    row: 30 + i,
    code,
    codeCell: `B${31 + i}`,
    status,
    statusCell: `E${31 + i}`,
    selfAssessment: self,
    selfCell: `J${31 + i}`,
    section,
  }));
  const grade = f.grade === undefined ? 'intermediate' : f.grade;
  const setting = f.setting === undefined ? 'crisis' : f.setting;
  return {
    sheet: 'Role - Sam',
    worker: 'Sam',
    grade: { value: grade, cell: 'C5', raw: grade ?? '' },
    setting: { value: setting, cell: 'C6', raw: setting ?? '' },
    outlineSheet: 'KSF - Sam',
    rows,
    pdp:
      f.pdp === null
        ? null
        : {
            sheet: 'KSF - Sam',
            rows: (f.pdp ?? []).map((p, i) => ({
              row: 150 + i,
              nos: '',
              nosCell: `A${151 + i}`,
              action: '',
              actionCell: `B${151 + i}`,
              indicator: '',
              target: { value: null, cell: `D${151 + i}`, raw: '' },
              progress: '',
              support: '',
              achieved: { value: null, cell: `G${151 + i}`, raw: '' },
              ...p,
            })),
          },
    today: TODAY,
  };
}

export const date = (iso: string | null, cell = 'D151') => ({ value: iso, cell, raw: iso ?? '' });
