import {
  checkStaffSheet,
  checkWorkerForm,
  gradeOptions,
  madeMessage,
  nothingToMakeMessage,
  peopleErrorMessage,
  settingOptions,
} from '../../src/taskpane/people-form';

const sam = { name: ' Sam Lee ', grade: 'intermediate', setting: 'older-people', team: '' };
const plan = { workers: [{}], problems: [], notices: [], staffSheet: null };
const result = {
  sheets: ['Role - Sam Lee', 'KSF - Sam Lee'],
  pairs: [{ worker: { name: 'Sam Lee' }, profile: 'Role - Sam Lee', outline: 'KSF - Sam Lee' }],
  index: null,
  replaced: [],
  renamed: [],
  notesSkipped: 0,
};

describe('the People form', () => {
  test('one worker: the adapter’s WorkerInput, trimmed, team only when given', () => {
    expect(checkWorkerForm(sam)).toEqual({
      ok: true,
      value: { name: 'Sam Lee', grade: 'intermediate', setting: 'older-people' },
    });
    expect(checkWorkerForm({ ...sam, name: '=Sam', team: ' North ' })).toEqual({
      ok: true,
      value: { name: '=Sam', grade: 'intermediate', setting: 'older-people', team: 'North' },
    });
  });

  test('says, field by field, what to fix', () => {
    expect(checkWorkerForm({ name: '', grade: '', setting: '', team: '' })).toEqual({
      ok: false,
      problems: [
        { field: 'name', message: 'Enter the worker’s name.' },
        { field: 'grade', message: 'Choose the worker’s grade.' },
        { field: 'setting', message: 'Choose the service setting the worker works in.' },
      ],
    });
    expect(checkWorkerForm({ ...sam, name: 'x'.repeat(101), grade: 'Senior-ish', team: 'y'.repeat(101) })).toEqual({
      ok: false,
      problems: [
        { field: 'name', message: 'The name is longer than 100 characters. Shorten it.' },
        { field: 'grade', message: 'Choose the worker’s grade.' },
        { field: 'team', message: 'The team is longer than 100 characters. Shorten it.' },
      ],
    });
  });

  test('the drop-downs offer the handbook’s grades and settings in its words', () => {
    expect(gradeOptions()).toEqual([
      ['foundation', 'Foundation'],
      ['intermediate', 'Intermediate'],
      ['senior', 'Senior'],
    ]);
    expect(settingOptions()).toContainEqual(['older-people', "Older people's"]);
    expect(settingOptions()).toHaveLength(7);
  });

  test('a staff list sheet: empty means the sheet the user is on; impossible names are caught', () => {
    expect(checkStaffSheet('  ')).toEqual({ ok: true, value: undefined });
    expect(checkStaffSheet(' Staff ')).toEqual({ ok: true, value: 'Staff' });
    expect(checkStaffSheet('Staff/2026')).toEqual({
      ok: false,
      problems: [
        { field: 'sheet', message: 'No sheet can be called “Staff/2026”. Check the name on the sheet’s tab.' },
      ],
    });
  });

  test('one worker made: names both sheets', () => {
    expect(madeMessage(plan, result)).toEqual({
      tone: 'success',
      title: 'Role profile and KSF outline made for Sam Lee',
      lines: ['Added the role profile “Role - Sam Lee” and the KSF outline “KSF - Sam Lee”.'],
    });
  });

  test('a staff list with a bad row: the row is named, and notes left out are counted', () => {
    const listPlan = {
      workers: [{}, {}],
      problems: ['Row 3: the grade "Senior-ish" is not Foundation, Intermediate or Senior. This row was left out.'],
      notices: [],
      staffSheet: 'Staff',
    };
    const message = madeMessage(listPlan, {
      ...result,
      pairs: [...result.pairs, { worker: { name: 'Ana' }, profile: 'Role - Ana', outline: 'KSF - Ana' }],
      index: 'Staff Index',
      notesSkipped: 2,
    });
    expect(message).toEqual({
      tone: 'warning',
      title: 'Role profiles and KSF outlines made for 2 workers',
      lines: [
        'Added a role profile and a KSF outline for each of 2 workers on “Staff”.',
        'The sheet “Staff Index” lists them all, with links.',
        'One row of the staff list was left out:',
        'Row 3: the grade "Senior-ish" is not Foundation, Intermediate or Senior. This row was left out.',
        '2 cell notes were left out because this version of Excel cannot add comments to cells. The sheets say the same in words.',
      ],
    });
  });

  test('nobody to make sheets for: says why, row by row, and what the list needs', () => {
    const message = nothingToMakeMessage({
      workers: [],
      problems: ['Row 2: the name is empty. This row was left out.'],
      notices: [],
      staffSheet: 'Staff',
    });
    expect(message.tone).toBe('error');
    expect(message.lines[0]).toBe('Row 2: the name is empty. This row was left out.');
    expect(message.lines[1]).toMatch(/header row with columns headed Name, Grade and Setting/);
    expect(nothingToMakeMessage({ workers: [], problems: [], notices: [], staffSheet: 'Staff' }).lines[0]).toBe(
      'No workers were found on the sheet “Staff”.',
    );
  });

  test('errors get the usual advice under a People title', () => {
    expect(peopleErrorMessage(new Error('boom')).title).toBe('No role profiles were made');
  });
});
