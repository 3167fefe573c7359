/** Takes the user to a finding's cell: shows its sheet and selects the cell, in one round trip. */
export async function goToCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  // A finding about the whole sheet has no cell: show the top of the sheet.
  worksheet.getRange(cell || 'A1').select();
  await context.sync();
}
