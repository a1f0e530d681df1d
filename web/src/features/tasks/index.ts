export { TodoList } from "./components/TodoList";
