import "@mantine/dates/styles.css";
import "dayjs/locale/tr";
import { DatesProvider } from "@mantine/dates";
import { Outlet } from "react-router";
import { usePushDevice } from "@/features/notifications";
import { useProfileSync } from "@/features/profile";
import { useLocale } from "@/lib/i18n";

// Everything behind sign-in; loaded on demand together with Firestore and the date pickers.
// Calendars speak the UI language and start weeks on Monday, as both languages do here.
export const SignedInLayout = () => {
  useProfileSync();
  usePushDevice();
  const locale = useLocale();
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <Outlet />
    </DatesProvider>
  );
};
