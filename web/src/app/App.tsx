import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { Suspense } from "react";
import { I18nextProvider } from "react-i18next";
import { RouterProvider } from "react-router";
import { AuthProvider } from "@/features/auth";
import { i18n } from "@/lib/i18n";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { router } from "./router";
import { theme } from "./theme";

export const App = () => (
  <I18nextProvider i18n={i18n}>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <AuthProvider>
        <Suspense fallback={<LoadingScreen />}>
          <RouterProvider router={router} />
        </Suspense>
      </AuthProvider>
    </MantineProvider>
  </I18nextProvider>
);
