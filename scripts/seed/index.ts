import { seedDemoData } from "./seedDemoData";

const loaded = await seedDemoData();
console.log(`seed: demo data loaded (${loaded.join(", ")})`);
