import {
  Badge,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from "@mantine/core";

// Mantine 9 writes red's subtle and light variants in a near-white shade in dark mode, so a
// delete or remove control would lose its warning colour; red text reads red in both schemes.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  const tinted = ["subtle", "light", "transparent"].includes(input.variant);
  return parsed.color === "red" && parsed.shade === undefined && tinted
    ? { ...colors, color: "var(--mantine-color-red-text)" }
    : colors;
};

// Mantine's light-scheme greys and warning colours fall short of 4.5:1 for small text (dimmed
// #868e96 on white is 3.3:1, orange text 2.6:1, a yellow badge 2.8:1, a light red button 2.7:1);
// these shades keep each hue and reach 4.5:1 on white and on the hue's light background.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "#676e75",
    "--mantine-color-orange-text": "#b34700",
    "--mantine-color-red-text": "var(--mantine-color-red-9)",
    "--mantine-color-yellow-light-color": "#8a5a00",
  },
  dark: {
    "--mantine-color-dimmed": "#9a9a9a",
  },
});

// Every modal, drawer and notification close button is named for screen readers in the UI
// language (Mantine leaves it unnamed).
export const createAppTheme = (closeLabel: string) => {
  const closeButtonProps = { "aria-label": closeLabel };
  return createTheme({
    primaryColor: "blue",
    defaultRadius: "md",
    fontFamily:
      "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    variantColorResolver,
    components: {
      // Badges carry people's words (tags, stage names): CSS upper-casing follows the page's
      // language, so an English page would turn the tag "lojistik" into "LOJISTIK".
      Badge: Badge.extend({ defaultProps: { tt: "none" } }),
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
      // A table wider than a phone shows its scrollbar whenever it overflows, not only on hover
      // (a phone never hovers): without it a cut-off column looks like the table's end.
      TableScrollContainer: { defaultProps: { scrollAreaProps: { type: "auto" } } },
    },
  });
};
