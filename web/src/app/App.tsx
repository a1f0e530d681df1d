import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { Suspense, useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { RouterProvider } from "react-router";
import { AuthProvider } from "@/features/auth";
import { i18n } from "@/lib/i18n";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { router } from "./router";
import { createAppTheme, cssVariablesResolver } from "./theme";

const ThemedApp = () => {
  const { t } = useTranslation();
  const closeLabel = t("common.close");
  const theme = useMemo(() => createAppTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      <Notifications position="bottom-right" />
      <AuthProvider>
        <Suspense fallback={<LoadingScreen />}>
          <RouterProvider router={router} />
        </Suspense>
      </AuthProvider>
    </MantineProvider>
  );
};

export const App = () => (
  <I18nextProvider i18n={i18n}>
    <ThemedApp />
  </I18nextProvider>
);
