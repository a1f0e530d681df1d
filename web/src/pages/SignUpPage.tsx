import { useTranslation } from "react-i18next";
import { AuthCard, SignUpForm } from "@/features/auth";

export const SignUpPage = () => {
  const { t } = useTranslation();
  return (
    <AuthCard title={t("auth.signUpTitle")}>
      <SignUpForm />
    </AuthCard>
  );
};
