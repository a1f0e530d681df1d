import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "@/lib/i18n";
import { formatMoney } from "@pano/domain";
import type { PendingMove } from "../hooks/useDealMove";

type MoveDealDialogProps = { pending: PendingMove | null; stageName: (stageId: string) => string };

// Winning a deal starts its project, so it is confirmed; losing one asks why, for the reports.
export const MoveDealDialog = ({ pending, stageName }: MoveDealDialogProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const close = () => {
    pending?.cancel();
    setReason("");
    setSubmitted(false);
  };
  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!pending) return;
    setSubmitted(true);
    if (pending.kind === "lost" && !reason.trim()) return;
    pending.settle(pending.kind === "lost" ? reason.trim() : null);
    setReason("");
    setSubmitted(false);
  };
  const title = pending
    ? t(pending.kind === "won" ? "deals.confirmWonTitle" : "deals.lostTitle", {
        stage: stageName(pending.placement.column),
      })
    : "";

  return (
    <Modal opened={pending !== null} onClose={close} title={title}>
      {pending && (
        <form onSubmit={handleSubmit} noValidate aria-label={title}>
          <Stack>
            <Text size="sm">
              {t(pending.kind === "won" ? "deals.confirmWonBody" : "deals.lostBody", {
                title: pending.deal.title,
                value: formatMoney(pending.deal.value, pending.deal.currency, locale),
              })}
            </Text>
            {pending.kind === "lost" && (
              <Textarea
                label={t("deals.lostReason")}
                placeholder={t("deals.lostReasonPlaceholder")}
                required
                data-autofocus
                autosize
                minRows={2}
                maxLength={500}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={submitted && !reason.trim() ? t("deals.lostReasonRequired") : null}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t("common.cancel")}
              </Button>
              <Button
                type="submit"
                color={pending.kind === "won" ? "teal" : "red"}
                data-autofocus={pending.kind === "won" || undefined}
              >
                {t(pending.kind === "won" ? "deals.confirmWon" : "deals.markLost")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
};
