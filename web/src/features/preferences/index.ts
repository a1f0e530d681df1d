export { PreferencesMenu } from "./components/PreferencesMenu";
