// office-addin-manifest ships ESM that jest cannot load; nothing under test needs it.
export {};
