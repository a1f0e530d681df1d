export { SortableBoard, type BoardColumnView } from "./components/SortableBoard";
export type { MoveOutcome } from "./hooks/useBoardDrag";
