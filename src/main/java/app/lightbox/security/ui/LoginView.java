package app.lightbox.security.ui;

import app.lightbox.security.ExpiredLoginPage;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("auth-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        RouterLink register = new RouterLink(getTranslation("security.login.register-link"), RegisterView.class);
        add(form, new Paragraph(register));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean expired = parameters.containsKey(ExpiredLoginPage.PARAMETER);
        boolean failed = parameters.containsKey("error");
        boolean locked = isLockout(VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
        String error = expired ? "security.login.expired" : locked ? "security.login.locked" : "security.login.failed";
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(error + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(error + ".message"));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.password-required"));
        form.setI18n(i18n);
        form.setError(failed || expired);
    }

    /** A throttled name is a locked account to Spring Security (see AccountDetailsService). */
    private static boolean isLockout(Object failure) {
        return failure instanceof LockedException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title");
    }
}
