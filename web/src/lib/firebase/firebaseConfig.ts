const env = import.meta.env;

export const usesEmulators = env.VITE_USE_EMULATORS === "true";

export const googleSignInEnabled = env.VITE_GOOGLE_SIGN_IN === "true";

// The emulators accept any API key; a demo- project id keeps them from reaching real services.
export const firebaseConfig = usesEmulators
  ? { apiKey: "demo-api-key", authDomain: "demo-pano.firebaseapp.com", projectId: "demo-pano" }
  : {
      apiKey: env.VITE_FIREBASE_API_KEY,
      authDomain: env.VITE_FIREBASE_AUTH_DOMAIN,
      projectId: env.VITE_FIREBASE_PROJECT_ID,
      storageBucket: env.VITE_FIREBASE_STORAGE_BUCKET,
      messagingSenderId: env.VITE_FIREBASE_MESSAGING_SENDER_ID,
      appId: env.VITE_FIREBASE_APP_ID,
    };
