import { Anchor, Divider, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { GoogleSignInButton } from "./GoogleSignInButton";

type AuthAlternativesProps = { question: string; linkLabel: string; to: string };

// What follows every auth form: Google (when configured) and the way to the other form.
export const AuthAlternatives = ({ question, linkLabel, to }: AuthAlternativesProps) => {
  const { t } = useTranslation();
  return (
    <>
      <GoogleSignInButton divider={<Divider label={t("auth.orContinueWith")} />} />
      <Text size="sm" ta="center">
        {question}{" "}
        <Anchor component={Link} to={to}>
          {linkLabel}
        </Anchor>
      </Text>
    </>
  );
};
