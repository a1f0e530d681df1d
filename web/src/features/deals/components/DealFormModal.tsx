import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  amountReading,
  closingChange,
  currencies,
  firstOpenStage,
  formatAmountInput,
  formatDate,
  pickFields,
  stageKind,
  type Deal,
} from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { notifyError, notifySuccess } from "@/lib/notify";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useConcurrentEdit } from "@/lib/useConcurrentEdit";
import { useZodForm } from "@/lib/useZodForm";
import { CustomerPicker } from "@/lookups/components/CustomerPicker";
import { useAssignableMembers } from "@/lookups/hooks/useAssignableMembers";
import { useCustomerNames } from "@/lookups/hooks/useCustomerNames";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { DateField } from "@/ui/DateField";
import { EditConflicts } from "@/ui/EditConflicts";
import { FormActions } from "@/ui/FormActions";
import { useDiscardGuard } from "@/ui/useDiscardGuard";
import { FormError } from "@/ui/FormError";
import { createDeal, topOfStage, updateDeal } from "../data/dealsData";
import { dealFormSchema, dealFormValues, type DealFormValues } from "../utils/dealFormSchema";
import { confirmSave } from "@/lib/confirmSave";

// A customer added by name from the picker, by the customers feature (the page passes it).
export type AddCustomer = (
  workspaceId: string,
  createdBy: string,
  name: string,
) => { customerId: string; committed: Promise<void> };

type DealFormModalProps = {
  opened: boolean;
  onClose: () => void;
  // The deal as the page sees it now: an open form follows it.
  deal?: Deal & { id: string; pending?: boolean };
  initialStage?: string;
  initialCustomerId?: string;
  onCreated?: (dealId: string) => void;
  addCustomer?: AddCustomer;
};

