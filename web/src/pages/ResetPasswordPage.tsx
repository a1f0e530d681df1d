import { useTranslation } from "react-i18next";
import { AuthCard, ResetPasswordForm } from "@/features/auth";

export const ResetPasswordPage = () => {
  const { t } = useTranslation();
  return (
    <AuthCard title={t("auth.resetTitle")}>
      <ResetPasswordForm />
    </AuthCard>
  );
};
