import i18next from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { defaultLocale, isLocale, type Locale } from "@pano/domain";
import en from "@/i18n/en.json";
import tr from "@/i18n/tr.json";

const storageKey = "pano.locale";

const storedLocale = (): Locale => {
  const stored = window.localStorage.getItem(storageKey);
  return isLocale(stored) ? stored : defaultLocale;
};

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { tr: { translation: tr }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: defaultLocale,
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
  window.localStorage.setItem(storageKey, language);
});

export const useLocale = (): Locale => {
  const { i18n: instance } = useTranslation();
  return isLocale(instance.language) ? instance.language : defaultLocale;
};
