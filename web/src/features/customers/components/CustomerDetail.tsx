import { Grid, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CustomerHistory } from "@/features/interactions";
import { useMemberNames } from "@/features/members";
import { useCurrentWorkspace } from "@/features/workspaces";
import { Loaded } from "@/ui/Loaded";
import { useCustomer } from "../hooks/useCustomer";
import { CustomerProfile } from "./CustomerProfile";

type CustomerDetailProps = { customerId: string; aside: ReactNode };

// The customer's profile and history; the page puts deals, projects and tasks beside them.
export const CustomerDetail = ({ customerId, aside }: CustomerDetailProps) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const customer = useCustomer(workspaceId, customerId);
  const memberName = useMemberNames(workspaceId);
  const nameOf = (uid: string) => memberName(uid) || "—";

  return (
    <Loaded state={customer} notFound={t("customers.notFound")}>
      {(current) => (
        <Stack>
          <CustomerProfile customer={current} ownerName={nameOf(current.ownerId)} />
          <Grid>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <CustomerHistory customerId={customerId} authorName={nameOf} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack>{aside}</Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </Loaded>
  );
};
