import { notifications } from "@mantine/notifications";
import { useCallback, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { openTaskParam, type Task } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useQueryParams } from "@/lib/useQueryParams";
import type { PreviewedState } from "@/lib/previewedState";

// The task the address asks this page to open (a notification's link, a shared link), kept in
// the address so back and reload keep it. A link to a task that does not exist says so once; a
// task deleted while open (from its own drawer, say) just closes. Both wait for the project's
// every task: a task outside the preview is not missing, and the drawer places a task against
// its whole column.
export const useLinkedTask = (tasks: PreviewedState<Row<Task>[]>) => {
  const { t } = useTranslation();
  const { get, update } = useQueryParams();
  const id = get(openTaskParam);
  const settled = tasks.status === "ready" && tasks.complete;
  const task = id && settled ? tasks.data.find((row) => row.id === id) : undefined;
  const missing = id !== null && settled && task === undefined;
  const shown = useRef<string | null>(null);
  const shownId = task?.id;
  const close = () => update({ [openTaskParam]: null });
  // `update` is new on every render; opening goes through the latest one but stays the same
  // function, so the board and the list need not render again for it.
  const latestUpdate = useRef(update);
  useEffect(() => {
    latestUpdate.current = update;
  });
  const open = useCallback(
    (row: Row<Task>) => latestUpdate.current({ [openTaskParam]: row.id }),
    [],
  );

  useEffect(() => {
    if (shownId) shown.current = shownId;
  }, [shownId]);

  useEffect(() => {
    if (!missing) return;
    if (shown.current !== id)
      notifications.show({ color: "yellow", message: t("tasks.linkedMissing"), autoClose: 6000 });
    update({ [openTaskParam]: null });
    // Once per missing link: `update` is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [missing, id, t]);

  return { id, task, open, close };
};
