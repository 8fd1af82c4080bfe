#!/usr/bin/env bash
# Makes the fixtures of the derivative tests (DerivativeMakerTest). Run here; needs Java 21+, vips
# (libvips-tools), exiftool (libimage-exiftool-perl) and python3. The tests only read the files made.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f orientation-*.jpg orientation-6.png orientation-6.webp

# Pictures drawn with ImageIO: marked corners, transparency, an animated GIF whose first frame sits
# at an offset on its screen.
cat > "$work/Draw.java" <<'JAVA'
import java.awt.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.*;
import javax.imageio.metadata.*;
import javax.imageio.stream.ImageOutputStream;

public class Draw {
    public static void main(String[] args) throws Exception {
        String dir = args[0];
        // 96 x 64 stored: grey, red square at the stored top-left corner, green at the top-right.
        BufferedImage corners = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = corners.createGraphics();
        g.setColor(Color.GRAY); g.fillRect(0, 0, 96, 64);
        g.setColor(Color.RED); g.fillRect(0, 0, 24, 24);
        g.setColor(Color.GREEN); g.fillRect(72, 0, 24, 24);
        g.dispose();
        ImageIO.write(corners, "png", new File(dir, "corners.png"));

        BufferedImage transparent = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        g = transparent.createGraphics();
        g.setColor(Color.RED); g.fillRect(0, 0, 32, 64); // the right half stays fully transparent
        g.dispose();
        ImageIO.write(transparent, "png", new File(dir, "transparent.png"));

        BufferedImage opaque = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        g = opaque.createGraphics();
        g.setColor(Color.BLUE); g.fillRect(0, 0, 64, 64);
        g.dispose();
        ImageIO.write(opaque, "png", new File(dir, "opaque-with-alpha.png"));

        BufferedImage red = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        g = red.createGraphics(); g.setColor(Color.RED); g.fillRect(0, 0, 20, 20); g.dispose();
        BufferedImage blue = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        g = blue.createGraphics(); g.setColor(Color.BLUE); g.fillRect(0, 0, 80, 60); g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(dir, "animated-offset.gif"))) {
            writer.setOutput(out);
            IIOMetadata stream = writer.getDefaultStreamMetadata(null);
            IIOMetadataNode streamRoot = new IIOMetadataNode("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = new IIOMetadataNode("LogicalScreenDescriptor");
            screen.setAttribute("logicalScreenWidth", "80");
            screen.setAttribute("logicalScreenHeight", "60");
            screen.setAttribute("colorResolution", "8");
            screen.setAttribute("pixelAspectRatio", "0");
            streamRoot.appendChild(screen);
            stream.mergeTree("javax_imageio_gif_stream_1.0", streamRoot);
            writer.prepareWriteSequence(stream);
            writer.writeToSequence(frame(writer, red, 40, 30), null);
            writer.writeToSequence(frame(writer, blue, 0, 0), null);
            writer.endWriteSequence();
        }
    }

    private static IIOImage frame(ImageWriter writer, BufferedImage image, int x, int y) throws Exception {
        IIOMetadata metadata = writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_gif_image_1.0");
        IIOMetadataNode descriptor = new IIOMetadataNode("ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", String.valueOf(x));
        descriptor.setAttribute("imageTopPosition", String.valueOf(y));
        descriptor.setAttribute("imageWidth", String.valueOf(image.getWidth()));
        descriptor.setAttribute("imageHeight", String.valueOf(image.getHeight()));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(descriptor);
        metadata.mergeTree("javax_imageio_gif_image_1.0", root);
        return new IIOImage(image, null, metadata);
    }
}
JAVA
java "$work/Draw.java" "$work"
cp "$work/transparent.png" "$work/opaque-with-alpha.png" "$work/animated-offset.gif" .

# Every EXIF orientation, on a JPEG; orientation 6 also in a PNG eXIf chunk and a WebP EXIF chunk.
vips copy "$work/corners.png" "$work/corners.jpg[Q=95,strip]"
for o in 1 2 3 4 5 6 7 8; do
    exiftool -q -n -Orientation="$o" -o "orientation-$o.jpg" "$work/corners.jpg"
done
exiftool -q -n -Orientation=6 -o orientation-6.png "$work/corners.png"
vips copy orientation-6.png "orientation-6.webp[lossless]" # this exiftool cannot write WebP; vips keeps the EXIF

# One patch of sRGB (200, 60, 40) in other colour spaces, with their profiles: CMYK (vips' built-in
# profile) and Display P3, as JPEG, and Display P3 as PNG (an iPhone screenshot).
vips black "$work/black.v" 60 40 --bands 3
vips linear "$work/black.v" "$work/patch.v" "1 1 1" "200 60 40" --uchar
vips icc_transform "$work/patch.v" cmyk.jpg cmyk --input-profile srgb
vips icc_transform "$work/patch.v" display-p3.jpg p3 --input-profile srgb
vips icc_transform "$work/patch.v" display-p3.png p3 --input-profile srgb

# An animated WebP whose 20 x 20 red first frame sits at (40, 30) on an 80 x 60 canvas, assembled
# from a lossless frame made by vips; and a lossless WebP of 17 megapixels (above the decode limit).
vips black "$work/black20.v" 20 20 --bands 3
vips linear "$work/black20.v" "$work/red.v" "1 1 1" "255 0 0" --uchar
vips webpsave "$work/red.v" "$work/red.webp" --lossless --strip
python3 - "$work/red.webp" animated-offset.webp <<'PY'
import struct, sys
data = open(sys.argv[1], 'rb').read()
at = 12
while data[at:at + 4] != b'VP8L':  # vips may write a VP8X chunk first
    at += 8 + struct.unpack('<I', data[at + 4:at + 8])[0]
    at += at % 2
size = struct.unpack('<I', data[at + 4:at + 8])[0]
frame = data[at:at + 8 + size + size % 2]  # the VP8L chunk, header included
def chunk(kind, payload):
    return kind + struct.pack('<I', len(payload)) + payload + (b'\0' if len(payload) % 2 else b'')
u24 = lambda v: struct.pack('<I', v)[:3]
vp8x = bytes([0x12, 0, 0, 0]) + u24(80 - 1) + u24(60 - 1)           # animation and alpha, 80 x 60
anim = struct.pack('<IH', 0, 0)                                      # transparent background, loop forever
first = u24(40 // 2) + u24(30 // 2) + u24(19) + u24(19) + u24(100) + bytes([0])
second = u24(0) + u24(0) + u24(19) + u24(19) + u24(100) + bytes([0])
body = b'WEBP' + chunk(b'VP8X', vp8x) + chunk(b'ANIM', anim) + chunk(b'ANMF', first + frame) + chunk(b'ANMF', second + frame)
open(sys.argv[2], 'wb').write(b'RIFF' + struct.pack('<I', len(body)) + body)
PY
vips black "$work/big.v" 5000 3400 --bands 3
vips webpsave "$work/big.v" lossless-17mp.webp --lossless --strip
# A lossy WebP of 17 megapixels whose alpha (ALPH) is losslessly compressed: decoded at full size too.
vips black "$work/big4.v" 5000 3400 --bands 4
vips webpsave "$work/big4.v" lossless-alpha-17mp.webp --Q 50 --strip
