/** A registry stamp for test sheets that belong to no real document. */
export const TEST_STAMP = {
  document: 'test',
  template: 't',
  templateVersion: '1',
  toolkitVersion: '0.1.0',
  frameworkEdition: 'e',
  generated: '2026-01-01T00:00:00.000Z',
};
