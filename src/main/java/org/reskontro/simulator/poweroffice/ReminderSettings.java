package org.reskontro.simulator.poweroffice;

/**
 * The "Purringer" tab of a PowerOffice Go customer card, as the CustomerDto names it: whether the customer gets
 * (payment) reminders, late-payment fees and interest, automatic payment notifications, and whether its invoices
 * may go to a debt-collection agency once due.
 */
public record ReminderSettings(boolean sendPaymentReminders, boolean doNotAddLatePaymentFees,
        boolean doNotAddLatePaymentInterest, boolean transferToDebtCollectionAgency,
        boolean doNotAutomatePaymentNotifications) {

    /** PowerOffice's defaults: reminders with fees and interest, notifications, and collection allowed. */
    public static final ReminderSettings DEFAULTS = new ReminderSettings(true, false, false, true, false);

    public ReminderSettings withoutDebtCollection() {
        return new ReminderSettings(sendPaymentReminders, doNotAddLatePaymentFees, doNotAddLatePaymentInterest, false,
                doNotAutomatePaymentNotifications);
    }

    public ReminderSettings withoutReminders() {
        return new ReminderSettings(false, doNotAddLatePaymentFees, doNotAddLatePaymentInterest,
                transferToDebtCollectionAgency, doNotAutomatePaymentNotifications);
    }

    public ReminderSettings withoutFeesOrInterest() {
        return new ReminderSettings(sendPaymentReminders, true, true, transferToDebtCollectionAgency,
                doNotAutomatePaymentNotifications);
    }
}
