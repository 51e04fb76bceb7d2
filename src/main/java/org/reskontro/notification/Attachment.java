package org.reskontro.notification;

/** A file that goes with the notice: attached to the e-mail, and printed after the letter if it is a PDF (S-DUN-3). */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidNoticeException("An attachment needs a file name");
        }
        if (content == null || content.length == 0) {
            throw new InvalidNoticeException("The attachment " + fileName + " is empty");
        }
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    }

    public boolean isPdf() {
        return contentType.equalsIgnoreCase("application/pdf");
    }
}
