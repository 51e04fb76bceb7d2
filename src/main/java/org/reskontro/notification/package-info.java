/**
 * Letters and e-mails to debtors and creditors: rendered from templates in five languages, recorded before they go
 * out, sent over SMTP or queued for print, with channel fallback, bounded retries and print batches (ADR 13).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"shared", "platform"})
package org.reskontro.notification;
