/**
 * A month sheet nobody has filled in yet is not a return with 37 empty fields: a workbook made for the
 * whole year holds the coming months from the start. Such a sheet holds only what the toolkit wrote: the
 * header (site, lead, month, due date) and, for a month added with "carry forward", the values copied from
 * the month before it. The checker gives it one note instead of its rules; consolidation leaves it out.
 */
import { Finding, NOT_FILLED_RULE } from '../../rules/types';
import { monthName } from '../../monthly/month';
import { FieldRead, MonthlyReturn, inputFields } from './read-return';

/** Every input the user types into, apart from who the report is for (written by the toolkit). */
function ownInputs(model: MonthlyReturn): FieldRead[] {
  return inputFields(model).filter((f) => f !== model.site && f !== model.lead);
}

/** What "carry forward" copies from the month before (src/monthly/fields.ts carriedFields). */
function carried(model: MonthlyReturn): FieldRead[] {
  return [
    ...model.objectives.flatMap((o) => [o.baseline, o.selfRating, o.pdsa, o.dateAchieved]),
    model.steeringGroupMeeting,
  ];
}

/**
 * True when nothing is typed into the month: every input is empty, or holds exactly what the month before
 * (`before`, the same site's sheet for the previous month) holds in a field that carry forward copies.
 */
export function isNotFilledIn(model: MonthlyReturn, before: MonthlyReturn | undefined): boolean {
  const copied = new Map<string, string>();
  if (before) for (const f of carried(before)) if (!f.empty) copied.set(f.name, f.shown);
  const carriedNames = new Set(carried(model).map((f) => f.name));
  return ownInputs(model).every((f) => f.empty || (carriedNames.has(f.name) && copied.get(f.name) === f.shown));
}

/** The one note for a month not filled in yet; it never counts as an error or a warning. */
export function notFilledNote(model: MonthlyReturn): Finding {
  const month = model.month.month;
  return {
    ruleId: NOT_FILLED_RULE,
    severity: 'note',
    sheet: model.sheet,
    cell: '',
    message: `${month ? monthName(month) : `Sheet "${model.sheet}"`} is not filled in yet, so it was not checked.`,
    fix: 'Fill it in when the month is due; it is checked in full as soon as anything is typed into it.',
  };
}
