import type { TaskPriority } from "@pano/domain";

export type DemoTask = {
  title: string;
  status: string;
  assignee: number;
  dueInDays: number | null;
  priority: TaskPriority;
};
export type DemoProject = {
  id: string;
  name: string;
  customer: number;
  status: "active" | "planned";
  dueInDays: number;
  tasks: DemoTask[];
};

// assignee is an index into the demo team's writers; negative dueInDays are overdue.
export const demoProjects: DemoProject[] = [
  {
    id: "demo-project-kimlik",
    name: "Kurumsal Kimlik Çalışması",
    customer: 2,
    status: "active",
    dueInDays: 21,
    tasks: [
      { title: "Marka anketi", status: "done", assignee: 0, dueInDays: -10, priority: "medium" },
      { title: "Rakip analizi", status: "done", assignee: 2, dueInDays: -6, priority: "low" },
      { title: "Logo eskizleri", status: "review", assignee: 1, dueInDays: -2, priority: "high" },
      {
        title: "Renk paleti",
        status: "in_progress",
        assignee: 2,
        dueInDays: 2,
        priority: "medium",
      },
      { title: "Kartvizit tasarımı", status: "todo", assignee: 1, dueInDays: 9, priority: "low" },
      {
        title: "Kurumsal kimlik kılavuzu",
        status: "todo",
        assignee: 0,
        dueInDays: 18,
        priority: "high",
      },
    ],
  },
  {
    id: "demo-project-mobil",
    name: "Mobil Uygulama MVP",
    customer: 5,
    status: "active",
    dueInDays: 60,
    tasks: [
      {
        title: "Kullanıcı hikâyeleri",
        status: "done",
        assignee: 0,
        dueInDays: -14,
        priority: "high",
      },
      {
        title: "Ekran tasarımları",
        status: "review",
        assignee: 2,
        dueInDays: -1,
        priority: "urgent",
      },
      { title: "Giriş ekranı", status: "in_progress", assignee: 1, dueInDays: 4, priority: "high" },
      {
        title: "Bildirim altyapısı",
        status: "in_progress",
        assignee: 0,
        dueInDays: -3,
        priority: "medium",
      },
      {
        title: "Ödeme entegrasyonu",
        status: "todo",
        assignee: 1,
        dueInDays: 25,
        priority: "medium",
      },
      { title: "Mağaza başvurusu", status: "todo", assignee: 0, dueInDays: null, priority: "low" },
    ],
  },
];

// Customer to-dos outside any project, like the scenario's "Teklif gönder".
export const demoTodos = [
  { title: "Teklif gönder", customer: 1, assignee: 0, dueInDays: 1 },
  { title: "Sözleşme taslağını ilet", customer: 6, assignee: 2, dueInDays: -1 },
];
