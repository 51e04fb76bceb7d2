package org.reskontro.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reskontro.platform.security.Operators;
import org.reskontro.simulator.dinero.DineroDemoData;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.poweroffice.NewCustomer;
import org.reskontro.simulator.poweroffice.NewInvoice;
import org.reskontro.simulator.poweroffice.PowerOfficeClient;
import org.reskontro.simulator.poweroffice.PowerOfficeDemoData;
import org.reskontro.simulator.poweroffice.PowerOfficeSimulator;
import org.reskontro.simulator.poweroffice.ReminderSettings;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.TestCreditors;
import org.reskontro.testing.TestDirectories;
import org.reskontro.testing.TestOperators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person in headless Chromium: signs in, registers a creditor, connects it to (simulated) Dinero, presses
 * "Sync now", watches it finish and sees the open items. Skips only outside CI when Chromium is missing.
 */
@IntegrationTest
class ConsoleBrowserTests {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;
    @Autowired Operators operators;
    @Autowired DineroSimulator simulator;
    @Autowired org.reskontro.creditors.Creditors creditors;
    @Autowired org.reskontro.ledger.Ledger ledger;
    @Autowired PowerOfficeSimulator powerOffice;

    @BeforeAll
    static void launchChromium() {
        Path chromium = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        boolean inCi = System.getenv("CI") != null;
        assumeTrue(inCi || Files.isExecutable(chromium), "Chromium is not installed (apt-get install chromium)");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aCreditorUserEditsTheDunningPolicyAndSeesThePreviewAndAnInvoicesTimeline() throws Exception {
        var connected = org.reskontro.testing.SimulatedDinero.creditor(creditors, simulator, "Browser Rykker ApS", 5, 25, 200);
        ledger.runSync(connected.creditor().id(), ledger.queueSync(connected.creditor().id(), "test"));
        String user = TestOperators.creditorUser(operators, connected.creditor().id());
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 1000))
                .newPage();
        String base = "http://localhost:" + port;
        page.navigate(base + "/creditors/" + connected.creditor().id() + "/dunning");
        page.locator("#username").fill(user);
        page.locator("#password").fill(TestOperators.PASSWORD);
        page.locator("#sign-in").click();

        assertThat(page.locator("#policy h2")).containsText("v1");
        assertThat(page.locator("#preview table tbody tr").first()).isVisible();
        page.locator("#policy-form input[name=name]").fill("Firm but fair");
        page.locator("#policy-form input[name=delay_0]").fill("7");
        page.locator("#steps tr[data-step='4'] select[name=type_4]").selectOption("COLLECTION_HANDOVER");
        page.locator("#steps tr[data-step='3'] select[name=type_3]").selectOption("DUNNING_LETTER");
        page.locator("#save-policy").click();
        assertThat(page.locator("#policy h2")).containsText("Firm but fair · v2");
        assertThat(page.locator("#steps tbody tr")).hasCount(6);

        page.locator("#collection-exclusion input[name=reason]").fill("Key account: handled by the sales team");
        page.locator("#collection-exclusion button[type=submit]").click();
        assertThat(page.locator("p.ok")).isVisible();
        page.locator("#outstanding-list input[name=email]").fill("kredit@example.dk");
        page.locator("#outstanding-list input[value=MONDAY]").check();
        page.locator("#outstanding-list button[value=save]").click();
        assertThat(page.locator("#outstanding-list input[name=email]")).hasValue("kredit@example.dk");

        page.locator("#run-dunning").click();
        assertThat(page.locator("#next-actions tbody tr").first()).not().containsText("not evaluated yet");
        page.locator("#next-actions tbody tr a").first().click();
        assertThat(page.locator("#timeline li").first()).isVisible();
        page.locator("#hold-form input[name=pausedUntil]").fill(simulator.today().plusDays(14).toString());
        page.locator("#hold-form input[name=reason]").fill("Promised to pay next week");
        page.locator("#hold-form button[type=submit]").click();
        assertThat(page.locator("p.ok")).isVisible();
        Files.createDirectories(TestDirectories.of("screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(TestDirectories.of("screenshots").resolve("dunning.png")).setFullPage(true));
    }

    @Test
    void aPersonAsksTheCalculatorAndAnAdminExtendsTheRateTable() throws Exception {
        String admin = TestOperators.admin(operators);
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 1000))
                .newPage();
        String base = "http://localhost:" + port;
        page.navigate(base + "/charges/calculator");
        page.locator("#username").fill(admin);
        page.locator("#password").fill(TestOperators.PASSWORD);
        page.locator("#sign-in").click();

