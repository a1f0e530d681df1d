import type { FormErrors } from "@mantine/form";

// After a change, the errors already on screen that a fresh check still finds: an error goes
// away as soon as it is fixed, even when the fix was made in another field (renaming the first of
// two duplicates), and no new error appears while the person is still typing.
export const errorsStillFailing = (shown: FormErrors, fresh: FormErrors): FormErrors =>
  Object.fromEntries(Object.entries(fresh).filter(([path]) => path in shown));
