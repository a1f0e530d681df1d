import type { InteractionType } from "@pano/domain";

type DemoCustomer = {
  name: string;
  company: string;
  title: string;
  email: string;
  phone: string;
  tags: string[];
};

export const demoCustomers: DemoCustomer[] = [
  {
    name: "A Şirketi",
    company: "A Şirketi A.Ş.",
    title: "Genel Müdür",
    email: "info@asirketi.com.tr",
    phone: "0212 555 10 10",
    tags: ["kurumsal", "web"],
  },
  {
    name: "Ahmet Çelik",
    company: "Çelik Lojistik",
    title: "Operasyon Müdürü",
    email: "ahmet@celiklojistik.com.tr",
    phone: "0532 410 22 33",
    tags: ["lojistik"],
  },
  {
    name: "Elif Şahin",
    company: "Şahin Mimarlık",
    title: "Kurucu Ortak",
    email: "elif@sahinmimarlik.com",
    phone: "0533 120 45 67",
    tags: ["mimarlık", "vip"],
  },
  {
    name: "Mert Öztürk",
    company: "Öztürk Gıda",
    title: "Pazarlama Direktörü",
    email: "mert@ozturkgida.com.tr",
    phone: "0542 310 11 22",
    tags: ["gıda"],
  },
  {
    name: "Işıl Aydın",
    company: "İstanbul Tekstil",
    title: "Satın Alma Uzmanı",
    email: "isil.aydin@istanbultekstil.com",
    phone: "0505 220 33 44",
    tags: ["tekstil"],
  },
  {
    name: "Burak Yıldız",
    company: "Yıldız Otomotiv",
    title: "Bayi Müdürü",
    email: "burak@yildizotomotiv.com.tr",
    phone: "0216 444 55 66",
    tags: ["otomotiv", "kurumsal"],
  },
  {
    name: "Selin Koç",
    company: "Koç Eğitim Kurumları",
    title: "İletişim Sorumlusu",
    email: "selin.koc@kocegitim.k12.tr",
    phone: "0532 700 80 90",
    tags: ["eğitim"],
  },
  {
    name: "Emre Arslan",
    company: "Arslan Yapı",
    title: "Proje Müdürü",
    email: "emre@arslanyapi.com",
    phone: "0544 123 98 76",
    tags: ["inşaat"],
  },
  {
    name: "Zehra Kılıç",
    company: "Kılıç Eczanesi",
    title: "Eczacı",
    email: "zehra@kiliceczanesi.com",
    phone: "0312 418 20 20",
    tags: ["sağlık", "küçük işletme"],
  },
  {
    name: "Oğuz Demirtaş",
    company: "Ege Turizm",
    title: "Satış Müdürü",
    email: "oguz@egeturizm.com.tr",
    phone: "0232 463 70 70",
    tags: ["turizm"],
  },
  {
    name: "Gökçe Erdem",
    company: "Erdem Hukuk Bürosu",
    title: "Avukat",
    email: "gokce@erdemhukuk.av.tr",
    phone: "0535 600 12 34",
    tags: ["hukuk"],
  },
  {
    name: "Hakan Polat",
    company: "Polat Mobilya",
    title: "İhracat Müdürü",
    email: "hakan@polatmobilya.com",
    phone: "+49 30 1234567",
    tags: ["mobilya", "ihracat"],
  },
  {
    name: "Derya Aksoy",
    company: "Aksoy Kozmetik",
    title: "Marka Müdürü",
    email: "derya@aksoykozmetik.com",
    phone: "0530 909 10 11",
    tags: ["kozmetik", "vip"],
  },
  {
    name: "Cem Karaca",
    company: "Karaca Yazılım",
    title: "CTO",
    email: "cem@karacayazilim.io",
    phone: "0546 234 56 78",
    tags: ["yazılım"],
  },
  {
    name: "Nur Yalçın",
    company: "Yalçın Tarım",
    title: "Genel Koordinatör",
    email: "nur@yalcintarim.com.tr",
    phone: "0322 457 33 22",
    tags: ["tarım"],
  },
  {
    name: "Tolga Güneş",
    company: "Güneş Enerji Sistemleri",
    title: "Teknik Müdür",
    email: "tolga@gunesenerji.com.tr",
    phone: "0549 876 54 32",
    tags: ["enerji", "kurumsal"],
  },
  {
    name: "İpek Uysal",
    company: "Uysal Moda",
    title: "Tasarım Direktörü",
    email: "ipek@uysalmoda.com",
    phone: "0538 111 22 33",
    tags: ["moda"],
  },
  {
    name: "Kaan Bulut",
    company: "Bulut Lojistik",
    title: "Filo Yöneticisi",
    email: "kaan@bulutlojistik.com",
    phone: "0224 360 40 50",
    tags: ["lojistik"],
  },
  {
    name: "Sibel Doğan",
    company: "Doğan Diş Kliniği",
    title: "Klinik Müdürü",
    email: "sibel@dogandis.com",
    phone: "0212 230 60 70",
    tags: ["sağlık"],
  },
  {
    name: "Umut Özkan",
    company: "Özkan Ajans",
    title: "Kreatif Direktör",
    email: "umut@ozkanajans.com",
    phone: "+44 20 7946 0958",
    tags: ["ajans"],
  },
];

export const demoInteractions: {
  type: InteractionType;
  subject: string;
  body: string;
  durationMinutes: number | null;
}[] = [
  {
    type: "call",
    subject: "Tanışma görüşmesi",
    body: "İhtiyaçlar ve bütçe konuşuldu.",
    durationMinutes: 25,
  },
  {
    type: "email",
    subject: "Teklif gönderildi",
    body: "Web sitesi yenileme teklifi e-postayla iletildi.",
    durationMinutes: null,
  },
  {
    type: "meeting",
    subject: "Ofiste sunum",
    body: "Tasarım önerileri sunuldu; geri bildirim bekleniyor.",
    durationMinutes: 60,
  },
  {
    type: "note",
    subject: "Karar vericiler",
    body: "Son kararı yönetim kurulu verecek.",
    durationMinutes: null,
  },
];