        page.navigate(base + "/charges/calculator");
        page.locator("#question").selectOption("interest");
        page.locator("#country").selectOption("NO");
        page.locator("#principal").fill("10000.00");
        page.locator("#dueDate").fill("2024-01-15");
        page.locator("#paidDate").fill("2024-03-31");
        page.locator("#calculate").click();
        assertThat(page.locator("#answers .amount")).hasText("259.56 NOK");
        assertThat(page.locator("#answers li").nth(1)).containsText("12.5 % × 76 / 366");

        page.locator("#question").selectOption("letters");
        page.locator("#principal").fill("1000.00");
        page.locator("#dueDate").fill("2025-01-01");
        page.locator("#letters").fill("reminder 2025-01-10\nreminder 2025-01-20");
        page.locator("#calculate").click();
        assertThat(page.locator("#answers .amount").nth(0)).hasText("0.00 NOK");
        assertThat(page.locator("#answers .amount").nth(1)).hasText("35.00 NOK");

        page.locator("#paidDate").fill("2026-12-01");
        page.locator("#dueDate").fill("2026-11-01");
        page.locator("#question").selectOption("interest");
        page.locator("#calculate").click();
        assertThat(page.locator("#problem")).containsText("No NO late-payment interest rate for 2026-11-02");

        page.navigate(base + "/charges/tables?country=FI");
        page.locator("#add-rate select[name=debtorScope]").selectOption("CONSUMER");
        page.locator("#add-rate input[name=validFrom]").fill("2026-07-01");
        page.locator("#add-rate input[name=validTo]").fill("2026-12-31");
        page.locator("#add-rate input[name=referenceRate]").fill("2.00");
        page.locator("#add-rate input[name=margin]").fill("7");
        page.locator("#add-rate input[name=ratePercent]").fill("9.00");
        page.locator("#add-rate select[name=dayCount]").selectOption("ACT_365");
        page.locator("#add-rate select[name=status]").selectOption("UNVERIFIED");
        page.locator("#add-rate input[name=statute]").fill("Korkolaki (633/1982) 4 §");
        page.locator("#add-rate input[name=source]").fill("browser test: an assumed rate");
        page.locator("#add-rate button[type=submit]").click();
        assertThat(page.locator("#rates")).containsText("2026-07-01");
        Files.createDirectories(TestDirectories.of("screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(TestDirectories.of("screenshots").resolve("charges-tables.png")));
    }

    @Test
    void signInRegisterConnectSyncAndSeeTheOpenItems() throws Exception {
        LocalDate today = simulator.today();
        DineroOrganisation organisation = new DineroDemoData(4242, today, "Browser ApS", 25, 200).loadInto(simulator);
        String admin = TestOperators.admin(operators);
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 1000))
                .newPage();
        String base = "http://localhost:" + port;

        page.navigate(base + "/");
        page.locator("#username").fill(admin);
        page.locator("#password").fill(TestOperators.PASSWORD);
        page.locator("#sign-in").click();

        page.locator("#new-creditor").click();
        page.locator("input[name=name]").fill("Browser Handel ApS");
        page.locator("input[name=organisationNumber]").fill("12345678");
        page.locator("input[name=startDate]").fill(today.minusDays(100).toString());
        page.locator("#creditor-form button[type=submit]").click();
        assertThat(page.locator(".error")).containsText("organisation number");
        page.locator("input[name=organisationNumber]").fill(TestCreditors.nextCvr());
        page.locator("#creditor-form button[type=submit]").click();

        page.locator("input[name=organisationId]").fill(String.valueOf(organisation.id()));
        page.locator("input[name='credential.clientId']").fill(organisation.credentials().clientId());
        page.locator("input[name='credential.clientSecret']").fill(organisation.credentials().clientSecret());
        page.locator("input[name='credential.apiKey']").fill(organisation.credentials().apiKey());
        page.locator("details summary").click();
        page.locator("input[name=apiBaseUrl]").fill(simulator.baseUrl().toString());
        page.locator("input[name=tokenUrl]").fill(simulator.tokenUrl().toString());
        page.locator("#connection-form button[type=submit]").click();

