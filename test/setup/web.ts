// Placeholder until the viewer lands: builds nothing.
export async function setupWeb(): Promise<() => Promise<void>> {
  return async () => {};
}
