package app.lightbox.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail} (in the caller's language where a translation exists), and a stable
 * machine-readable {@code code} such as {@code too-large}; further members (e.g. {@code usedIn}) in
 * {@code extensions}. The same object is a whole response, or one position in an upload's result array.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "code", "instance"})
public record Problem(String type, String title, int status, String detail, String code,
        @Nullable String instance, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The {@code type} of every problem is this followed by its code. */
    public static final String TYPE_PREFIX = "urn:lightbox:problem:";

    public Problem {
        extensions = Map.copyOf(extensions);
    }

    /** The same problem with one more member. */
    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, code, instance, more);
    }

    /** The same problem answered with another status (a client error without a code of its own). */
    public Problem withStatus(int other) {
        return new Problem(type, title, other, detail, code, instance, extensions);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }

    /** Not a member of its own: its entries are members of the problem ({@link #extensionMembers}). */
    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }
}