        page.locator("#sync-now").click();
        Locator status = page.locator("#sync-status[data-status=SUCCEEDED]");
        status.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(page.locator("#debtors tbody tr").first()).isVisible();
        assertThat(page.locator(".aging").first().locator(".bar-row")).hasCount(5);
        Files.createDirectories(TestDirectories.of("screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(TestDirectories.of("screenshots").resolve("creditor.png")).setFullPage(true));

        String overview = page.url();
        page.locator("#cycles-link").click();
        assertThat(page.locator("h1")).isVisible();
        page.navigate(overview);

        page.locator("#debtors tbody tr a").first().click();
        Locator amounts = page.locator("#open-item-list .open-amount");
        assertThat(amounts.first()).isVisible();
        assertThat(amounts.first().textContent()).matches(".*\\d+\\.\\d{2} (DKK|EUR)");
        assertThat(amounts.count()).isPositive();
    }

    /**
     * The same for a Norwegian creditor on PowerOffice Go: the form shows that system's three keys once it is chosen,
     * and the debtor list shows a customer card's restriction next to Reskontro's own switch.
     */
    @Test
    void connectANorwegianCreditorToPowerOfficeGoAndSeeTheCustomerCardsRestriction() {
        LocalDate today = powerOffice.today();
        String organisationNumber = TestCreditors.nextNorwegianOrganisationNumber();
        PowerOfficeClient client = new PowerOfficeDemoData(4243, today, "Nettleser AS", organisationNumber, 20, 150)
                .loadInto(powerOffice);
        long guarded = powerOffice.addCustomer(client.id(), NewCustomer.company("Fredet Kunde AS", "986105174")
                .with(ReminderSettings.DEFAULTS.withoutDebtCollection()));
        powerOffice.sendInvoice(client.id(), NewInvoice.of(guarded, today.minusDays(40), new BigDecimal("9000.00")));
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 1000))
                .newPage();
        page.navigate("http://localhost:" + port + "/");
        page.locator("#username").fill(TestOperators.admin(operators));
        page.locator("#password").fill(TestOperators.PASSWORD);
        page.locator("#sign-in").click();

        page.locator("#new-creditor").click();
        page.locator("input[name=name]").fill("Nettleser AS");
        page.locator("select[name=country]").selectOption("NO");
        page.locator("input[name=organisationNumber]").fill(organisationNumber);
        page.locator("select[name=currency]").selectOption("NOK");
        page.locator("input[name=timeZone]").fill("Europe/Oslo");
        page.locator("input[name=startDate]").fill(today.minusDays(100).toString());
        page.locator("#creditor-form button[type=submit]").click();

        page.locator("#system").selectOption("POWEROFFICE_GO");
        assertThat(page.locator("input[name='credential.clientId']")).isHidden();
        page.locator("input[name=organisationId]").fill(organisationNumber);
        page.locator("input[name='credential.applicationKey']").fill(client.credentials().applicationKey());
        page.locator("input[name='credential.clientKey']").fill(client.credentials().clientKey());
        page.locator("input[name='credential.subscriptionKey']").fill(client.credentials().subscriptionKey());
        page.locator("details summary").click();
        assertThat(page.locator("#apiBaseUrl")).hasAttribute("placeholder", "https://goapi.poweroffice.net/v2");
        page.locator("input[name=apiBaseUrl]").fill(powerOffice.baseUrl().toString());
        page.locator("input[name=tokenUrl]").fill(powerOffice.tokenUrl().toString());
        page.locator("#connection-form button[type=submit]").click();

        page.locator("#sync-now").click();
        page.locator("#sync-status[data-status=SUCCEEDED]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        Locator row = page.locator("#debtors tbody tr", new Page.LocatorOptions().setHasText("Fredet Kunde AS"));
        assertThat(row.locator(".restriction")).hasText("No collection");
        assertThat(row).containsText("NOK");
    }
}
