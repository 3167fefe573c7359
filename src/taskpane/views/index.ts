/**
 * The pane's views, in the order the user sees them. Adding a view is one module under views/ and
 * one line here; the shell shows a heading for a single view, and tabs for more, on one line with a
 * "More" menu for those that do not fit the pane.
 */
import type { View } from './view';
import { frameworkView } from './framework';
import { peopleView } from './people';
import { monthlyView } from './monthly';
import { checkView } from './check';
import { programmeView } from './programme';
import { teamView } from './team';

export const VIEWS: readonly View[] = [frameworkView, peopleView, monthlyView, checkView, programmeView, teamView];
