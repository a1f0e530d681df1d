import { useEffect, useState } from "react";
import { pushAvailability, type PushAvailability } from "../data/pushDevice";

// Null while the browser is asked.
export const usePushAvailability = () => {
  const [availability, setAvailability] = useState<PushAvailability | null>(null);
  useEffect(() => {
    let current = true;
    void pushAvailability().then((value) => current && setAvailability(value));
    return () => {
      current = false;
    };
  }, []);
  return [availability, setAvailability] as const;
};
