// The preview's default port, apart from the server so the usage text can name it without loading it.
export const DEFAULT_PREVIEW_PORT = 8808;
