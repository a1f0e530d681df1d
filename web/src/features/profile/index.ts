export { useProfileSync } from "./hooks/useProfileSync";
