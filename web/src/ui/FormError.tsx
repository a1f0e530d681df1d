import { Alert } from "@mantine/core";

export const FormError = ({ message }: { message: string | null }) =>
  message ? (
    <Alert color="red" role="alert" variant="light">
      {message}
    </Alert>
  ) : null;
