package app.lightbox.images;

/** What serving an image reads of its row ({@link ImageService#file}); its size comes from the storage. */
record ServableImage(String originalName, String mediaType, String sha256, boolean fileMissing) {}
