package org.reskontro.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Notice requests for tests and benchmarks: a Danish creditor's dunning letter with three invoices. */
public final class TestNotices {

    public static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    private TestNotices() {
    }

    /** The letter bundle alone, as Spring Boot configures it (UTF-8, no fallback to the system locale). */
    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/notification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    public static Sender sender(byte[] logo) {
        return new Sender("Hygge Handel ApS", "31250005", List.of("Strøget 12", "1160 København K"),
                "bogholderi@hygge.example", "+45 33 12 34 56", "1234 5678901234", logo);
    }

    public static Recipient recipient(String email) {
        return new Recipient("Søren Kjær", email, List.of("Åboulevarden 7, 2. tv.", "8000 Aarhus C"), CountryCode.DK);
    }

    public static List<NoticeLine> lines() {
        return List.of(
                new NoticeLine("1001", DATE.minusDays(60), DATE.minusDays(30), dkk("1250.00"), dkk("100.00"),
                        dkk("12.33"), "Interest 12.33 DKK: 1,250.00 × 12.00 % × 30/365 (renteloven § 5)"),
                new NoticeLine("1002", DATE.minusDays(45), DATE.minusDays(15), dkk("499.50"), dkk("0.00"),
                        dkk("2.46"), null),
                new NoticeLine("1007", DATE.minusDays(20), DATE.minusDays(5), dkk("12000.00"), null, null, null));
    }

    public static NoticeRequest.Builder dunningLetter(CreditorId creditor) {
        return NoticeRequest.builder(creditor, "test-" + UUID.randomUUID(), NoticeKind.DUNNING_LETTER)
                .channel(Channel.EMAIL).language(Locale.forLanguageTag("da")).sender(sender(null))
                .recipient(recipient("soren@kjaer.example")).date(DATE).deadline(DATE.plusDays(10)).lines(lines())
                .paymentReference("FIK", "+71<000000001001234+12345678<");
    }

    public static Money dkk(String amount) {
        return Money.of(amount, "DKK");
    }

    /** A real 120 × 40 PNG (a blue bar), made with the JDK's image writer. */
    public static byte[] logo() {
        var image = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(0x1f, 0x4e, 0x79));
        graphics.fillRect(0, 0, 120, 40);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
