import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatMoney, lostReasonSchema } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { translateMessage } from "@/lib/translateMessage";
import type { PendingMove } from "../hooks/useDealMove";

type LostDealFormProps = { pending: PendingMove; title: string };

export const LostDealForm = ({ pending, title }: LostDealFormProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(false);
  // Checked by the same schema as the data, so a reason over the limit says so instead of being
  // cut without a word.
  const parsed = lostReasonSchema.safeParse(reason);
  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (parsed.success) pending.settle({ lostReason: parsed.data });
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={title}>
      <Stack>
        <Text size="sm">
          {t("deals.lostBody", {
            title: pending.deal.title,
            value: formatMoney(pending.deal.value, pending.deal.currency, locale),
          })}
        </Text>
        <Textarea
          label={t("deals.lostReason")}
          placeholder={t("deals.lostReasonPlaceholder")}
          required
          data-autofocus
          autosize
          minRows={2}
          maxRows={8}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={
            submitted && !parsed.success
              ? translateMessage(t, parsed.error.issues[0]?.message ?? "validation.required")
              : null
          }
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={pending.cancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="red">
            {t("deals.markLost")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
