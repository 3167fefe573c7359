import { parseStaffRows } from '../../src/staff/staff-list';

describe('parseStaffRows', () => {
  test('finds the columns in any order and case, after blank rows; Team is optional', () => {
    const list = parseStaffRows([
      [],
      ['SERVICE SETTING', 'Worker name', 'grade'],
      ["Older people's", 'Sam Lee', 'Senior'],
      ['CMHT', '  Jo Bloggs ', 'intermediate'],
    ]);
    expect(list.problems).toEqual([]);
    expect(list.workers).toEqual([
      { row: 3, worker: { name: 'Sam Lee', grade: 'senior', setting: 'older-people' } },
      { row: 4, worker: { name: 'Jo Bloggs', grade: 'intermediate', setting: 'community-mental-health-team' } },
    ]);
  });

  test('finds the header under a title row, and names a pay band as one', () => {
    const list = parseStaffRows([
      ['Staff list – North locality', null, null],
      ['Exported 06/12/2026', null, null],
      [],
      ['Name', 'Grade', 'Setting'],
      ['Zoë Adams', 'Band 4', 'crisis'],
      ['Sam Lee', 'AfC band 5', 'crisis'],
      ['Siobhán Ní Bhriain', 'Senior', 'crisis'],
    ]);
    expect(list.workers.map((w) => [w.row, w.worker.name])).toEqual([[7, 'Siobhán Ní Bhriain']]);
    expect(list.problems).toEqual([
      'Row 5: the grade "Band 4" is a pay band, not an STR grade: write Foundation, Intermediate or Senior (the STR grades). This row was left out.',
      'Row 6: the grade "AfC band 5" is a pay band, not an STR grade: write Foundation, Intermediate or Senior (the STR grades). This row was left out.',
    ]);
  });

  test('a bad row is named and left out; the good rows are kept', () => {
    const list = parseStaffRows(
      [
        ['Name', 'Grade', 'Setting', 'Team'],
        ['Sam Lee', 'Senior', 'crisis', 'North'],
        ['', 'Senior', 'crisis', ''],
        ['Bob', 'Snr', 'Ward 3', ''],
        ['Ann', '', 'crisis', ''],
        [null, null, null, null],
        ['Eve', 'foundation', 'in-patient', ''],
      ],
      5,
    );
    expect(list.workers.map((w) => [w.row, w.worker.name, w.worker.team])).toEqual([
      [6, 'Sam Lee', 'North'],
      [11, 'Eve', undefined],
    ]);
    expect(list.problems).toEqual([
      'Row 7: the name is empty. This row was left out.',
      expect.stringMatching(
        /^Row 8: the grade "Snr" is not Foundation, Intermediate or Senior; the setting "Ward 3" is not one of .*Child and adolescent\. This row was left out\.$/,
      ),
      'Row 9: the grade is empty. This row was left out.',
    ]);
  });

  test('a missing column is named, with what the header row does say', () => {
    const list = parseStaffRows([
      ['Name', 'Grade', 'Team'],
      ['Sam', 'Senior', 'North'],
    ]);
    expect(list.workers).toEqual([]);
    expect(list.problems).toEqual([
      'The staff list has no "setting" column. Its header row (row 1) reads: Name, Grade, Team. It needs columns headed Name, Grade and Setting; Team is optional.',
    ]);
  });

  test('names are text however they look; duplicates are kept and noted', () => {
    const list = parseStaffRows([
      ['Name', 'Grade', 'Setting'],
      ['=HYPERLINK("x","y")', 'Senior', 'crisis'],
      [1, 'Senior', 'crisis'],
      ['Sam Lee', 'Senior', 'crisis'],
      ['SAM LEE', 'Senior', 'crisis'],
    ]);
    expect(list.workers.map((w) => w.worker.name)).toEqual(['=HYPERLINK("x","y")', '1', 'Sam Lee', 'SAM LEE']);
    expect(list.notices).toEqual([
      'Rows 4 and 5 have the same name, "SAM LEE": their sheets are numbered (2), (3), ….',
    ]);
  });

  test('empty lists say what they need', () => {
    expect(parseStaffRows([]).problems[0]).toMatch(/empty: it needs a header row/);
    expect(parseStaffRows([['Name', 'Grade', 'Setting']]).problems).toEqual([
      'The staff list has a header row but no workers below it.',
    ]);
  });
});
