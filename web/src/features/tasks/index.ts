export { CustomerTasks } from "./components/CustomerTasks";
export { DealTodos } from "./components/DealTodos";
export { ProjectTasks } from "./components/ProjectTasks";
export { useProjectTasks } from "./hooks/useTasks";
export { countTasksInColumn } from "./data/tasksData";
export { MyTaskList } from "./components/MyTaskList";
export { useMyOpenTasks } from "./hooks/useTasks";
