// Closest Cloud Functions region to Türkiye; web and functions must agree on it.
export const functionsRegion = "europe-west1";
