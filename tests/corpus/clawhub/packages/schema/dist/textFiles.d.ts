export declare function normalizeContentType(contentType?: string | null): string | undefined;
export declare function decodeUtf8Text(bytes: Uint8Array): string | null;
