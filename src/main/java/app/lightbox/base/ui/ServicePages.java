package app.lightbox.base.ui;

import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** A lazy list or grid fed page by page from a service, so that no view ever holds a whole table. */
public final class ServicePages {

    private ServicePages() {}

    public static <T> DataProvider<T, Void> of(SerializableFunction<Pageable, Slice<T>> page,
            SerializableSupplier<Long> count) {
        return DataProvider.fromCallbacks(
                query -> page.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, count.get()));
    }
}
