// Zod messages are i18n keys. One that names a number carries it like a query string
// ("validation.tooLong?max=200"), so each screen can say the limit in its own language.
export const messageWithValues = (key: string, values: Record<string, number>): string =>
  `${key}?${new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)] as [string, string]))}`;

export type ReadMessage = { key: string; values: Record<string, number | string> };

export const readMessage = (message: string): ReadMessage => {
  const [key = "", query] = message.split("?", 2);
  if (query === undefined) return { key, values: {} };
  const values = Object.fromEntries(
    [...new URLSearchParams(query)].map(([name, value]) => {
      const number = Number(value);
      return [name, value !== "" && Number.isFinite(number) ? number : value];
    }),
  );
  return { key, values };
};

export const tooLong = (max: number) => ({
  error: messageWithValues("validation.tooLong", { max }),
});
