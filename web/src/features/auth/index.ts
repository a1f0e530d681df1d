export { AuthCard } from "./components/AuthCard";
export { AuthProvider } from "./components/AuthProvider";
export { RedirectIfSignedIn, RequireAuth } from "./components/RequireAuth";
export { ResetPasswordForm } from "./components/ResetPasswordForm";
export { SignInForm } from "./components/SignInForm";
export { SignUpForm } from "./components/SignUpForm";
export { EmailVerificationNotice } from "./components/EmailVerificationNotice";
export { refreshVerification, signOut } from "./data/authApi";
