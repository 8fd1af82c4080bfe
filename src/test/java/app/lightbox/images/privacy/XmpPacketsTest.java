package app.lightbox.images.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmpPacketsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<rdf:Description exif:GPSLatitude=\"48,51.5N\"/>",
            "<exif:GPSLongitude>2,17.67E</exif:GPSLongitude>",
            "<rdf:Description drone-dji:GpsLatitude=\"48.85\"/>",
            "<Iptc4xmpExt:LocationCreated><rdf:Bag/></Iptc4xmpExt:LocationCreated>",
            "<rdf:Description photoshop:City=\"Paris\"/>",
            "<rdf:Description aux:SerialNumber=\"123\"/>",
            "<rdf:Description exifEX:BodySerialNumber=\"123\"/>",
            "<rdf:Description exifEX:CameraOwnerName=\"Ann\"/>",
            "<GPSAltitude>35</GPSAltitude>"})
    void reveals_a_location_serial_number_or_owner_in_any_spelling(String xmp) {
        assertThat(XmpPackets.revealsLocation(xmp)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<rdf:Description dc:title=\"The city at night\" tiff:Orientation=\"6\"/>",
            "<hdrgm:Version>1.0</hdrgm:Version>",
            "<GDepth:Data>Z3BzbGF0aXR1ZGVjaXR5</GDepth:Data>"}) // base64 text is no name, whatever it spells
    void does_not_see_a_location_in_other_properties_or_values(String xmp) {
        assertThat(XmpPackets.revealsLocation(xmp)).isFalse();
    }

    @Test
    void an_emptied_packet_keeps_its_length_and_is_an_empty_xmp_packet() {
        byte[] packet = new byte[400];
        XmpPackets.blank(packet, 0, packet.length);

        String text = new String(packet, StandardCharsets.UTF_8);
        assertThat(packet).hasSize(400);
        assertThat(text).startsWith("<?xpacket begin=").contains("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>")
                .endsWith("<?xpacket end=\"w\"?>");
    }
}
