/** `str-toolkit consolidate FILE... -o programme.xlsx [--json]`: many sites' monthly returns in one workbook. */
import { nothingIncludedReason, programmeExtent, programmeNotes } from '../consolidate/extent';
import { Programme } from '../consolidate/programme';
import { formatMonth } from '../monthly/month';
import { consolidateFiles, writeProgrammeFile } from '../xlsx/consolidate-files';
import { runBatchCommand } from './batch-command';
import { Command } from './command';

const HELP = `Usage: str-toolkit consolidate FILE... -o PROGRAMME.xlsx [--force] [--json]

Reads every site's monthly returns and writes one programme workbook: a summary per site and
month with programme totals, service areas, objective progress and trends. FILE may be a
folder or a pattern such as "returns/*.xlsx": a folder holding every copy of every site's
workbook is fine. Months not filled in yet are not counted. A site and month given more than
once counts once: identical copies once, and of different versions the newer (the later
"Date submitted", then the file saved later, then the later file name). Returns that cannot
be read, sheets that are not monthly returns, and versions replaced by a newer one are listed
on the "Not included" sheet, never left out silently.

Charts: open the workbook in Excel with the STR Toolkit add-in and choose "Add charts".

  -o, --out FILE  the programme workbook to write (.xlsx)
  --force         replace the --out file if it exists
  --json          print the consolidated numbers as JSON (then -o is optional)

Exit status: 0 when returns were consolidated (returns left out are listed), 1 when no return
could be included (nothing is written; the reasons are listed), 2 on a usage problem or when a
file, folder or pattern named found no workbook ("not found"; nothing is written).`;

export const consolidateCommand: Command = {
  name: 'consolidate',
  summary: "consolidate many sites' monthly returns into one programme workbook",
  help: HELP,
  options: {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  allowPositionals: true,
  run(values, positionals, io) {
    return runBatchCommand<Programme>(
      {
        help: HELP,
        nothingNamed: 'Name at least one monthly return to consolidate.',
        progressLabel: 'Consolidating',
        read: (files, onEach) => consolidateFiles(files, { today: new Date(), onEach }),
        nothingIncluded: nothingIncludedReason,
        write: (out, programme, force) => writeProgrammeFile(out, programme, new Date(), force),
        json: programmeJson,
        summary,
      },
      values,
      positionals,
      io,
    );
  },
};

function summary(programme: Programme, out: string): string {
  const lines = [`${out ? `Wrote ${out}: ` : ''}${programmeExtent(programme)}.`, ...programmeNotes(programme)];
  if (programme.notIncluded.length > 0) {
    lines.push(`${programme.notIncluded.length} not included (listed on the "Not included" sheet):`);
    for (const n of programme.notIncluded) lines.push(`  ${n.source}${n.sheet ? ` › ${n.sheet}` : ''}: ${n.reason}`);
  }
  return lines.join('\n');
}

/** The consolidated numbers, months as "2008-03". */
export function programmeJson(programme: Programme) {
  const month = formatMonth;
  const d = programme.definition;
  const byId = <T>(fields: { id: string }[], values: T[]) =>
    Object.fromEntries(fields.map((f, i) => [f.id, values[i]]));
  const areaFields = [...d.serviceAreas.teams, d.serviceAreas.other];
  return {
    months: programme.months.map(month),
    returns: programme.returns.map((r) => ({
      site: r.site,
      month: month(r.month),
      file: r.source,
      sheet: r.sheet,
      numbers: byId(d.numbers.rows, r.numbers),
      posts: byId(d.posts.rows, r.posts),
      livedExperience: r.livedExperience,
      serviceAreas: byId(areaFields, r.areas),
      ratings: byId(
        programme.objectives.map((o) => ({ id: o.key })),
        r.ratings,
      ),
      errors: r.errors,
      warnings: r.warnings,
    })),
    monthTotals: programme.monthTotals.map((t) => ({
      month: month(t.month),
      sites: t.sites,
      numbers: byId(d.numbers.rows, t.numbers),
      total: t.total,
      posts: byId(d.posts.rows, t.posts),
      livedExperience: t.livedExperience,
      livedExperienceShare: t.livedExperienceShare,
      errors: t.errors,
      warnings: t.warnings,
    })),
    serviceAreas: programme.areas,
    objectives: programme.objectiveSummaries.map((o) => ({
      key: o.key,
      section: o.sectionTitle,
      sitesAtRating: Object.fromEntries(programme.ratings.map((v, i) => [String(v), o.counts[i]])),
      unrated: o.unrated,
      shareAchieved: o.shareAchieved,
    })),
    trends: programme.trends.map((t) => ({
      month: month(t.month),
      sites: t.sites,
      inPost: t.inPost,
      averageRating: byId(d.sections, t.sectionAverages),
    })),
    notIncluded: programme.notIncluded,
    replaced: programme.replaced.map((r) => ({
      site: r.site,
      month: month(r.month),
      counted: r.counted,
      replaced: r.replaced,
    })),
    identicalCopies: programme.identicalCopies,
    notFilledIn: programme.notFilled,
  };
}
