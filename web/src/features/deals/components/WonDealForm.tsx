import { Button, Group, Radio, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { defaultProjectLink, formatMoney, linkableProjects } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { useCustomerProjects } from "@/lookups/hooks/useCustomerProjects";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import type { PendingMove } from "../hooks/useDealMove";

type WonDealFormProps = { pending: PendingMove; title: string };

// Firestore reserves ids of the form __…__, so no project can be called this.
const newProject = "__new__";

// A deal with no project yet chooses one: a project of its customer that has no deal (made by
// hand before the deal was won) or a new one; the customer's only such project is the default.
export const WonDealForm = ({ pending, title }: WonDealFormProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { workspaceId } = useCurrentWorkspace();
  const { deal } = pending;
  const projects = useCustomerProjects(workspaceId, deal.customerId);
  const [picked, setPicked] = useState<string | null>(null);
  const needsProject = deal.projectId === null;
  const linkable =
    needsProject && projects.status === "ready" ? linkableProjects(projects.data) : [];
  // A pick that another deal took meanwhile no longer counts.
  const stillPickable = picked === newProject || linkable.some((project) => project.id === picked);
  const choice = (stillPickable ? picked : null) ?? defaultProjectLink(linkable) ?? newProject;
  const loading = needsProject && projects.status === "loading";
  const values = { title: deal.title, value: formatMoney(deal.value, deal.currency, locale) };

  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (loading) return;
    pending.settle({
      lostReason: null,
      projectRequest: needsProject
        ? { linkProjectId: choice === newProject ? null : choice }
        : undefined,
    });
  };

  const body = !needsProject
    ? "deals.confirmWonHasProject"
    : linkable.length > 0
      ? "deals.confirmWonChoose"
      : "deals.confirmWonBody";

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={title}>
      <Stack>
        <Text size="sm">{t(body, values)}</Text>
        {linkable.length > 0 && (
          <Radio.Group label={t("deals.wonProject")} value={choice} onChange={setPicked}>
            <Stack gap="xs" mt="xs">
              {linkable.map((project) => (
                <Radio
                  key={project.id}
                  value={project.id}
                  label={t("deals.linkToProject", { name: project.name })}
                  description={t(`projects.statuses.${project.status}`)}
                />
              ))}
              <Radio
                value={newProject}
                label={t("deals.newProject")}
                description={t("deals.newProjectHint")}
              />
            </Stack>
          </Radio.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={pending.cancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="teal" data-autofocus disabled={loading}>
            {t("deals.confirmWon")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
