package app.lightbox.api;

/**
 * The shell side of {@link ToolConfigs}: POSIX {@code sh} that uploads with curl. Every value is
 * single-quoted, and the token is set in a shell variable and reaches curl on its standard input
 * ({@code printf}, a shell builtin, into {@code -H @-}), never as an argument that {@code ps} would show to
 * the machine's other users.
 */
final class ShellScript {

    private static final String TOKEN_VARIABLE = "LIGHTBOX_TOKEN";
    /** The header, on standard output, from the variable. */
    private static final String AUTHORIZATION = "printf 'Authorization: Bearer %s\\n' \"$" + TOKEN_VARIABLE + "\"";

    private ShellScript() {}

    /** The commands that upload one file: the token in a variable, then curl (curl's options can follow). */
    static String curl(String endpoint, String token, String file) {
        return TOKEN_VARIABLE + "=" + quote(token) + "\n" + AUTHORIZATION + " | curl -H @- -F " + quote("file=@" + file)
                + " " + quote(endpoint);
    }

    /**
     * A script for a keyboard shortcut: Flameshot's capture, uploaded, and its link on the clipboard
     * ({@code wl-copy} on Wayland, else {@code xclip}) and printed; a cancelled capture ends it quietly, a
     * refusal prints the problem and exits with 1.
     */
    static String flameshot(String name, String endpoint, String token) {
        return """
                #!/bin/sh
                # %s: a screenshot with Flameshot, uploaded, its link on the clipboard.
                # This file holds your API token: keep it private (chmod 700 it).
                # Needs curl ≥ 7.76, and wl-copy (Wayland) or xclip (X11) for the clipboard.
                set -u
                token=%s
                endpoint=%s
                shot=$(mktemp) || exit 1
                trap 'rm -f "$shot"' EXIT
                flameshot gui --raw > "$shot" 2> /dev/null
                [ -s "$shot" ] || exit 0 # the capture was cancelled
                # The token goes to curl on its standard input, where ps does not show it.
                answer=$(printf 'Authorization: Bearer %%s\\n' "$token" |
                    curl -sS --fail-with-body -H @- -F "file=@$shot;type=image/png;filename=screenshot.png" "$endpoint") || {
                    echo "Lightbox: the upload failed: $answer" >&2
                    exit 1
                }
                # The link is the first item's "url" (a stored name has no quotes to trip on).
                link=$(printf '%%s' "$answer" | grep -o '"url" *: *"[^"]*"' | head -n 1 | sed 's/.*"\\([^"]*\\)"$/\\1/')
                [ -n "$link" ] || { echo "Lightbox: no link in the answer: $answer" >&2; exit 1; }
                if [ -n "${WAYLAND_DISPLAY:-}" ] && command -v wl-copy > /dev/null 2>&1; then
                    printf '%%s' "$link" | wl-copy
                elif command -v xclip > /dev/null 2>&1; then
                    printf '%%s' "$link" | xclip -selection clipboard
                fi
                echo "$link"
                """.formatted(name, quote(token), quote(endpoint));
    }

    /** The text as one shell word that nothing in it can end or expand. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