export const DealFormModal = ({
  opened,
  onClose,
  deal,
  initialStage,
  initialCustomerId,
  onCreated,
  addCustomer,
}: DealFormModalProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSignedInUser();
  const { workspaceId, workspace } = useCurrentWorkspace();
  const owners = useAssignableMembers(workspaceId);
  const { form, field, parse } = useZodForm(dealFormSchema(locale), {
    ...dealFormValues(deal, user.uid, locale),
    ...(!deal && initialCustomerId ? { customerId: initialCustomerId } : {}),
  });
  const live = deal ? dealFormValues(deal, user.uid, locale) : undefined;
  const edit = useConcurrentEdit(form, live, deal?.pending);
  // Closing without saving asks first, so what was typed is never lost to a stray Escape.
  const guard = useDiscardGuard(edit.hasChanges, onClose);
  const memberName = useMemberNames(workspaceId);
  const customerName = useCustomerNames(workspaceId, deal ? [deal.customerId] : []);
  const [stage, setStage] = useState(
    initialStage ?? firstOpenStage(workspace.stages)?.id ?? workspace.stageIds[0] ?? "",
  );
  const [lostReason, setLostReason] = useState("");
  const valueReading = amountReading(form.values.value, form.values.currency, locale);
  const [submitted, setSubmitted] = useState(false);
  const needsReason = !deal && stageKind(workspace.stages, stage) === "lost";
  const { busy, error, run } = useAsyncAction();
  // A name too long for a customer is refused here, with the rules' message, and picks nothing.
  const addNamed = (name: string) => {
    if (!addCustomer) return null;
    try {
      const { customerId, committed } = addCustomer(workspaceId, user.uid, name);
      confirmSave(committed, name).then((outcome) => {
        if (outcome === "saved") notifySuccess(t("customers.createdNamed", { name }));
      }, notifyError);
      return customerId;
    } catch (refused) {
      notifyError(refused);
      return null;
    }
  };

  // The form stays open until the server accepts the save, so a refusal loses nothing typed. Only
  // the fields the person changed are written, so a save puts back nobody else's change; a field
  // someone else changed too waits for the person's choice.
  const handleSubmit = form.onSubmit((values) => {
    setSubmitted(true);
    if (edit.conflicts.length > 0) return;
    const fields = parse(values);
    if (needsReason && !lostReason.trim()) return;
    void run(async () => {
      if (deal) {
        const changes = pickFields(fields, edit.changed());
        if (Object.keys(changes).length > 0) {
          await confirmSave(updateDeal(workspaceId, deal.id, changes), fields.title);
        }
      } else {
        const rank = await topOfStage(workspaceId, stage);
        const placement = { stage, rank, lostReason: needsReason ? lostReason.trim() : null };
        const { dealId, committed } = createDeal(
          workspaceId,
          user.uid,
          fields,
          placement,
          closingChange(workspace.stages, undefined, stage),
        );
        await confirmSave(committed, fields.title);
        form.reset();
        setLostReason("");
        onCreated?.(dealId);
      }
      onClose();
    });
  });

  const title = t(deal ? "deals.editTitle" : "deals.newTitle");
  const customer = field("customerId");
  const labels: Record<keyof DealFormValues, string> = {
    title: t("deals.title"),
    customerId: t("deals.customer"),
    value: t("deals.value"),
    currency: t("deals.currency"),
    expectedCloseAt: t("deals.expectedClose"),
    ownerId: t("deals.owner"),
  };
  const shown = ({ customerId, currency, expectedCloseAt, ownerId, ...text }: DealFormValues) => ({
    ...text,
    customerId: customerName(customerId),
    currency: t(`deals.currencies.${currency}`),
    expectedCloseAt: expectedCloseAt ? formatDate(expectedCloseAt, locale) : "",
    ownerId: memberName(ownerId),
  });

  return (
    <Modal opened={opened} {...guard.dialogProps} title={title} size="lg">
      {guard.prompt}
      <form onSubmit={handleSubmit} noValidate aria-label={title}>
        <Stack>
          <FormError message={error} />
          {live && (
            <EditConflicts
              fields={edit.conflicts}
              labels={labels}
              theirs={shown(live)}
              by={memberName(deal?.updatedBy ?? null)}
              onResolve={edit.resolve}
            />
          )}
          <TextInput label={t("deals.title")} required data-autofocus {...field("title")} />
          <CustomerPicker
            workspaceId={workspaceId}
            label={t("deals.customer")}
            placeholder={t("deals.customerPlaceholder")}
            required
            value={form.values.customerId || null}
            onChange={(customerId) => form.setFieldValue("customerId", customerId ?? "")}
            onAdd={deal || !addCustomer ? undefined : addNamed}
            error={customer.error}
            onBlur={customer.onBlur}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("deals.value")}
              inputMode="decimal"
              autoComplete="off"
              placeholder={formatAmountInput(150_000.5, locale)}
              inputWrapperOrder={["label", "input", "description", "error"]}
              description={valueReading && t("deals.valueReading", { amount: valueReading })}
              {...field("value")}
            />
            <Select
              label={t("deals.currency")}
              data={currencies.map((currency) => ({
                value: currency,
                label: t(`deals.currencies.${currency}`),
              }))}
              allowDeselect={false}
              {...field("currency")}
            />
            <DateField label={t("deals.expectedClose")} {...field("expectedCloseAt")} />
            <Select
              label={t("deals.owner")}
              data={owners}
              allowDeselect={false}
              {...field("ownerId")}
            />
          </SimpleGrid>
          {!deal && (
            <Select
              label={t("deals.stage")}
              data={workspace.stages.map((option) => ({ value: option.id, label: option.name }))}
              value={stage}
              onChange={(value) => value && setStage(value)}
              allowDeselect={false}
            />
          )}
          {needsReason && (
            <Textarea
              label={t("deals.lostReason")}
              required
              value={lostReason}
              onChange={(event) => setLostReason(event.currentTarget.value)}
              error={submitted && !lostReason.trim() ? t("deals.lostReasonRequired") : null}
            />
          )}
          <FormActions busy={busy} onCancel={guard.requestClose} />
        </Stack>
      </form>
    </Modal>
  );
};
