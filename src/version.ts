/** The toolkit's version, recorded in every workbook it generates. Keep in step with package.json (tested). */
export const TOOLKIT_VERSION = '0.1.0';
export const TOOLKIT_NAME = 'STR Toolkit';
