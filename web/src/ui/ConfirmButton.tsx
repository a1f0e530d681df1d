import { Button, Group, Modal, Text, type ButtonProps } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type ConfirmButtonProps = ButtonProps & {
  children: ReactNode;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
};

export const ConfirmButton = ({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  ...buttonProps
}: ConfirmButtonProps) => {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const handleConfirm = () => {
    close();
    onConfirm();
  };
  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t("members.cancel")}
          </Button>
          <Button color={buttonProps.color ?? "red"} onClick={handleConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
};
