package app.lightbox.base.i18n;

import java.util.Locale;

/**
 * A message argument that knows how to show itself in a reader's language, such as a file size. A
 * service can hand one out with a refusal without knowing who will read it; {@link MessageBundles}
 * formats it in the reader's locale before the message is put together.
 */
public interface LocalizedArgument {

    String format(Locale locale);
}
