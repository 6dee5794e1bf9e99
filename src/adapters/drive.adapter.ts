// Drive through DriveApp with the drive.file scope: OpsMind's own folder, and text files in it replaced in place.

type Folder = GoogleAppsScript.Drive.Folder;

/** The folder whose id OpsMind remembered, or a new one in the root of My Drive when it is gone or trashed. */
export function ensureFolder(name: string, knownId: string | null): { folder: Folder; created: boolean } {
  if (knownId) {
    try {
      const folder = DriveApp.getFolderById(knownId);
      if (!folder.isTrashed()) return { folder, created: false };
    } catch {
      // Deleted, or no longer reachable with drive.file: make a new one.
    }
  }
  return { folder: DriveApp.createFolder(name), created: true };
}

/** Writes a text file into the folder, replacing the content of a file of that name rather than adding a second one. */
export function writeTextFile(folder: Folder, name: string, text: string, mimeType: string): 'created' | 'updated' {
  const files = folder.getFilesByName(name);
  while (files.hasNext()) {
    const file = files.next();
    if (file.isTrashed()) continue;
    file.setContent(text);
    return 'updated';
  }
  folder.createFile(name, text, mimeType);
  return 'created';
}
