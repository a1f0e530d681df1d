import type { Role } from "@pano/domain";

export const demoPassword = "demo1234";

export const demoWorkspace = { id: "demo-ajans", name: "Demo Ajans" };

export const demoTeam: { uid: string; displayName: string; email: string; role: Role }[] = [
  { uid: "demo-ayse", displayName: "Ayşe Yılmaz", email: "ayse@demoajans.test", role: "owner" },
  {
    uid: "demo-mehmet",
    displayName: "Mehmet Demir",
    email: "mehmet@demoajans.test",
    role: "admin",
  },
  {
    uid: "demo-zeynep",
    displayName: "Zeynep Kaya",
    email: "zeynep@demoajans.test",
    role: "member",
  },
  { uid: "demo-can", displayName: "Can Öztürk", email: "can@demoajans.test", role: "viewer" },
];
