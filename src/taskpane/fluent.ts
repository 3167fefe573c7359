/**
 * The Fluent UI web components the pane uses, each defined once. Importing them by name (not
 * define-all) lets webpack leave the rest out of the bundle.
 */
import {
  Button,
  ButtonDefinition,
  ProgressBar,
  ProgressBarDefinition,
  Tab,
  TabDefinition,
  Tablist,
  TablistDefinition,
} from '@fluentui/web-components';

export type { Button, ProgressBar, Tablist } from '@fluentui/web-components';

Button.define(ButtonDefinition);
ProgressBar.define(ProgressBarDefinition);
Tab.define(TabDefinition);
Tablist.define(TablistDefinition);
