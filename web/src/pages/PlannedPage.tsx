import { useTranslation } from "react-i18next";
import { PageHeader } from "@/ui/PageHeader";
import { PlannedSection } from "@/ui/PlannedSection";

type PlannedPageProps = { title: string; description: string };

export const PlannedPage = ({ title, description }: PlannedPageProps) => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(title)} />
      <PlannedSection description={t(description)} />
    </>
  );
};
