import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { customerInputSchema, newCustomer, paths, searchTokenFor } from "@pano/domain";

// Seeds 10,000 customers into the Firestore emulator and measures the list's search query:
// documents read per search and time to the first page. Run with `npm run bench:customers`.
if (!process.env.FIRESTORE_EMULATOR_HOST) throw new Error("run under firebase emulators:exec");

const db = getFirestore(initializeApp({ projectId: "demo-pano-bench" }));
const workspaceId = "bench";
const total = 10_000;
const pageSize = 25;

const firstNames = [
  "Ayşe",
  "Mehmet",
  "Zeynep",
  "Can",
  "Elif",
  "Burak",
  "Işıl",
  "Çağrı",
  "Gökhan",
  "Şule",
  "Ömer",
  "İpek",
  "Ümit",
  "Deniz",
  "Selin",
  "Tolga",
  "Nur",
  "Emre",
  "Derya",
  "Kaan",
];
const lastNames = [
  "Yılmaz",
  "Kaya",
  "Demir",
  "Şahin",
  "Çelik",
  "Yıldız",
  "Öztürk",
  "Aydın",
  "Arslan",
  "Doğan",
  "Kılıç",
  "Aslan",
  "Çetin",
  "Kara",
  "Koç",
  "Kurt",
  "Özkan",
  "Şimşek",
  "Polat",
  "Erdem",
];
const sectors = [
  "Lojistik",
  "Gıda",
  "Tekstil",
  "Yazılım",
  "İnşaat",
  "Turizm",
  "Enerji",
  "Mobilya",
  "Kozmetik",
  "Tarım",
  "Otomotiv",
  "Eğitim",
  "Sağlık",
  "Hukuk",
  "Ajans",
];

const customerAt = (index: number) => {
  const first = firstNames[index % firstNames.length] ?? "";
  const last = lastNames[Math.floor(index / firstNames.length) % lastNames.length] ?? "";
  const sector = sectors[index % sectors.length] ?? "";
  const fields = customerInputSchema.parse({
    name: index === 0 ? "A Şirketi" : `${first} ${last} ${index}`,
    company: `${last} ${sector}`,
    ownerId: "u1",
  });
  return newCustomer(fields, "u1", new Date(Date.UTC(2026, 0, 1) + index * 60_000));
};

const seedStarted = performance.now();
for (let start = 0; start < total; start += 500) {
  const batch = db.batch();
  for (let index = start; index < Math.min(start + 500, total); index += 1)
    batch.set(db.doc(paths.customer(workspaceId, `c${index}`)), customerAt(index));
  await batch.commit();
}
console.log(
  `seeded ${total} customers in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
);

const customers = db.collection(paths.customers(workspaceId));
const searches = ["a şir", "A ŞİR", "a sir", "yılmaz", "ÇEL", "işıl", "lojistik", "zzz"];

console.log("search            matches(first page)  docs read  first page ms (median of 5)");
for (const search of searches) {
  const token = searchTokenFor(search) ?? "";
  const timings: number[] = [];
  let read = 0;
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    const page = await customers
      .where("searchTokens", "array-contains", token)
      .orderBy("nameSort")
      .limit(pageSize + 1)
      .get();
    timings.push(performance.now() - started);
    read = page.size;
  }
  timings.sort((left, right) => left - right);
  console.log(
    `${search.padEnd(18)}${String(Math.min(read, pageSize)).padStart(19)}${String(read).padStart(11)}${(timings[2] ?? 0).toFixed(0).padStart(14)}`,
  );
}
const unfiltered = performance.now();
const firstPage = await customers
  .orderBy("nameSort")
  .limit(pageSize + 1)
  .get();
console.log(
  `no search: ${firstPage.size} docs read, ${(performance.now() - unfiltered).toFixed(0)} ms (a full scan would read ${total})`,
);
process.exit(0);
