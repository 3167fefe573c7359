/**
 * Reads a generated role profile sheet into a typed model: who it is for (grade, setting), every NOS row
 * with its status and self-assessment, and the personal development plan of the paired KSF outline (the
 * plan lives there). Fields are found by the sheet's labels and column headings; cell addresses are kept.
 * Never throws: what cannot be found is left empty and reported by the reader's caller.
 */
import { GridSheet } from '../../grid/grid';
import { Grade, parseGrade, parseSetting, Setting } from '../../roles/worker';
import { PROFILE_COLUMNS } from '../../sheets/role-profile-sheet';
import { cellDate, Field, SheetReader } from './grid-reader';
import type { PdpRow } from './read-outline';

export interface ProfileRow {
  /** 0-based sheet row. */
  row: number;
  code: string;
  codeCell: string;
  /** "Applies", "Optional", "Not applicable" as typed (trimmed). */
  status: string;
  statusCell: string;
  /** As typed (trimmed); "" when blank. */
  selfAssessment: string;
  selfCell: string;
  /** The "Section" column: "Local" for rows added locally. */
  section: string;
}

export interface ProfileModel {
  sheet: string;
  worker: string;
  grade: Field<Grade | null>;
  setting: Field<Setting | null>;
  /** The "KSF outline" field: the paired outline's sheet name. */
  outlineSheet: string;
  rows: ProfileRow[];
  /** The paired outline's personal development plan; null when no outline was found. */
  pdp: { sheet: string; rows: PdpRow[] } | null;
  /** ISO date the check runs on. */
  today: string;
}

export const PROFILE_FIELDS = ['Worker', 'Grade', 'Service setting', 'Team', 'KSF outline', 'Agreed on (date)'];

const [SECTION, NOS, , , STATUS, , , , , SELF] = PROFILE_COLUMNS;

export type ProfileRead = { ok: true; model: Omit<ProfileModel, 'pdp' | 'today'> } | { ok: false; problem: string };

export function readProfileSheet(sheet: GridSheet): ProfileRead {
  const r = new SheetReader(sheet);
  const header = r.findHeader([NOS, STATUS, SELF]);
  if (!header) return { ok: false, problem: `its table heading (${NOS}, ${STATUS}, ${SELF}) was not found` };
  const field = (label: string) => {
    const row = r.findRow(0, label);
    if (row < 0 || row > header.row) return { text: '', cell: '' };
    // The label spans A:B; the value is in C (or B, if the label was unmerged and the value moved).
    const col = r.text(row, 2) !== '' || r.text(row, 1) === '' ? 2 : 1;
    return { text: r.text(row, col), cell: r.address(row, col) };
  };
  const grade = field('Grade');
  const setting = field('Service setting');
  const sectionCol = r.findHeader([SECTION, NOS], header.row)?.cols[SECTION] ?? -1;
  const codeCol = header.cols[NOS];
  const rows: ProfileRow[] = [];
  for (let row = header.row + 1; row <= r.lastRow; row++) {
    const code = r.text(row, codeCol);
    if (!code) {
      if (r.isEmptyRow(row)) break; // the counts below the table follow a blank row
      continue;
    }
    rows.push({
      row,
      code,
      codeCell: r.address(row, codeCol),
      status: r.text(row, header.cols[STATUS]),
      statusCell: r.address(row, header.cols[STATUS]),
      selfAssessment: r.text(row, header.cols[SELF]),
      selfCell: r.address(row, header.cols[SELF]),
      section: sectionCol >= 0 ? r.text(row, sectionCol) : '',
    });
  }
  return {
    ok: true,
    model: {
      sheet: sheet.name,
      worker: field('Worker').text,
      grade: { value: parseGrade(grade.text), cell: grade.cell, raw: grade.text },
      setting: { value: parseSetting(setting.text), cell: setting.cell, raw: setting.text },
      outlineSheet: field('KSF outline').text,
      rows,
    },
  };
}

/** A date field read from a cell, for the PDP. */
export function dateField(r: SheetReader, row: number, col: number): Field<string | null> {
  return { value: cellDate(r.cell(row, col)), cell: r.address(row, col), raw: r.text(row, col) };
}
