export { respondToInvite } from "./callables/respondToInvite";
export { transferOwnership } from "./callables/transferOwnership";
