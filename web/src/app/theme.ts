import {
  Badge,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
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
    },
  });
};
