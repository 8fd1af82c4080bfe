package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** No serious accessibility problems (axe-core), and the page language follows the reader. */
class AccessibilityBrowserIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/register", "/"})
    void a_visitor_meets_no_serious_accessibility_problems(String path) {
        open(path);

        assertThat(axe(page)).as("serious or critical axe violations on %s", path).isEmpty();
        assertThat(page.title()).as("title of %s", path).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/register", "/"})
    void a_chinese_visitor_meets_no_serious_accessibility_problems(String path) {
        useBrowserLanguage("zh-CN");
        open(path);

        assertThat(axe(page)).as("serious or critical axe violations on %s in Chinese", path).isEmpty();
    }

    @Test
    void a_logged_in_user_meets_no_serious_accessibility_problems_on_the_blog() {
        String name = newAccount("reader");
        LoginPage.open(page).login(name, PASSWORD);
        assertThat(path(page)).isEqualTo("/");

        assertThat(axe(page)).isEmpty();
    }

    /*
     * Vaadin's menu bar (25.2.5) breaks two axe rules once a submenu is open, in markup we do not
     * write: each vaadin-menu-bar-item[role=menuitem] carries aria-selected="false" (aria-allowed-attr),
     * and the menubar owns a div[tabindex] of the submenu overlay (aria-required-children). Those are
     * tolerated here and nothing else; drop them once Vaadin fixes the menu bar.
     */
    private static final List<String> KNOWN_MENU_BAR_ISSUES = List.of("aria-allowed-attr", "aria-required-children");

    @Test
    void the_open_user_menu_has_no_serious_accessibility_problems_but_vaadins_known_ones() {
        open("/");
        UserMenu menu = new UserMenu(page);
        menu.choose("Language");
        assertOnlyKnownMenuBarIssues(axe(page), "visitor");

        String name = newAccount("reader");
        LoginPage.open(page).login(name, PASSWORD);
        menu.button().click();
        assertOnlyKnownMenuBarIssues(axe(page), "logged in");
    }

    private static void assertOnlyKnownMenuBarIssues(List<Axe.Violation> violations, String who) {
        assertThat(violations).as("%s: problems outside Vaadin's menu bar, or new ones in it", who)
                .allMatch(v -> v.onlyIn("vaadin-menu-bar") && KNOWN_MENU_BAR_ISSUES.contains(v.rule()));
    }

    @ParameterizedTest
    @CsvSource({"en-US, en", "en-GB, en", "de-DE, en", "zh-CN, zh-CN", "zh-TW, zh-CN"})
    void the_page_language_follows_the_browser(String browserLanguage, String pageLanguage) {
        useBrowserLanguage(browserLanguage);

        open("/login");

        assertThat(lang(page)).isEqualTo(pageLanguage);
    }

    @Test
    void a_chinese_browser_gets_the_login_page_in_chinese() {
        useBrowserLanguage("zh-CN");

        LoginPage login = LoginPage.open(page);

        assertThat(lang(page)).isEqualTo("zh-CN");
        assertThat(page.title()).isEqualTo("登录 · Lightbox");
        assertThat(login.title()).isEqualTo("登录 Lightbox");
        assertThat(login.submitButton().innerText()).isEqualTo("登录");
        assertThat(login.form().locator("vaadin-checkbox").innerText()).contains("保持登录状态");
        assertThat(page.locator("main.auth-page a[href=register]").innerText()).isEqualTo("还没有账户？注册");
    }

    @Test
    void switching_the_language_in_the_user_menu_changes_texts_and_page_language() {
        open("/");
        UserMenu menu = new UserMenu(page);
        assertThat(menu.label()).isEqualTo("Menu");

        menu.chooseLanguage("Language", "简体中文");

        assertThat(lang(page)).isEqualTo("zh-CN");
        assertThat(menu.label()).isEqualTo("菜单");
        assertThat(axe(page)).as("in Chinese").isEmpty();

        open("/login");
        assertThat(new LoginPage(page).title()).as("the choice is kept on the next page").isEqualTo("登录 Lightbox");

        open("/");
        menu.chooseLanguage("语言", "English");

        assertThat(lang(page)).isEqualTo("en");
        assertThat(menu.label()).isEqualTo("Menu");
    }

    @Test
    void the_chosen_language_outlives_the_session() {
        open("/");
        new UserMenu(page).chooseLanguage("Language", "简体中文");
        context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));

        open("/login");

        assertThat(lang(page)).isEqualTo("zh-CN");
        assertThat(new LoginPage(page).title()).isEqualTo("登录 Lightbox");
    }

    private static String lang(Page page) {
        return page.locator("html").getAttribute("lang");
    }
}
