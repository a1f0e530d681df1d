import { Button, Group, Modal, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

// A form's way out (Escape, a click outside, the close or Cancel button) that asks before it
// throws away what was typed: `requestClose` closes at once when nothing changed, and otherwise
// opens `prompt`, which the form renders inside its dialog. `dialogProps` go on that dialog: its way
// out, and while the prompt asks, giving up focus and Escape, or its focus trap would pull focus
// back and the prompt would close under the person.
export const useDiscardGuard = (hasChanges: () => boolean, close: () => void) => {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const keepEditing = () => setAsking(false);
  // Asked once the Escape that led here has finished: a prompt opened during that keydown would
  // hear the same Escape and close at once.
  const requestClose = () => {
    if (hasChanges()) window.setTimeout(() => setAsking(true));
    else close();
  };
  const prompt = (
    <Modal opened={asking} onClose={keepEditing} title={t("discard.title")} centered size="md">
      <Text size="sm">{t("discard.message")}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={keepEditing} data-autofocus>
          {t("discard.keep")}
        </Button>
        <Button
          color="red"
          onClick={() => {
            setAsking(false);
            close();
          }}
        >
          {t("discard.confirm")}
        </Button>
      </Group>
    </Modal>
  );
  const dialogProps = { onClose: requestClose, trapFocus: !asking, closeOnEscape: !asking };
  return { requestClose, prompt, dialogProps };
};
