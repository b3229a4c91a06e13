import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  type MantineThemeOverride,
  mergeThemeOverrides,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

// The kit's look, adjusted where its defaults fall below WCAG AA contrast (axe-core checks every
// page in the browser tests).

/**
 * Pale fills (status badges, alerts) with Mantine's text shade read at 2.7–4.3:1 for yellow,
 * green, orange and teal; a darker shade of the same hue keeps the colour and reaches AA.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const shades = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
  return shades ? { ...colors, color: darken(shades[9], 0.45), hoverColor: darken(shades[9], 0.45) } : colors;
};

export const theme = createTheme({
  // The green of bosOnline's home page (#15803d): white text on it stays above 4.5:1 (WCAG AA),
  // which Mantine's own greens do not.
  colors: {
    brand: [
      '#f0fdf4',
      '#dcfce7',
      '#bbf7d0',
      '#86efac',
      '#4ade80',
      '#22c55e',
      '#16a34a',
      '#15803d',
      '#166534',
      '#14532d',
    ],
  },
  primaryColor: 'brand',
  primaryShade: 7,
  variantColorResolver,
  // Drawers, modals and menus appear without sliding for people who ask their system for less motion.
  respectReducedMotion: true,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  components: {
    // Mantine keeps every Select's closed list in the page (display: none), and places each with
    // floating-ui as it mounts: every placement reads computed styles, which forces the browser to
    // lay out the page there and then. The order list's filters did that six times while its rows
    // arrived (~0.25 s of a phone's first load); a list that mounts when opened costs none.
    // A plain object, not `Combobox.extend`: the first load needs no Combobox code.
    Combobox: { defaultProps: { keepMounted: false } },
  },
});

// Mantine's "dimmed" grey is 3.3:1 on white, below AA for body text: a darker grey. Its field
// error red (red.6) is 3.3:1 too: red.9 keeps the colour and reaches AA.
export const cssVariables: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[9] },
  dark: {},
});

/**
 * The theme in the reader's language: every notice's and dialog's close (×) button is named, in
 * one place, rather than by each `notifications.show` and `<Modal>`.
 */
export function themeIn(labels: { closeNotice: string; closeDialog: string }): MantineThemeOverride {
  return mergeThemeOverrides(
    theme,
    createTheme({
      // Plain objects, not `Modal.extend`: the first load needs neither component's code (a
      // modal's brings its scroll area and that its positioning library, ~20 KB brotli).
      components: {
        Notification: { defaultProps: { closeButtonProps: { 'aria-label': labels.closeNotice } } },
        Modal: { defaultProps: { closeButtonProps: { 'aria-label': labels.closeDialog } } },
      },
    }),
  );
}
