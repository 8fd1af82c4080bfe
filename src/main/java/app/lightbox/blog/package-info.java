/**
 * The blog: posts are drafts until published, their bodies are Markdown rendered in one place
 * ({@link app.lightbox.blog.MarkdownRenderer}), and the images they show are recorded with the
 * image library, so that it can tell where each image is used.
 */
@NullMarked
package app.lightbox.blog;

import org.jspecify.annotations.NullMarked;
