package app.lightbox.api;

/**
 * Ready-made configurations for the tools people upload screenshots with, for one token, generated in
 * this one place from the API's real request and response shapes.
 *
 * @param shareX a ShareX custom uploader ({@code .sxcu}, JSON)
 * @param picList PicList's built-in "advancedplist" uploader settings (JSON)
 * @param picGo PicGo's "web-uploader" plugin settings (JSON)
 * @param shellScript a Flameshot (or any screenshot tool) script: capture, upload with curl, link to the clipboard
 * @param curl the curl command that uploads one file
 */
public record ToolConfigs(String shareX, String picList, String picGo, String shellScript, String curl) {

    /**
     * @param base the app's address without trailing slash ({@link app.lightbox.base.PublicAddress})
     * @param token the token's secret, as shown once
     */
    public static ToolConfigs of(String base, String token) {
        // CONTRACT SKELETON: the tool-configs helper replaces this with the real generators and their tests.
        String curl = "curl -H \"Authorization: Bearer " + token + "\" -F file=@screenshot.png " + base + "/api/v1/images";
        return new ToolConfigs("{}", "{}", "{}", curl, curl);
    }
}
