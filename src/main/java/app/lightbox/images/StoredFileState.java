package app.lightbox.images;

/** Whether an image's file was missing when last looked for; what the storage sweep compares with the storage. */
record StoredFileState(long id, String storedName, boolean fileMissing) {}
