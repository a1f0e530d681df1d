import { Grid, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
import { useCustomer } from "../hooks/useCustomer";
import { CustomerProfile } from "./CustomerProfile";

type CustomerDetailProps = { customerId: string; history: ReactNode; aside: ReactNode };

// The customer's profile; the page puts its history below and deals, projects and tasks beside it.
export const CustomerDetail = ({ customerId, history, aside }: CustomerDetailProps) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const customer = useCustomer(workspaceId, customerId);
  const memberName = useMemberNames(workspaceId);
  const nameOf = (uid: string) => memberName(uid) || "…";

  return (
    <Loaded state={customer} notFound={t("customers.notFound")}>
      {(current) => (
        <Stack>
          <CustomerProfile customer={current} ownerName={nameOf(current.ownerId)} />
          <Grid>
            <Grid.Col span={{ base: 12, md: 8 }}>{history}</Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack>{aside}</Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </Loaded>
  );
};
