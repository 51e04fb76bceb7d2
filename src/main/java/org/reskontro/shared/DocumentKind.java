package org.reskontro.shared;

/** Invoice or credit note: which way a document's amounts count. */
public enum DocumentKind {
    INVOICE, CREDIT_NOTE
}
