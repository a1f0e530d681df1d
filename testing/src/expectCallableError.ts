import { expect } from "vitest";

// Callables answer with a code and an i18n key as the message, which the web app translates;
// the client SDK may append the HTTP status ("errors.inviteNotFound [404]").
export const expectCallableError = async (
  call: Promise<unknown>,
  code: string,
  message?: string,
) => {
  const error: unknown = await call.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error, "the call should have been rejected").toBeInstanceOf(Error);
  expect((error as { code?: string }).code).toBe(code);
  if (message) expect((error as Error).message.split(" ")[0]).toBe(message);
};
