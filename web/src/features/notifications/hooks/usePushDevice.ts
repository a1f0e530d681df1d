import { notifications } from "@mantine/notifications";
import { useEffect } from "react";
import { useNavigate } from "react-router";
import { notifyError } from "@/lib/notify";
import { useSignedInUser } from "@/session/useAuth";
import { listenForForegroundPushes, refreshThisDevice, thisDeviceId } from "../data/pushDevice";

// On each app start in a browser where the user turned push on: keep its token's document
// current, and show a push that arrives while Pano is open as a toast instead of a system
// notification.
export const usePushDevice = () => {
  const { uid } = useSignedInUser();
  const navigate = useNavigate();
  useEffect(() => {
    if (!thisDeviceId(uid) || !("Notification" in window)) return;
    if (Notification.permission !== "granted") return;
    let stop: (() => void) | undefined;
    let stopped = false;
    refreshThisDevice(uid)
      .then(() =>
        listenForForegroundPushes(({ title, body, link }) => {
          const id = notifications.show({
            title,
            message: body,
            autoClose: 8000,
            style: link ? { cursor: "pointer" } : undefined,
            onClick: () => {
              if (!link) return;
              notifications.hide(id);
              void navigate(link);
            },
          });
        }),
      )
      .then((unsubscribe) => {
        if (stopped) unsubscribe();
        else stop = unsubscribe;
      })
      .catch(notifyError);
    return () => {
      stopped = true;
      stop?.();
    };
  }, [uid, navigate]);
};
