export { PreferencesMenu } from "./components/PreferencesMenu";
export { useProfileLocale } from "./hooks/useProfileLocale";
