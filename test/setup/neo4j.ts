// Placeholder until the Neo4j launcher lands: starts nothing.
export async function setupNeo4j(): Promise<() => Promise<void>> {
  return async () => {};
}
