import { useEffect, useState } from "react";

// The current time, renewed every minute, for "5 dk önce" labels that stay true while open.
export const useNow = () => {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
};
