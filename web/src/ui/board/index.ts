export { SortableBoard, type BoardColumnView } from "./components/SortableBoard";
export type { MoveOutcome } from "./hooks/useBoardDrag";
export { notifyMoveRejected } from "./utils/notifyMoveRejected";
export { BoardColumnHeader } from "./components/BoardColumnHeader";
export { boardCards } from "./utils/boardCards";
export { default as boardCardClasses } from "./components/boardCard.module.css";
