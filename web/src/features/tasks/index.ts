export { ProjectTasks } from "./components/ProjectTasks";
export { TodoList } from "./components/TodoList";
export { countTasksInColumn } from "./data/tasksData";
export { MyTaskList } from "./components/MyTaskList";
export { useMyOpenTasks } from "./hooks/useTasks";
