import { parseGrade, parseSetting } from '../../src/roles/worker';

test.each([
  ['Intermediate', 'intermediate'],
  ['SENIOR', 'senior'],
  [' foundation ', 'foundation'],
  ['Senior STR worker', 'senior'],
  ['Snr', null],
  ['', null],
])('grade %j → %j', (text, grade) => expect(parseGrade(text)).toBe(grade));

test.each([
  ['older-people', 'older-people'],
  ["Older people's", 'older-people'],
  ['Older People’s', 'older-people'],
  ['older adults', 'older-people'],
  ['CMHT', 'community-mental-health-team'],
  ['Community mental health team', 'community-mental-health-team'],
  ['In-patient', 'in-patient'],
  ['inpatient', 'in-patient'],
  ['EIP', 'early-intervention'],
  ['CAMHS', 'child-and-adolescent'],
  ['Assertive Outreach', 'assertive-outreach'],
  ['crisis', 'crisis'],
  ['Ward 3', null],
])('setting %j → %j', (text, setting) => expect(parseSetting(text)).toBe(setting));
