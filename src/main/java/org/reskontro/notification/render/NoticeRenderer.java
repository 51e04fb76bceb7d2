package org.reskontro.notification.render;

import org.reskontro.notification.NoticeRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notice's words, its PDF and its e-mail text, all from one {@link LetterContent}. */
@Component
public class NoticeRenderer {

    /** The rendered notice. */
    public record Rendered(LetterContent content, byte[] pdf, String mailText) {
    }

    private final LetterComposer composer;

    public NoticeRenderer(MessageSource messages) {
        this.composer = new LetterComposer(messages);
    }

    public Rendered render(NoticeRequest request) {
        LetterContent content = composer.compose(request);
        return new Rendered(content, LetterPdf.render(content), MailText.of(content));
    }
}
