import { Badge, createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "blue",
  defaultRadius: "md",
  fontFamily:
    "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  components: {
    // Badges carry people's words (tags, stage names): CSS upper-casing follows the page's
    // language, so an English page would turn the tag "lojistik" into "LOJISTIK".
    Badge: Badge.extend({ defaultProps: { tt: "none" } }),
  },
});
