export const CIRCULY_API_URL =
  process.env.CIRCULY_API_URL ?? 'https://api.circuly.io/api/2025-01';
