/** Trims and lower-cases an email: the one form stored, compared and looked up. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
