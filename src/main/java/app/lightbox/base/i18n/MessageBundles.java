package app.lightbox.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-visible text, read from one bundle per feature ({@code messages/base}, {@code messages/security},
 * {@code messages/blog}, {@code messages/images}, {@code messages/api}) so that features keep their own texts. Keys are prefixed
 * with the feature name, which picks the bundle. Every text goes through {@link MessageFormat}, so bundles
 * write apostrophes as ’ (or '').
 */
@Component
public class MessageBundles implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(ENGLISH, CHINESE);
    public static final List<String> FEATURES = List.of("base", "security", "blog", "images", "api");

    private static final Logger log = LoggerFactory.getLogger(MessageBundles.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        int dot = key.indexOf('.');
        String feature = dot > 0 ? key.substring(0, dot) : key;
        if (!FEATURES.contains(feature)) {
            log.warn("Message key {} names no feature bundle", key);
            return "!" + key;
        }
        try {
            String pattern = bundle(feature, supported).getString(key);
            return new MessageFormat(pattern, supported).format(localized(params, supported));
        } catch (MissingResourceException e) {
            log.warn("Missing message {} for {}", key, supported);
            return "!" + key;
        }
    }

    private static Object[] localized(Object[] params, Locale locale) {
        Object[] shown = params.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalizedArgument argument) {
                shown[i] = argument.format(locale);
            }
        }
        return shown;
    }

    /** The bundle of one feature in one of the provided locales. */
    public static ResourceBundle bundle(String feature, Locale locale) {
        return ResourceBundle.getBundle("messages." + feature, supported(locale), NO_FALLBACK);
    }

    /** The provided locale closest to the one asked for: Chinese for any Chinese, otherwise English. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
