/**
 * Review dates as the team view counts them: the next review is due a year after the last one (the KSF
 * cycle is annual) unless the outline gives its own date; due soon means within the next three months.
 * Dates are ISO "YYYY-MM-DD", so they compare as text.
 */
import type { ReviewState } from './types';

/** How far ahead "due soon" looks, in months. */
export const DUE_SOON_MONTHS = 3;

/** The same day `months` later; a day the month lacks (31 April, 29 February) becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export function nextReviewDue(lastReview: string | null, statedNext: string | null): string | null {
  if (statedNext) return statedNext;
  return lastReview ? addMonths(lastReview, 12) : null;
}

export function reviewState(nextDue: string | null, asOf: string): ReviewState {
  if (!nextDue) return 'no review';
  if (nextDue < asOf) return 'overdue';
  return nextDue <= addMonths(asOf, DUE_SOON_MONTHS) ? 'due soon' : 'not due';
}

/** "YYYY-MM" of the 12 months from the as-of month. */
export function nextTwelveMonths(asOf: string): string[] {
  const first = `${asOf.slice(0, 7)}-01`;
  return Array.from({ length: 12 }, (_, i) => addMonths(first, i).slice(0, 7));
}

/** A date typed as a user's local day, for the checker (which takes a Date). */
export function localDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
