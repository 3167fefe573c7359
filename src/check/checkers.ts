/** Every kind of document the checker can read, and its rules. */
import { DocumentChecker } from './check-workbook';
import { ksfOutlineChecker, roleProfileChecker } from './ksf/checker';
import { monthlyChecker } from './monthly/checker';

export const CHECKERS: DocumentChecker[] = [
  monthlyChecker as DocumentChecker,
  ksfOutlineChecker as DocumentChecker,
  roleProfileChecker as DocumentChecker,
];
