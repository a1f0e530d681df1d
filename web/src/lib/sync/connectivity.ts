// Whether the browser has a network at all; the SDK notices a lost connection on its own later,
// and this is what lets the header say "offline" the moment it happens.
export const isOnline = () => navigator.onLine;

export const onConnectivityChange = (listener: () => void) => {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
};
