package app.lightbox.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.lightbox.base.PublicAddress;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The page's address where Spring sees no request: Vaadin's own, else none, and never an exception. */
class PageAddressTest {

    private final PublicAddress address = mock(PublicAddress.class);
    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @AfterEach
    void noVaadinRequest() {
        CurrentInstance.clearAll();
    }

    @Test
    void where_spring_sees_a_request_or_the_public_url_is_set_that_address_is_used() {
        when(address.current()).thenReturn("https://team.example/lightbox");
        vaadinRequest();

        assertThat(PageAddress.current(address)).isEqualTo("https://team.example/lightbox");
    }

    @Test
    void where_spring_sees_no_request_a_websocket_message_vaadins_own_request_gives_the_address() {
        when(address.current()).thenReturn("");
        when(address.of(any(HttpServletRequest.class))).thenReturn("http://intranet:8080");
        vaadinRequest();

        assertThat(PageAddress.current(address)).isEqualTo("http://intranet:8080");
    }

    @Test
    void with_no_request_at_all_or_an_address_that_cannot_be_made_links_stay_relative() {
        when(address.current()).thenReturn("");
        assertThat(PageAddress.current(address)).isEmpty();

        when(address.of(any(HttpServletRequest.class))).thenThrow(new IllegalArgumentException("Invalid host"));
        vaadinRequest();
        assertThat(PageAddress.current(address)).isEmpty();
    }

    private void vaadinRequest() {
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(request, mock(VaadinServletService.class)));
    }
}
