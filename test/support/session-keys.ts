/**
 * sessionStorage is shared by the test files running side by side in one browser, so each file
 * touches only the keys of its own element.
 */
export function storedKeys(prefix: string): string[] {
  return Object.keys(sessionStorage).filter((key) => key.startsWith(prefix));
}

export function clearStoredKeys(prefix: string): void {
  for (const key of storedKeys(prefix)) sessionStorage.removeItem(key);
}
