import { useTranslation } from "react-i18next";
import { AuthCard, SignInForm } from "@/features/auth";

export const SignInPage = () => {
  const { t } = useTranslation();
  return (
    <AuthCard title={t("auth.signInTitle")}>
      <SignInForm />
    </AuthCard>
  );
};
