/**
 * The Fluent UI web components the pane uses (the 2.x line, on FAST: every 3.x release asks for Node 22
 * or 24, and the toolkit supports Node 20), each registered once, and their theme. Importing them by
 * name (not the whole library) lets webpack leave the rest out of the bundle.
 *
 * The pane's own CSS uses Fluent 2's tokens (@fluentui/tokens) as CSS variables; the components take
 * their colours from their own design tokens, which useFluentTheme derives from the same brand colour,
 * page colour and font, so both look alike. Windows high-contrast themes need nothing here: the
 * components switch to system colours by themselves under forced colours, as taskpane.css does.
 */
import {
  accentBaseColor,
  baseLayerLuminance,
  bodyFont,
  Button,
  fillColor,
  fluentButton,
  fluentProgress,
  fluentTab,
  fluentTabPanel,
  fluentTabs,
  provideFluentDesignSystem,
  StandardLuminance,
  SwatchRGB,
} from '@fluentui/web-components';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';

export type { Button } from '@fluentui/web-components';

/**
 * Fluent's button, whose focusable <button> is inside the component, made to behave as one element:
 * - ids in the page do not resolve inside the component, so once drawn that <button> is pointed at the
 *   page's elements that the aria-labelledby and aria-describedby ids name (element references may reach
 *   out of a component): a file chooser keeps its label, hint and problem for screen readers;
 * - it is enabled or disabled at once, not on the component's next update a frame later, so that a
 *   focus() straight after enabling the button (busy.ts does this) is not lost.
 */
class PaneButton extends Button {
  disabledChanged(previous: boolean, next: boolean): void {
    super.disabledChanged?.(previous, next);
    this.control?.toggleAttribute('disabled', next);
  }

  connectedCallback(): void {
    super.connectedCallback();
    const named = (attribute: string) =>
      (this.getAttribute(attribute) ?? '').split(/\s+/).flatMap((id) => document.getElementById(id) ?? []);
    if (this.hasAttribute('aria-labelledby')) this.control.ariaLabelledByElements = named('aria-labelledby');
    if (this.hasAttribute('aria-describedby')) this.control.ariaDescribedByElements = named('aria-describedby');
  }
}

provideFluentDesignSystem().register(
  PaneButton.compose({ ...fluentButton().definition, baseName: 'button' })(),
  fluentProgress(),
  fluentTabs(),
  fluentTab(),
  fluentTabPanel(),
);

/** "#0f6cbd" as the components' colour type. */
function swatch(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return SwatchRGB.create(r, g, b);
}

/**
 * Light or dark Fluent 2, for the pane's CSS and the components alike. `page` is Office's page colour
 * ("#rrggbb"), which the page shows and the components' fills are worked out against.
 */
export function useFluentTheme(dark: boolean, page?: string): void {
  const theme = dark ? webDarkTheme : webLightTheme;
  const root = document.documentElement;
  for (const [name, value] of Object.entries(theme)) root.style.setProperty(`--${name}`, String(value));
  const background = page ?? theme.colorNeutralBackground1;
  root.style.setProperty('--str-page-background', background);
  baseLayerLuminance.setValueFor(root, dark ? StandardLuminance.DarkMode : StandardLuminance.LightMode);
  fillColor.setValueFor(root, swatch(background));
  accentBaseColor.setValueFor(root, swatch(webLightTheme.colorBrandBackground));
  bodyFont.setValueFor(root, theme.fontFamilyBase);
  // Native form controls (the month picker, drop-down arrows) follow the same light or dark.
  root.style.colorScheme = dark ? 'dark' : 'light';
}
