package app.lightbox.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class MessageBundlesTest {

    static final java.util.List<String> FEATURES = MessageBundles.FEATURES;

    @ParameterizedTest
    @FieldSource("FEATURES")
    void english_and_chinese_bundles_have_the_same_keys(String feature) {
        Set<String> english = keys(MessageBundles.bundle(feature, MessageBundles.ENGLISH));
        Set<String> chinese = keys(MessageBundles.bundle(feature, MessageBundles.CHINESE));

        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);

        assertThat(onlyEnglish).as("keys of messages/%s.properties missing in %s_zh_CN.properties", feature, feature)
                .isEmpty();
        assertThat(onlyChinese).as("keys of messages/%s_zh_CN.properties missing in %s.properties", feature, feature)
                .isEmpty();
    }

    @ParameterizedTest
    @FieldSource("FEATURES")
    void no_text_is_empty_and_every_key_names_its_feature(String feature) {
        for (Locale locale : MessageBundles.LOCALES) {
            ResourceBundle bundle = MessageBundles.bundle(feature, locale);
            Set<String> empty = new TreeSet<>();
            Set<String> foreign = new TreeSet<>();
            for (String key : keys(bundle)) {
                if (bundle.getString(key).isBlank()) {
                    empty.add(key);
                }
                if (!key.startsWith(feature + ".")) {
                    foreign.add(key);
                }
            }
            assertThat(empty).as("empty texts in messages/%s for %s", feature, locale).isEmpty();
            assertThat(foreign).as("keys in messages/%s for %s not starting with '%s.'", feature, locale, feature)
                    .isEmpty();
        }
    }

    @Test
    void the_chinese_bundle_is_its_own_file_not_the_english_fallback() {
        for (String feature : FEATURES) {
            assertThat(MessageBundles.bundle(feature, MessageBundles.CHINESE).getLocale())
                    .as(feature).isEqualTo(MessageBundles.CHINESE);
        }
    }

    @Test
    void picks_chinese_for_any_chinese_and_english_otherwise() {
        MessageBundles messages = new MessageBundles();

        assertThat(MessageBundles.supported(Locale.forLanguageTag("zh-TW"))).isEqualTo(MessageBundles.CHINESE);
        assertThat(MessageBundles.supported(Locale.GERMAN)).isEqualTo(MessageBundles.ENGLISH);
        assertThat(MessageBundles.supported(null)).isEqualTo(MessageBundles.ENGLISH);
        assertThat(messages.getTranslation("base.layout.logout", Locale.forLanguageTag("zh-Hans-CN")))
                .isEqualTo("退出登录");
        assertThat(messages.getTranslation("base.layout.logout", Locale.FRENCH)).isEqualTo("Log out");
        assertThat(messages.getTranslation("nosuchfeature.key", Locale.ENGLISH)).isEqualTo("!nosuchfeature.key");
    }

    /**
     * The keys of this bundle's own file. {@code keySet()} would also give the keys the Chinese bundle
     * inherits from its parent, the English file, and so hide a missing translation.
     */
    private static Set<String> keys(ResourceBundle bundle) {
        assertThat(bundle).isInstanceOf(PropertyResourceBundle.class);
        PropertyResourceBundle own = (PropertyResourceBundle) bundle;
        Set<String> keys = new TreeSet<>();
        for (String key : bundle.keySet()) {
            if (own.handleGetObject(key) != null) {
                keys.add(key);
            }
        }
        return keys;
    }
}
