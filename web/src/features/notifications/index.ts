export { NotificationBell } from "./components/NotificationBell";
export { NotificationSettings } from "./components/NotificationSettings";
export { PushSettings } from "./components/PushSettings";
export { forgetThisDevice } from "./data/pushDevice";
export { usePushDevice } from "./hooks/usePushDevice";
