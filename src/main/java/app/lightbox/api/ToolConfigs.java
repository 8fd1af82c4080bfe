package app.lightbox.api;

import app.lightbox.images.ImageLinks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made configurations for the tools people upload screenshots with, for one token, generated in
 * this one place from the API's real request and response shapes: {@code POST /api/v1/images} with the
 * token as {@code Authorization: Bearer}, the file in the multipart part {@code file}, and the answer a
 * JSON array whose first item has the link ({@code [0].url}) or, when refused, the problem
 * ({@code [0].detail}; a refused request has a single problem instead, {@code detail}). ToolConfigsTest
 * runs each of them against the app.
 *
 * <p>ShareX's deletion link is the image's page ({@link ImageLinks#pageUrl}, the library's viewer), where its
 * uploader deletes it after signing in: ShareX opens its {@code DeletionURL} in a browser, with a GET and
 * without the token, so it cannot be the API's {@code DELETE /api/v1/images/{name}}, which scripts use.
 *
 * @param shareX a ShareX custom uploader ({@code .sxcu}, JSON)
 * @param picList PicList's built-in "advancedplist" uploader settings (JSON)
 * @param picGo PicGo's "web-uploader" plugin settings (JSON; the plugin ≥ 1.1.1)
 * @param shellScript a Flameshot script: capture, upload with curl, link to the clipboard
 * @param curl the curl command that uploads one file
 */
public record ToolConfigs(String shareX, String picList, String picGo, String shellScript, String curl) {

    /** Where uploads go, below the app's address. */
    public static final String UPLOAD_PATH = "/api/v1/images";
    /** ShareX ≥ 14 reads {@code {json:…}}; a file of an older version would have its syntax converted. */
    static final String SHAREX_VERSION = "14.0.0";
    /** Any member {@code detail}, of the answer or of its first item: where a refusal says why. */
    static final String SHAREX_ERROR = "{json:$..detail}";
    /** The stored name of the uploaded image, in ShareX's syntax. */
    private static final String SHAREX_NAME = "{json:[0].name}";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** For JSON inside a JSON string (PicGo and PicList take their headers so). */
    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    /**
     * @param base the app's address without trailing slash ({@link app.lightbox.base.PublicAddress})
     * @param token the token's secret, as shown once
     */
    public static ToolConfigs of(String base, String token) {
        String endpoint = base + UPLOAD_PATH;
        String host = host(base);
        String name = host.isEmpty() ? "Lightbox" : "Lightbox (" + host + ")";
        String authorization = "Bearer " + token;
        return new ToolConfigs(shareX(name, base, endpoint, authorization), picList(name, endpoint, authorization),
                picGo(endpoint, authorization), ShellScript.flameshot(name, endpoint, token),
                ShellScript.curl(endpoint, token, "screenshot.png"));
    }

    private static String shareX(String name, String base, String endpoint, String authorization) {
        Map<String, Object> sxcu = new LinkedHashMap<>();
        sxcu.put("Version", SHAREX_VERSION);
        sxcu.put("Name", name);
        sxcu.put("DestinationType", "ImageUploader");
        sxcu.put("RequestMethod", "POST");
        // Neither an address nor a token holds what ShareX reads as syntax (braces, backslashes).
        sxcu.put("RequestURL", endpoint);
        sxcu.put("Headers", Map.of("Authorization", authorization));
        sxcu.put("Body", "MultipartFormData");
        sxcu.put("FileFormName", "file");
        sxcu.put("URL", "{json:[0].url}");
        sxcu.put("ThumbnailURL", "{json:[0].thumbnailUrl}");
        sxcu.put("DeletionURL", base + ImageLinks.pageUrl(SHAREX_NAME));
        // A refused file is a problem in the array ([0].detail); a refused request (a wrong token, too many
        // logins) one problem of its own (detail). Newtonsoft's JSONPath, which ShareX uses, finds either.
        sxcu.put("ErrorMessage", SHAREX_ERROR);
        return write(sxcu);
    }

    private static String picList(String name, String endpoint, String authorization) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("_configName", name);
        settings.put("endpoint", endpoint);
        settings.put("method", "POST");
        settings.put("formDataKey", "file");
        settings.put("headers", COMPACT.writeValueAsString(Map.of("Authorization", authorization)));
        settings.put("body", "{}");
        settings.put("resDataPath", "0.url");
        settings.put("customPrefix", "");
        settings.put("webPath", "");
        return write(Map.of("picBed", picBed("advancedplist", settings)));
    }

    private static String picGo(String endpoint, String authorization) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("url", endpoint);
        settings.put("paramName", "file");
        settings.put("jsonPath", "0.url");
        settings.put("customHeader", COMPACT.writeValueAsString(Map.of("Authorization", authorization)));
        settings.put("customBody", "{}");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("picBed", picBed("web-uploader", settings));
        config.put("picgoPlugins", Map.of("picgo-plugin-web-uploader", true));
        return write(config);
    }

    /** The settings of one uploader, chosen as the one to use. */
    private static Map<String, Object> picBed(String uploader, Map<String, Object> settings) {
        Map<String, Object> picBed = new LinkedHashMap<>();
        picBed.put("uploader", uploader);
        picBed.put("current", uploader);
        picBed.put(uploader, settings);
        return picBed;
    }

    /**
     * The host and port of the address, to tell the tools' entries apart; {@code ""} when it has none that
     * can be read (no address at all, an odd Host header), which must not cost the token's settings.
     */
    static String host(String base) {
        try {
            String authority = new URI(base).getRawAuthority();
            return authority == null ? "" : authority.substring(authority.lastIndexOf('@') + 1);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String write(Object value) {
        return JSON.writeValueAsString(value);
    }
}
