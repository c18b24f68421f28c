/** The id of an item and of every item below it, following `parentId` (a driver and what hangs from it, a cause and the causes of it). */
export function withDescendants(items: readonly { id: string; parentId: string | null }[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (item.parentId !== null && found.has(item.parentId) && !found.has(item.id)) {
        found.add(item.id);
        grew = true;
      }
    }
  }
  return found;
}
